/**
 * Workspaces: with two API keys, one key's files, skills and batches are invisible to the
 * other (404, exactly like a resource that does not exist), unless the server is told to
 * share them; the scoping survives a restart on the same data dir and never shows in answers.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { start, type RunningServer, type StartOptions } from "../src/index.ts";
import { simpleMessage } from "./helpers/server.ts";

const keyA = "sk-ant-workspace-a-0123456789";
const keyB = "sk-ant-workspace-b-9876543210";
const keyC = "sk-ant-workspace-c-5555555555";

type Json = Record<string, any>;

function headers(key: string, extra: Record<string, string> = {}): Record<string, string> {
  return { "x-api-key": key, "anthropic-version": "2026-10-21", ...extra };
}

async function call(url: string, key: string, method: string, path: string, body?: BodyInit, extra: Record<string, string> = {}): Promise<{ status: number; json: Json | null; text: string }> {
  const res = await fetch(`${url}${path}`, { method, headers: headers(key, extra), body });
  const text = await res.text();
  let json: Json | null = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* a download */
  }
  return { status: res.status, json, text };
}

/** Creates one of each resource as `key`; returns their ids. */
async function seed(url: string, key: string): Promise<{ file: string; skill: string; version: string; batch: string }> {
  const upload = new FormData();
  upload.append("file", new File(["hello"], "a.txt", { type: "text/plain" }));
  const file = await call(url, key, "POST", "/v1/files", upload);
  expect(file.status).toBe(200);
  const skillForm = new FormData();
  skillForm.append("files[]", new File(["---\nname: ws-skill\ndescription: d\n---\n"], "ws-skill/SKILL.md"));
  const skill = await call(url, key, "POST", "/v1/skills", skillForm);
  expect(skill.status).toBe(200);
  const batch = await call(url, key, "POST", "/v1/messages/batches", JSON.stringify({ requests: [{ custom_id: "a", params: simpleMessage }] }), { "content-type": "application/json" });
  expect(batch.status).toBe(200);
  return { file: file.json!.id, skill: skill.json!.id, version: skill.json!.latest_version_id, batch: batch.json!.id };
}

/** Every read and write of another key's resource, paired with the same call on a made-up id. */
function probes(ids: { file: string; skill: string; version: string; batch: string }): [string, string, string][] {
  const ghost = { file: "file_011CNotThereAtAll0000000", skill: "skill_011CNotThereAtAll000000", version: "skillver_011CNotThereAtAll00", batch: "msgbatch_011CNotThereAtAll0000" };
  const pairs: [string, (i: typeof ids) => string][] = [
    ["GET", (i) => `/v1/files/${i.file}`],
    ["GET", (i) => `/v1/files/${i.file}/content`],
    ["DELETE", (i) => `/v1/files/${i.file}`],
    ["GET", (i) => `/v1/skills/${i.skill}`],
    ["GET", (i) => `/v1/skills/${i.skill}/versions`],
    ["GET", (i) => `/v1/skills/${i.skill}/versions/${i.version}`],
    ["DELETE", (i) => `/v1/skills/${i.skill}/versions/${i.version}`],
    ["DELETE", (i) => `/v1/skills/${i.skill}`],
    ["GET", (i) => `/v1/messages/batches/${i.batch}`],
    ["GET", (i) => `/v1/messages/batches/${i.batch}/results`],
    ["POST", (i) => `/v1/messages/batches/${i.batch}/cancel`],
    ["DELETE", (i) => `/v1/messages/batches/${i.batch}`],
  ];
  return pairs.map(([method, path]) => [method, path(ids), path(ghost as typeof ids)]);
}

const servers: RunningServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.close();
});

async function server(options: StartOptions = {}): Promise<RunningServer> {
  const s = await start({ apiKeys: [keyA, keyB, keyC], fixturesDir: false, batchProcessingMs: 0, downloadableUploads: true, ...options });
  servers.push(s);
  return s;
}

async function listIds(url: string, key: string): Promise<{ files: string[]; skills: string[]; batches: string[] }> {
  const ids = async (path: string) => ((await call(url, key, "GET", path)).json!.data as Json[]).map((d) => d.id as string);
  return { files: await ids("/v1/files"), skills: await ids("/v1/skills"), batches: await ids("/v1/messages/batches") };
}

describe("workspaces", () => {
  it("per key by default: another key's resources answer 404 like missing ones, and lists leave them out", async () => {
    const s = await server();
    const a = await seed(s.url, keyA);
    expect(await listIds(s.url, keyB)).toEqual({ files: [], skills: [], batches: [] });
    for (const [method, path, ghostPath] of probes(a)) {
      const theirs = await call(s.url, keyB, method, path);
      const ghost = await call(s.url, keyB, method, ghostPath);
      expect(theirs.status, `${method} ${path}`).toBe(404);
      expect(theirs.status).toBe(ghost.status);
      // The same message, with the id it names swapped: nothing tells "exists elsewhere" from "absent".
      const idIn = (p: string) => p.split("/").filter((x) => /_/.test(x));
      let expected = ghost.json!.error.message as string;
      idIn(ghostPath).forEach((g, k) => (expected = expected.replace(g, idIn(path)[k]!)));
      expect(theirs.json!.error, `${method} ${path}`).toEqual({ type: ghost.json!.error.type, message: expected });
    }
    // Nothing B tried changed A's resources.
    const mine = await listIds(s.url, keyA);
    expect(mine).toEqual({ files: [a.file], skills: [a.skill], batches: [a.batch] });
    expect((await call(s.url, keyA, "GET", `/v1/files/${a.file}/content`)).text).toBe("hello");
    expect((await call(s.url, keyA, "GET", `/v1/messages/batches/${a.batch}/results`)).status).toBe(200);
    // And B's own resources are B's.
    const b = await seed(s.url, keyB);
    expect(await listIds(s.url, keyB)).toEqual({ files: [b.file], skills: [b.skill], batches: [b.batch] });
    expect(await listIds(s.url, keyA)).toEqual(mine);
  });

  it("the same key as x-api-key or bearer token is the same workspace", async () => {
    const s = await server();
    const a = await seed(s.url, keyA);
    const res = await fetch(`${s.url}/v1/files/${a.file}`, { headers: { authorization: `Bearer ${keyA}`, "anthropic-version": "2026-10-21" } });
    expect(res.status).toBe(200);
  });

  it("shared: every key sees everything", async () => {
    const s = await server({ workspaces: "shared" });
    const a = await seed(s.url, keyA);
    expect(await listIds(s.url, keyB)).toEqual({ files: [a.file], skills: [a.skill], batches: [a.batch] });
    expect((await call(s.url, keyB, "GET", `/v1/files/${a.file}`)).status).toBe(200);
  });

  it("a key-to-workspace map shares between the keys mapped together only", async () => {
    const s = await server({ workspaces: { [keyA]: "team", [keyB]: "team" } });
    const a = await seed(s.url, keyA);
    expect((await listIds(s.url, keyB)).files).toEqual([a.file]);
    expect(await listIds(s.url, keyC)).toEqual({ files: [], skills: [], batches: [] });
    expect((await call(s.url, keyC, "GET", `/v1/skills/${a.skill}`)).status).toBe(404);
  });

  it("survives a restart on the same data dir, and the workspace never shows in answers", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "claude-spec-workspaces-"));
    try {
      const first = await server({ dataDir });
      const a = await seed(first.url, keyA);
      await first.close();
      const second = await server({ dataDir });
      const filesB = await call(second.url, keyB, "GET", "/v1/files");
      expect(filesB.json!.data).toEqual([]);
      expect((await call(second.url, keyB, "GET", `/v1/skills/${a.skill}`)).status).toBe(404);
      const fileA = await call(second.url, keyA, "GET", `/v1/files/${a.file}`);
      expect(fileA.status).toBe(200);
      const skillA = await call(second.url, keyA, "GET", `/v1/skills/${a.skill}`);
      expect(skillA.status).toBe(200);
      for (const text of [fileA.text, skillA.text, (await call(second.url, keyA, "GET", "/v1/files")).text]) expect(text).not.toContain("workspace");
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
