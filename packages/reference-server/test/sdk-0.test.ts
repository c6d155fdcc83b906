/**
 * The official client, 0.x line (`x-api-key`, `anthropic-version: 2023-06-01`, Files and
 * Skills at the top level and under `beta` with `?beta=true`, neither sending a beta header),
 * against the server through every endpoint it offers, with its default settings.
 */
import { describe, expect, it } from "vitest";
import Anthropic, { toFile } from "anthropic-sdk-0";
import { testKey, useServer } from "./helpers/server.ts";
import { uploadDownloadable, waitForBatchEnd } from "./helpers/sdk-flows.ts";

const model = "claude-sonnet-5";

describe("@anthropic-ai/sdk 0.x", () => {
  const s = useServer({ batchProcessingMs: 50, batchCancelingMs: 20 });
  const client = () => new Anthropic({ apiKey: testKey, baseURL: s.url, maxRetries: 0 });

  it("creates a message", async () => {
    const message = await client().messages.create({ model, max_tokens: 100, messages: [{ role: "user", content: "Hi" }] });
    expect(message.type).toBe("message");
    expect(message.content[0]).toMatchObject({ type: "text" });
    expect(message._request_id).toMatch(/^req_/);
  });

  it("streams a message with the helper and with stream: true", async () => {
    const stream = client().messages.stream({ model, max_tokens: 100, messages: [{ role: "user", content: "Stream please" }] });
    const final = await stream.finalMessage();
    expect(final.stop_reason).toBe("end_turn");
    expect((final.content[0] as { text: string }).text).toContain("Stream please");

    const events: string[] = [];
    for await (const event of await client().messages.create({ model, max_tokens: 100, messages: [{ role: "user", content: "x" }], stream: true })) {
      events.push(event.type);
    }
    expect(events[0]).toBe("message_start");
    expect(events.at(-1)).toBe("message_stop");
  });

  it("calls a tool, thinks, and counts tokens consistently", async () => {
    const params = {
      model,
      max_tokens: 2048,
      thinking: { type: "enabled" as const, budget_tokens: 1024 },
      tools: [{ name: "get_weather", description: "Weather", input_schema: { type: "object" as const, properties: { city: { type: "string" } }, required: ["city"] } }],
      messages: [{ role: "user" as const, content: "What is the weather in Paris? Use get_weather." }],
    };
    const message = await client().messages.create(params);
    expect(message.content.map((b) => b.type)).toEqual(["thinking", "text", "tool_use"]);
    expect(message.stop_reason).toBe("tool_use");
    const { max_tokens: _ignored, ...countParams } = params;
    const count = await client().messages.countTokens(countParams);
    expect(count.input_tokens).toBe(message.usage.input_tokens);
  });

  it("runs a batch through its life cycle and reads its results", async () => {
    const c = client();
    const batch = await c.messages.batches.create({
      requests: [
        { custom_id: "one", params: { model, max_tokens: 50, messages: [{ role: "user", content: "1" }] } },
        { custom_id: "two", params: { model: "no-such-model", max_tokens: 50, messages: [{ role: "user", content: "2" }] } },
      ],
    });
    expect(batch.processing_status).toBe("in_progress");
    const ended = await waitForBatchEnd(() => c.messages.batches.retrieve(batch.id));
    expect(ended.request_counts).toMatchObject({ succeeded: 1, errored: 1 });
    const results = [];
    for await (const result of await c.messages.batches.results(batch.id)) results.push(result);
    expect(results.map((r) => [r.custom_id, r.result.type])).toEqual([
      ["one", "succeeded"],
      ["two", "errored"],
    ]);
    const listed = [];
    for await (const b of c.messages.batches.list({ limit: 1 })) listed.push(b.id);
    expect(listed).toContain(batch.id);

    const toCancel = await c.messages.batches.create({ requests: [{ custom_id: "c", params: { model, max_tokens: 5, messages: [{ role: "user", content: "c" }] } }] });
    const canceling = await c.messages.batches.cancel(toCancel.id);
    expect(canceling.processing_status).toBe("canceling");
    const canceled = await waitForBatchEnd(() => c.messages.batches.retrieve(toCancel.id));
    expect(canceled.request_counts.canceled).toBe(1);
    expect(await c.messages.batches.delete(batch.id)).toMatchObject({ id: batch.id, type: "message_batch_deleted" });
  });

  it("lists and retrieves models", async () => {
    const page = await client().models.list({ limit: 3 });
    expect(page.data).toHaveLength(3);
    const all = [];
    for await (const m of client().models.list({ limit: 4 })) all.push(m.id);
    expect(all.length).toBeGreaterThan(4);
    expect((await client().models.retrieve(all[0]!)).id).toBe(all[0]);
  });

  // 0.137 has Files and Skills at the top level (GA) and under `beta` (`?beta=true`); since
  // they went GA neither sends an anthropic-beta header unless the caller passes `betas`.
  // Both run here exactly as an application would call them: no explicit betas.
  for (const surface of ["top level", "beta resource"] as const) {
    const api = (c: Anthropic) => (surface === "top level" ? { files: c.files, skills: c.skills } : { files: c.beta.files, skills: c.beta.skills });

    it(`uploads, lists, retrieves, downloads and deletes files with its defaults (${surface})`, async () => {
      const c = client();
      const { files } = api(c);
      const file = await files.upload({ file: await toFile(Buffer.from("hello file"), "hello.txt", { type: "text/plain" }) });
      expect(file).toMatchObject({ type: "file", filename: "hello.txt", size_bytes: 10, downloadable: false });
      expect((await files.retrieveMetadata(file.id)).id).toBe(file.id);
      const ids = [];
      for await (const f of files.list({ limit: 1 })) ids.push(f.id);
      expect(ids).toContain(file.id);

      const downloadable = await uploadDownloadable(s.url, { "x-api-key": testKey, "anthropic-version": "2023-06-01" });
      const content = await files.download(downloadable);
      expect(await content.text()).toBe("downloadable bytes");

      expect(await files.delete(file.id)).toMatchObject({ id: file.id, type: "file_deleted" });
      expect(await files.delete(downloadable)).toMatchObject({ id: downloadable, type: "file_deleted" });
    });

    it(`creates, lists, versions and deletes skills with its defaults (${surface})`, async () => {
      const c = client();
      const { skills } = api(c);
      const skillMd = "---\nname: greeter\ndescription: Says hello.\n---\n# Greeter\n";
      const skill = await skills.create({
        display_name: "Greeter",
        files: [await toFile(Buffer.from(skillMd), "greeter/SKILL.md"), await toFile(Buffer.from("print('hi')"), "greeter/hello.py")],
      });
      expect(skill).toMatchObject({ type: "skill", display_name: "Greeter", source: { type: "custom" } });
      expect(skill.latest_version_id).toMatch(/^skillver_/);
      const listed = [];
      for await (const sk of skills.list()) listed.push(sk.id);
      expect(listed).toContain(skill.id);
      expect((await skills.retrieve(skill.id)).id).toBe(skill.id);

      const version = await skills.versions.create(skill.id, { files: [await toFile(Buffer.from(skillMd), "greeter/SKILL.md")] });
      expect(version).toMatchObject({ type: "skill_version", skill_id: skill.id, name: "greeter" });
      expect((await skills.retrieve(skill.id)).latest_version_id).toBe(version.id);
      const versions = [];
      for await (const v of skills.versions.list(skill.id, { limit: 1 })) versions.push(v.id);
      expect(versions).toHaveLength(2);
      expect((await skills.versions.retrieve(version.id, { skill_id: skill.id })).id).toBe(version.id);
      expect(await skills.versions.delete(version.id, { skill_id: skill.id })).toMatchObject({ id: version.id, type: "skill_version_deleted" });
      // GA delete takes the remaining version with it.
      expect(await skills.delete(skill.id)).toMatchObject({ id: skill.id, type: "skill_deleted" });
    });
  }

  it("downloads a skill version's content with the beta resource's default settings", async () => {
    const c = client();
    const skillMd = "---\nname: zipper\ndescription: Zips.\n---\n";
    const skill = await c.beta.skills.create({ files: [await toFile(Buffer.from(skillMd), "zipper/SKILL.md"), await toFile(Buffer.from("data"), "zipper/a.txt")] });
    const zip = new Uint8Array(await (await c.beta.skills.versions.download(skill.latest_version_id, { skill_id: skill.id })).arrayBuffer());
    expect([...zip.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const text = new TextDecoder().decode(zip);
    expect(text).toContain("zipper/SKILL.md");
    expect(text).toContain("zipper/a.txt");
    await c.beta.skills.delete(skill.id);
  });

  it("surfaces errors as the SDK's classes with the request id", async () => {
    const bad = new Anthropic({ apiKey: "wrong", baseURL: s.url, maxRetries: 0 });
    const error = await bad.models.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Anthropic.AuthenticationError);
    expect((error as InstanceType<typeof Anthropic.AuthenticationError>).requestID).toMatch(/^req_/);
    const notFound = await client().messages.create({ model: "nope", max_tokens: 5, messages: [{ role: "user", content: "x" }] }).catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(Anthropic.NotFoundError);
  });
});
