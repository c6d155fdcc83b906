/** Files and skills survive a restart with the same data dir; the in-memory store serves other runtimes. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createApp, start } from "../src/index.ts";
import { testKey } from "./helpers/server.ts";

const headers = { "x-api-key": testKey, "anthropic-version": "2026-10-21" };
const dir = await mkdtemp(join(tmpdir(), "reference-server-data-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

function uploadForm(text: string, downloadable = true): FormData {
  const form = new FormData();
  if (downloadable) form.append("claude-spec-fault", '{"downloadable":true}');
  form.append("file", new Blob([text], { type: "text/plain" }), "kept.txt");
  return form;
}

describe("storage", () => {
  it("keeps files and skills in the data dir across restarts", async () => {
    const first = await start({ apiKeys: [testKey], dataDir: dir, fixturesDir: false });
    const file = (await (await fetch(`${first.url}/v1/files`, { method: "POST", headers, body: uploadForm("persisted") })).json()) as { id: string };
    const skillForm = new FormData();
    skillForm.append("files[]", new Blob(["---\nname: keep\ndescription: d\n---\n"]), "keep/SKILL.md");
    const skill = (await (await fetch(`${first.url}/v1/skills`, { method: "POST", headers, body: skillForm })).json()) as { id: string };
    await first.close();

    const second = await start({ apiKeys: [testKey], dataDir: dir, fixturesDir: false });
    try {
      const listed = (await (await fetch(`${second.url}/v1/files`, { headers })).json()) as { data: { id: string }[] };
      expect(listed.data.map((f) => f.id)).toContain(file.id);
      expect(await (await fetch(`${second.url}/v1/files/${file.id}/content`, { headers })).text()).toBe("persisted");
      const versions = (await (await fetch(`${second.url}/v1/skills/${skill.id}/versions`, { headers })).json()) as { data: unknown[] };
      expect(versions.data).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  it("serves uploads in-process from the memory store", async () => {
    const app = createApp({ apiKeys: [testKey] });
    await app.ready;
    const res = await app.fetch(new Request("http://in-process/v1/files", { method: "POST", headers, body: uploadForm("in memory") }));
    expect(res.status).toBe(200);
    const { id } = (await res.json()) as { id: string };
    const download = await app.fetch(new Request(`http://in-process/v1/files/${id}/content`, { headers }));
    expect(download.headers.get("content-type")).toBe("application/octet-stream");
    expect(await download.text()).toBe("in memory");
  });

  it("delivers stream events as they are produced, not all at the end", async () => {
    const app = createApp({ apiKeys: [testKey], streamEventDelayMs: 30 });
    const res = await app.fetch(
      new Request("http://in-process/v1/messages", {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify({ model: "claude-sonnet-5", max_tokens: 100, stream: true, messages: [{ role: "user", content: "one two three" }] }),
      }),
    );
    const reader = res.body!.getReader();
    const started = performance.now();
    await reader.read();
    const first = performance.now() - started;
    while (!(await reader.read()).done);
    const total = performance.now() - started;
    expect(total).toBeGreaterThan(150);
    expect(first).toBeLessThan(total / 2);
  });
});
