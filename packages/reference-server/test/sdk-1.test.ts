/**
 * The official client, 1.x line (`Authorization: Bearer`, `anthropic-version: 2026-10-21`,
 * Files and Skills at the top level without `?beta=true`), against the server through
 * every endpoint it offers.
 */
import { describe, expect, it } from "vitest";
import Anthropic, { toFile } from "anthropic-sdk-1";
import { testKey, useServer } from "./helpers/server.ts";
import { uploadDownloadable, waitForBatchEnd } from "./helpers/sdk-flows.ts";

const model = "claude-opus-5-5";

describe("@anthropic-ai/sdk 1.x", () => {
  const s = useServer({ batchProcessingMs: 50, batchCancelingMs: 20 });
  const client = () => new Anthropic({ apiKey: testKey, baseURL: s.url, maxRetries: 0 });

  it("creates and streams messages", async () => {
    const message = await client().messages.create({ model, max_tokens: 100, messages: [{ role: "user", content: "Hi" }] });
    expect(message.content[0]).toMatchObject({ type: "text" });
    const final = await client().messages.stream({ model, max_tokens: 100, messages: [{ role: "user", content: "Stream" }] }).finalMessage();
    expect(final.stop_reason).toBe("end_turn");
  });

  it("honours max_tokens, stop sequences, tools and adaptive thinking", async () => {
    const c = client();
    const cut = await c.messages.create({ model, max_tokens: 3, messages: [{ role: "user", content: "A long enough prompt to be cut" }] });
    expect(cut.stop_reason).toBe("max_tokens");
    expect(cut.usage.output_tokens).toBeLessThanOrEqual(3);
    const stopped = await c.messages.create({ model, max_tokens: 200, stop_sequences: ["STOP"], messages: [{ role: "user", content: "go go STOP never" }] });
    expect(stopped).toMatchObject({ stop_reason: "stop_sequence", stop_sequence: "STOP" });
    const tooled = await c.messages
      .stream({
        model,
        max_tokens: 4000,
        thinking: { type: "adaptive" },
        tool_choice: { type: "any" },
        tools: [{ name: "lookup", input_schema: { type: "object", properties: { q: { type: "string", minLength: 2 }, n: { type: "integer", minimum: 3 } }, required: ["q", "n"] } }],
        messages: [{ role: "user", content: "look it up" }],
      })
      .finalMessage();
    expect(tooled.content.map((b) => b.type)).toEqual(["thinking", "tool_use"]);
    expect(tooled.content[1]).toMatchObject({ name: "lookup", input: { n: 3 } });
  });

  it("rejects the sampling parameters 2026-10-21 removed", async () => {
    const error = await client()
      .messages.create({ model, max_tokens: 10, temperature: 0.5, messages: [{ role: "user", content: "x" }] } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Anthropic.BadRequestError);
  });

  it("uploads a file that expires: expires_at is the upload time plus expires_in_seconds, within the API's bounds", async () => {
    const c = client();
    const file = await c.files.upload({ file: await toFile(Buffer.from("expiring"), "expiring.txt", { type: "text/plain" }), expires_in_seconds: 7200 });
    expect(Date.parse(file.expires_at!) - Date.parse(file.created_at)).toBe(7200 * 1000);
    const kept = await c.files.upload({ file: await toFile(Buffer.from("kept"), "kept.txt", { type: "text/plain" }) });
    expect(kept.expires_at ?? null).toBeNull();
    for (const [seconds, words] of [
      [60, "greater than or equal to 3600"],
      [7_776_001, "less than or equal to 7776000"],
    ] as const) {
      const error = (await c.files
        .upload({ file: await toFile(Buffer.from("x"), "x.txt", { type: "text/plain" }), expires_in_seconds: seconds })
        .catch((e: unknown) => e)) as InstanceType<typeof Anthropic.BadRequestError>;
      expect(error).toBeInstanceOf(Anthropic.BadRequestError);
      expect(error.message).toContain(`expires_in_seconds: Input should be ${words}`);
    }
  });

  it("counts tokens", async () => {
    const params = { model, messages: [{ role: "user" as const, content: "count me" }], system: "be brief" };
    const count = await client().messages.countTokens(params);
    const message = await client().messages.create({ ...params, max_tokens: 10 });
    expect(count.input_tokens).toBe(message.usage.input_tokens);
  });

  it("runs batches", async () => {
    const c = client();
    const batch = await c.messages.batches.create({ requests: [{ custom_id: "a", params: { model, max_tokens: 20, messages: [{ role: "user", content: "a" }] } }] });
    await waitForBatchEnd(() => c.messages.batches.retrieve(batch.id));
    const results = [];
    for await (const r of await c.messages.batches.results(batch.id)) results.push(r);
    expect(results[0]).toMatchObject({ custom_id: "a", result: { type: "succeeded" } });
    const ids = [];
    for await (const b of c.messages.batches.list()) ids.push(b.id);
    expect(ids).toContain(batch.id);
    await c.messages.batches.cancel(batch.id);
    expect(await c.messages.batches.delete(batch.id)).toMatchObject({ type: "message_batch_deleted" });
  });

  it("lists and retrieves models", async () => {
    const ids = [];
    for await (const m of client().models.list({ limit: 5 })) ids.push(m.id);
    expect(ids).toContain(model);
    expect((await client().models.retrieve(model)).id).toBe(model);
  });

  it("gives each model the lifecycle fields the SDK types (lifecycle, line, deprecation and retirement dates)", async () => {
    const info = await client().models.retrieve("claude-sonnet-4-5");
    const { lifecycle, line, deprecated_at, retires_at } = info;
    expect({ lifecycle, line, deprecated_at, retires_at }).toEqual({ lifecycle: "active", line: "sonnet", deprecated_at: null, retires_at: null });
    for await (const m of client().models.list({ limit: 100 })) {
      expect(["active", "deprecated"], m.id).toContain(m.lifecycle);
      expect(m.line === null || m.id.includes(m.line), m.id).toBe(true);
    }
  });

  it("uses the generally available Files API", async () => {
    const c = client();
    const file = await c.files.upload({ file: await toFile(Buffer.from("abc"), "abc.txt", { type: "text/plain" }) });
    expect(file).toMatchObject({ filename: "abc.txt", size_bytes: 3, mime_type: "text/plain" });
    expect((await c.files.retrieveMetadata(file.id)).id).toBe(file.id);
    const ids = [];
    for await (const f of c.files.list({ limit: 1 })) ids.push(f.id);
    expect(ids).toContain(file.id);
    const id = await uploadDownloadable(s.url, { authorization: `Bearer ${testKey}`, "anthropic-version": "2026-10-21" });
    expect(await (await c.files.download(id)).text()).toBe("downloadable bytes");
    expect(await c.files.delete(file.id)).toMatchObject({ type: "file_deleted" });
  });

  it("manages skills and versions", async () => {
    const c = client();
    const skillMd = "---\nname: summarizer\ndescription: Summarizes.\n---\n";
    const skill = await c.skills.create({ files: [await toFile(Buffer.from(skillMd), "summarizer/SKILL.md")] });
    expect(skill).toMatchObject({ type: "skill", display_name: "summarizer" });
    const version = await c.skills.versions.create(skill.id, { files: [await toFile(Buffer.from(skillMd), "summarizer/SKILL.md")] });
    expect((await c.skills.retrieve(skill.id)).latest_version_id).toBe(version.id);
    const versions = [];
    for await (const v of c.skills.versions.list(skill.id, { limit: 1 })) versions.push(v.id);
    expect(versions).toHaveLength(2);
    expect((await c.skills.versions.retrieve(version.id, { skill_id: skill.id })).id).toBe(version.id);
    const skills = [];
    for await (const sk of c.skills.list()) skills.push(sk.id);
    expect(skills).toContain(skill.id);
    const zip = new Uint8Array(await (await c.beta.skills.versions.download(version.id, { skill_id: skill.id })).arrayBuffer());
    expect(new TextDecoder().decode(zip)).toContain("summarizer/SKILL.md");
    await c.skills.versions.delete(version.id, { skill_id: skill.id });
    // GA delete takes the remaining version with it.
    expect(await c.skills.delete(skill.id)).toMatchObject({ type: "skill_deleted" });
  });

  it("gets the older beta shapes only when the caller sends the beta names", async () => {
    const c = client();
    const skillMd = "---\nname: shaper\ndescription: Shapes.\n---\n";
    const betas = ["skills-2025-10-02" as const];
    const skill = await c.beta.skills.create({ files: [await toFile(Buffer.from(skillMd), "shaper/SKILL.md")], betas });
    const raw = skill as unknown as Record<string, unknown>;
    expect(raw).toMatchObject({ type: "skill", display_title: "shaper", source: "custom" });
    expect(raw.latest_version).toMatch(/^\d+$/);
    expect(raw).not.toHaveProperty("latest_version_id");
    const byTimestamp = (await c.beta.skills.versions.retrieve(String(raw.latest_version), { skill_id: skill.id, betas })) as unknown as Record<string, unknown>;
    expect(byTimestamp).toMatchObject({ version: raw.latest_version, directory: "shaper" });
    // The beta shape keeps the older rule: versions first.
    await expect(c.beta.skills.delete(skill.id, { betas })).rejects.toBeInstanceOf(Anthropic.BadRequestError);
    await c.beta.skills.versions.delete(String(raw.latest_version), { skill_id: skill.id, betas });
    // Between the two deletes the skill has no version: the GA list, whose shape always
    // carries latest_version_id, leaves it out; the beta list still shows it.
    const gaIds = [];
    for await (const sk of c.skills.list()) gaIds.push(sk.id);
    expect(gaIds).not.toContain(skill.id);
    const betaIds = [];
    for await (const sk of c.beta.skills.list({ betas })) betaIds.push(sk.id);
    expect(betaIds).toContain(skill.id);
    await c.beta.skills.delete(skill.id, { betas });

    const file = await c.beta.files.upload({ file: await toFile(Buffer.from("x"), "x.txt"), betas: ["files-api-2025-04-14"] });
    const betaList = (await c.get("/v1/files", { headers: { "anthropic-beta": "files-api-2025-04-14" } })) as Record<string, unknown>;
    expect(Object.keys(betaList)).toEqual(expect.arrayContaining(["data", "has_more", "first_id", "last_id", "next_page"]));
    const gaList = (await c.get("/v1/files")) as Record<string, unknown>;
    expect(Object.keys(gaList)).toEqual(expect.arrayContaining(["data", "next_page"]));
    expect(gaList).not.toHaveProperty("last_id");
    await c.files.delete(file.id);
  });
});
