/**
 * Record mode never writes a credential, wherever a client or proxy put it: under another
 * header name, in the query string, in the path, percent-encoded, base64-encoded, or as a
 * fragment. Checked on the record file's bytes: no 8-character window of the key (nor of
 * its base64 forms) may appear in it. What is not a secret stays readable, a value that
 * merely shares a word with the key included.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { start, type RunningServer } from "../src/index.ts";

const configuredKey = "sk-ant-api03-RecordRedaction0123456789abcdefXYZ";
/** Presented under `apiKeys: "any"`: no configured key to know it by, and no `sk-` prefix. */
const anyModeKey = "proxyInjected-7f3a9c2e41d84b6f90aa12c3";

const dir = await mkdtemp(join(tmpdir(), "reference-server-redaction-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

function windows(secret: string, size = 8): string[] {
  return Array.from({ length: secret.length - size + 1 }, (_, i) => secret.slice(i, i + size));
}

/** Every 8-character window of the key and of its base64 text (the middle, alignment-independent part). */
function leaks(text: string, key: string): string[] {
  const b64 = Buffer.from(key).toString("base64").slice(0, -4);
  return [...windows(key), ...windows(b64)].filter((w) => text.includes(w));
}

async function sendAll(server: RunningServer, key: string): Promise<void> {
  const base = { "anthropic-version": "2026-10-21" };
  const sends: [string, Record<string, string>][] = [
    ["/v1/models", { ...base, "x-api-key": key, "x-forwarded-authorization": `Bearer ${key}` }],
    ["/v1/models", { ...base, "x-api-key": key, "x-upstream-credential": key }],
    ["/v1/models", { ...base, "x-api-key": key, "x-trace": `trace ${key.slice(5, 25)} end` }],
    ["/v1/models", { ...base, "x-api-key": key, "x-wrapped": Buffer.from(`user:${key}`).toString("base64") }],
    ["/v1/models", { ...base, "x-api-key": key, cookie: `session=${key}` }],
    ["/v1/models", { ...base, authorization: `Bearer ${key}`, "proxy-authorization": `Basic ${Buffer.from(`u:${key}`).toString("base64")}` }],
    [`/v1/models?key=${key}&limit=5`, { ...base, "x-api-key": key }],
    [`/v1/models?after_id=${encodeURIComponent(key.slice(3))}&limit=2`, { ...base, "x-api-key": key }],
    [`/v1/models?q=${encodeURIComponent(`Bearer ${key}`)}`, { ...base, "x-api-key": key }],
    [`/v1/files/${key}`, { ...base, "x-api-key": key }],
    [`/v1/files/${encodeURIComponent(key.slice(0, 20))}/content`, { ...base, "x-api-key": key }],
    // A wrong key under `any` mode... and a right one sent in the wrong place only.
    [`/v1/models/${key}`, { ...base, "x-api-key": "sk-ant-someone-else-entirely-0000" }],
    // A value that only shares a word with the key is not a fragment of it.
    ["/v1/models", { ...base, "x-api-key": key, "anthropic-beta": "record-redaction-2099-01-01", "x-note": "RecordRedaction notes" }],
    // A short fragment (9 characters) under an innocent name, and the key in hex-free JSON.
    ["/v1/models", { ...base, "x-api-key": key, "x-request-tag": `tag=${key.slice(-12, -3)};v=2`, "x-echo": JSON.stringify({ k: key }) }],
  ];
  for (const [path, headers] of sends) await (await fetch(`${server.url}${path}`, { headers })).arrayBuffer();
}

describe("record-mode redaction", () => {
  it("keeps every fragment and encoding of a configured key out of the record", async () => {
    const record = join(dir, "configured.jsonl");
    const server = await start({ apiKeys: [configuredKey, "sk-ant-someone-else-entirely-0000"], fixturesDir: false, record });
    await sendAll(server, configuredKey);
    await server.close();
    const text = await readFile(record, "utf8");
    const lines = text.trim().split("\n");
    expect(lines).toHaveLength(14);
    // The thirteenth request only shares a word with the key on purpose (checked below).
    expect(leaks([...lines.slice(0, 12), lines[13]].join("\n"), configuredKey)).toEqual([]);
    const entries = text.trim().split("\n").map((l) => JSON.parse(l));
    // What is not a secret stays readable.
    expect(entries[0].headers["anthropic-version"]).toBe("2026-10-21");
    expect(entries[0].headers["x-forwarded-authorization"]).toBe("Bearer [redacted]");
    expect(entries[5].headers.authorization).toBe("Bearer [redacted]");
    expect(entries[6].query).toBe("key=[redacted]&limit=5");
    expect(entries[7].query).toBe("after_id=[redacted]&limit=2");
    expect(entries[9].path).toBe("/v1/files/[redacted]");
    expect(entries[10].path).toBe("/v1/files/[redacted]/content");
    expect(entries[12].headers["anthropic-beta"]).toBe("record-redaction-2099-01-01");
    expect(entries[12].headers["x-note"]).toBe("RecordRedaction notes");
    expect(entries[13].headers["x-request-tag"]).toBe("[redacted]");
    expect(entries[13].headers["x-echo"]).toBe("[redacted]");
  });

  it("under apiKeys: any, keeps the key each request presented out of its record", async () => {
    const record = join(dir, "any.jsonl");
    const server = await start({ apiKeys: "any", fixturesDir: false, record });
    await sendAll(server, anyModeKey);
    await server.close();
    const text = await readFile(record, "utf8");
    // The twelfth request presented another key; the others presented this one.
    const lines = text.trim().split("\n");
    expect(lines).toHaveLength(14);
    expect(leaks([...lines.slice(0, 11), ...lines.slice(12)].join("\n"), anyModeKey)).toEqual([]);
    // Ids and paths that are not secrets are kept: records are matched by path.
    expect(JSON.parse(lines[0]!).path).toBe("/v1/models");
  });
});
