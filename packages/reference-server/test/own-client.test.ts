/** The project's own client against the server, through every endpoint it offers. */
import { describe, expect, it } from "vitest";
import { createClient } from "@claude-spec/client";
import { testKey, useServer } from "./helpers/server.ts";
import { uploadDownloadable, waitForBatchEnd } from "./helpers/sdk-flows.ts";

const model = "claude-sonnet-5";

describe("@claude-spec/client", () => {
  const s = useServer({ batchProcessingMs: 20 });
  for (const apiVersion of ["2023-06-01", "2026-10-21"] as const) {
    describe(apiVersion, () => {
      const client = () => createClient({ apiKey: testKey, baseURL: s.url, apiVersion, maxRetries: 0, logLevel: "error" });

      it("creates, streams and counts", async () => {
        const c = client();
        const message = await c.messages.create({ model, max_tokens: 50, messages: [{ role: "user", content: "hi there" }] });
        expect(message.type).toBe("message");
        const stream = await c.messages.stream({ model, max_tokens: 50, messages: [{ role: "user", content: "hi there" }] });
        const final = await stream.finalMessage();
        expect(final.content).toEqual(message.content);
        const count = await c.messages.countTokens({ model, messages: [{ role: "user", content: "hi there" }] });
        expect(count.input_tokens).toBe(message.usage.input_tokens);
      });

      it("runs a batch and reads its results", async () => {
        const c = client();
        const batch = await c.messages.batches.create({ requests: [{ custom_id: "x", params: { model, max_tokens: 10, messages: [{ role: "user", content: "x" }] } }] });
        const ended = await waitForBatchEnd(() => c.messages.batches.retrieve(batch.id));
        const lines = [];
        for await (const line of await c.messages.batches.results(ended)) lines.push(line);
        expect(lines[0]).toMatchObject({ custom_id: "x", result: { type: "succeeded" } });
        const ids = [];
        for await (const b of c.messages.batches.list()) ids.push(b.id);
        expect(ids).toContain(batch.id);
        await c.messages.batches.cancel(batch.id);
        await c.messages.batches.delete(batch.id);
      });

      it("lists models", async () => {
        const ids = [];
        for await (const m of client().models.list({ limit: 5 })) ids.push(m.id);
        expect(ids).toContain(model);
        expect((await client().models.retrieve(model)).id).toBe(model);
      });

      it("uploads, lists, downloads and deletes files", async () => {
        const c = client();
        const file = await c.files.upload({ file: { content: "some text", name: "a.txt", type: "text/plain" } });
        expect(file).toMatchObject({ filename: "a.txt", size_bytes: 9 });
        const ids = [];
        for await (const f of c.files.list()) ids.push(f.id);
        expect(ids).toContain(file.id);
        expect((await c.files.retrieve(file.id)).id).toBe(file.id);
        const headers: Record<string, string> = { "x-api-key": testKey, "anthropic-version": apiVersion, "anthropic-beta": "files-api-2025-04-14" };
        const downloadable = await uploadDownloadable(s.url, headers);
        const download = await c.files.download(downloadable);
        expect(await new Response(download.body as ReadableStream).text()).toBe("downloadable bytes");
        await c.files.delete(file.id);
      });

      it("manages skills and versions", async () => {
        const c = client();
        const md = "---\nname: helper\ndescription: Helps.\n---\n";
        const skill = await c.skills.create({ files: [{ content: md, path: "helper/SKILL.md" }] });
        const version = await c.skills.versions.create(skill.id, { files: [{ content: md, path: "helper/SKILL.md" }] });
        const versions = [];
        for await (const v of c.skills.versions.list(skill.id)) versions.push(v.id);
        expect(versions).toContain(version.id);
        expect((await c.skills.versions.retrieve(skill.id, version.id)).id).toBe(version.id);
        const skills = [];
        for await (const sk of c.skills.list()) skills.push(sk.id);
        expect(skills).toContain(skill.id);
        for (const v of versions) await c.skills.versions.delete(skill.id, v);
        await c.skills.delete(skill.id);
      });
    });
  }
});
