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

      it("uploads, lists (paging by cursor), downloads and deletes files, GA shape by default", async () => {
        const c = client();
        const file = await c.files.upload({ file: { content: "some text", name: "a.txt", type: "text/plain" } });
        const second = await c.files.upload({ file: { content: "more", name: "b.txt", type: "text/plain" } });
        expect(file).toMatchObject({ filename: "a.txt", size_bytes: 9 });
        const ids = [];
        for await (const f of c.files.list({ limit: 1 })) ids.push(f.id);
        expect(ids).toEqual(expect.arrayContaining([file.id, second.id]));
        const first = await c.files.list({ limit: 1 });
        expect(Object.keys(first)).not.toContain("last_id");
        expect(first.next_page).toMatch(/^page_/);
        expect((await c.files.retrieve(file.id)).id).toBe(file.id);
        const headers: Record<string, string> = { "x-api-key": testKey, "anthropic-version": apiVersion };
        const downloadable = await uploadDownloadable(s.url, headers);
        const download = await c.files.download(downloadable);
        expect(await new Response(download.body as ReadableStream).text()).toBe("downloadable bytes");
        await c.files.delete(file.id);
        await c.files.delete(second.id);
        await c.files.delete(downloadable);
      });

      it("gets the beta files list shape on request", async () => {
        const c = client();
        const file = await c.files.upload({ file: { content: "x", name: "x.txt" } });
        const page = await c.files.list({ limit: 1 }, { betas: ["files-api-2025-04-14"] });
        expect(page).toMatchObject({ first_id: file.id, last_id: file.id, has_more: expect.any(Boolean) });
        await c.files.delete(file.id);
      });

      it("manages skills and versions in the GA shape by default", async () => {
        const c = client();
        const md = "---\nname: helper\ndescription: Helps.\n---\n";
        const skill = await c.skills.create({ files: [{ content: md, path: "helper/SKILL.md" }] });
        expect(skill).toMatchObject({ display_name: "helper", source: { type: "custom" } });
        const version = await c.skills.versions.create(skill.id, { files: [{ content: md, path: "helper/SKILL.md" }] });
        expect(version).not.toHaveProperty("version");
        expect((await c.skills.retrieve(skill.id)).latest_version_id).toBe(version.id);
        const versions = [];
        for await (const v of c.skills.versions.list(skill.id)) versions.push(v.id);
        expect(versions).toContain(version.id);
        expect((await c.skills.versions.retrieve(skill.id, version.id)).id).toBe(version.id);
        const zip = await c.skills.versions.download(skill.id, version.id);
        expect(zip.contentType).toBe("application/zip");
        const skills = [];
        for await (const sk of c.skills.list()) skills.push(sk.id);
        expect(skills).toContain(skill.id);
        await c.skills.versions.delete(skill.id, version.id);
        // GA delete takes the remaining version with it.
        await c.skills.delete(skill.id);
      });

      it("manages skills in the beta shape on request", async () => {
        const c = client();
        const betas = ["skills-2025-10-02"];
        const md = "---\nname: beta-helper\ndescription: Helps.\n---\n";
        const skill = (await c.skills.create({ files: [{ content: md, path: "beta-helper/SKILL.md" }] }, { betas })) as unknown as Record<string, unknown>;
        expect(skill).toMatchObject({ display_title: "beta-helper", source: "custom" });
        const stamp = String(skill.latest_version);
        expect(stamp).toMatch(/^\d+$/);
        const version = await c.skills.versions.retrieve(String(skill.id), stamp, {}, { betas });
        expect(version).toMatchObject({ version: stamp, directory: "beta-helper" });
        // Delete takes no params: its options come right after the path values.
        await expect(c.skills.delete(String(skill.id), { betas })).rejects.toMatchObject({ status: 400 });
        await c.skills.versions.delete(String(skill.id), stamp, { betas });
        await c.skills.delete(String(skill.id), { betas });
      });
    });
  }
});
