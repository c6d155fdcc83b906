/**
 * Thousands of malformed requests: broken JSON, wrong types, invalid UTF-8, huge and
 * invalid headers, bad framing, oversize and never-ending bodies, early disconnects, random
 * methods and paths. Every answer must be a spec-valid error envelope (or, when a mutation
 * happens to stay valid, a valid success), the server must stay up, and memory must not grow
 * with the number of requests.
 */
import { describe, expect, it } from "vitest";
import { apiHeaders, simpleMessage, testKey, useServer } from "./helpers/server.ts";
import { checkEnvelope, pool, rng, type Answer } from "./helpers/hostile.ts";
import { rawRequest, type RawResponse } from "./helpers/raw-http.ts";

const limit = 64 * 1024;

const validBodies: Record<string, unknown> = {
  "/v1/messages": { ...simpleMessage, tools: [{ name: "t", input_schema: { type: "object" } }], stop_sequences: ["x"], metadata: { user_id: "u" } },
  "/v1/messages/count_tokens": { model: simpleMessage.model, messages: simpleMessage.messages, system: "s" },
  "/v1/messages/batches": { requests: [{ custom_id: "a", params: simpleMessage }] },
};

const weirdValues = [null, true, false, 0, -1, 1e308, 1.5, "", "x".repeat(300), [], [null], {}, { a: {} }, "\u0000", "😀"];

function mutateValue(r: ReturnType<typeof rng>, value: unknown, depth = 0): unknown {
  if (depth > 4 || value === null || typeof value !== "object") return r.pick(weirdValues);
  const copy: any = Array.isArray(value) ? [...value] : { ...(value as object) };
  const keys = Object.keys(copy);
  if (keys.length === 0 || r.next() < 0.15) return r.pick(weirdValues);
  const key = r.pick(keys);
  const roll = r.next();
  if (roll < 0.2) delete copy[key];
  else if (roll < 0.3 && !Array.isArray(copy)) copy[`unexpected_${r.int(100)}`] = r.pick(weirdValues);
  else copy[key] = mutateValue(r, copy[key], depth + 1);
  return copy;
}

function mutateText(r: ReturnType<typeof rng>, text: string): string {
  const at = r.int(text.length + 1);
  switch (r.int(5)) {
    case 0:
      return text.slice(0, at);
    case 1:
      return text.slice(0, at) + r.pick(["{", "}", "[", "]", '"', ",", ":", "\\", "\u0000", "NaN", "\n"]) + text.slice(at);
    case 2:
      return text.slice(0, at) + text.slice(at + 1 + r.int(8));
    case 3:
      return text.replace(/"/g, r.next() < 0.5 ? "'" : "");
    default:
      return "[".repeat(300 + r.int(2000)) + "]".repeat(r.int(10));
  }
}

function invalidUtf8(r: ReturnType<typeof rng>, text: string): Uint8Array {
  const bytes = new TextEncoder().encode(text);
  const bad = r.pick([[0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]]);
  const at = Math.max(1, text.indexOf("Hello") + 1);
  const out = new Uint8Array(bytes.length + bad.length);
  out.set(bytes.subarray(0, at));
  out.set(bad, at);
  out.set(bytes.subarray(at), at + bad.length);
  return out;
}

const seen = { total: 0, errors: 0, success: 0, noAnswer: 0 };

function checkAnswer(a: Answer, label: string): void {
  seen.total++;
  seen[checkEnvelope(a, label) === "error" ? "errors" : "success"]++;
}

async function viaFetch(url: string, method: string, path: string, init: RequestInit): Promise<Answer | null> {
  try {
    const res = await fetch(`${url}${path}`, { method, ...init });
    const body = await res.text();
    return { status: res.status, headers: Object.fromEntries(res.headers), body, method, path: path.split("?")[0]! };
  } catch {
    // The server may close a connection it refused (oversize bodies); that is not an answer to check.
    return null;
  }
}

function fromRaw(raw: RawResponse | null, method: string, path: string): Answer | null {
  return raw ? { ...raw, method, path } : null;
}

describe("fuzz", () => {
  const s = useServer({
    bodySizeLimits: { "messages.create": limit, "messages.countTokens": limit, "messages.batches.create": limit, "files.upload": limit, "skills.create": limit },
    maxHeaderSize: 16_384,
  });

  it("answers thousands of malformed JSON requests with valid envelopes", async () => {
    const r = rng(20261125);
    const paths = Object.keys(validBodies);
    const cases = Array.from({ length: 3000 }, (_, i) => i);
    await pool(cases, 16, async (i) => {
      const path = r.pick(paths);
      const valid = JSON.stringify(validBodies[path]);
      let body: string | Uint8Array;
      const kind = i % 4;
      if (kind === 0) body = mutateText(r, valid);
      else if (kind === 1) body = JSON.stringify(mutateValue(r, validBodies[path]));
      else if (kind === 2) body = invalidUtf8(r, valid);
      else body = JSON.stringify(mutateValue(r, mutateValue(r, validBodies[path])));
      const headers = r.next() < 0.9 ? apiHeaders() : r.pick([apiHeaders({ "content-type": "text/plain" }), apiHeaders({ "anthropic-version": "1999-01-01" }), apiHeaders({ "x-api-key": "" })]);
      const answer = await viaFetch(s.url, "POST", path, { headers, body: body as BodyInit });
      expect(answer, `case ${i}`).not.toBeNull();
      checkAnswer(answer!, `case ${i} ${path} ${typeof body === "string" ? body.slice(0, 120) : "<bytes>"}`);
    });
  });

  it("answers random methods, paths, queries and multipart garbage", async () => {
    const r = rng(7);
    const segments = ["v1", "messages", "batches", "files", "skills", "models", "versions", "content", "results", "cancel", "count_tokens", "%2e%2e", "%zz", "..", "😀", "a".repeat(500), "msgbatch_x", "file_%00"];
    const cases = Array.from({ length: 600 }, (_, i) => i);
    await pool(cases, 16, async (i) => {
      const path = `/${Array.from({ length: 1 + r.int(5) }, () => r.pick(segments)).join("/")}${r.next() < 0.3 ? `?${r.pick(["beta=true", "limit=-1", "limit=x", "after_id=", "page=%%", "before_id=a&after_id=b"])}` : ""}`;
      const method = r.pick(["GET", "POST", "DELETE", "PUT", "PATCH", "OPTIONS", "HEAD"]);
      const multipart = r.next() < 0.3;
      const headers = multipart ? { ...apiHeaders({ "anthropic-version": "2026-10-21" }), "content-type": `multipart/form-data; boundary=${r.pick(["b", "", "x".repeat(80)])}` } : apiHeaders();
      const body = method === "GET" || method === "HEAD" ? undefined : multipart ? `--b\r\nContent-Disposition: form-data; name="file"; filename="${r.pick(["a", "../../etc/passwd", ""])}"\r\n\r\n${"x".repeat(r.int(100))}${r.next() < 0.5 ? "\r\n--b--" : ""}` : r.pick(["", "{}", "null", "[]"]);
      const answer = await viaFetch(s.url, method, path, { headers, body });
      if (!answer) return;
      if (method === "HEAD" || method === "OPTIONS") return;
      checkAnswer(answer, `${method} ${path}`);
    });
  });

  it("answers bad HTTP, huge headers and lying lengths on raw sockets", async () => {
    const r = rng(99);
    const auth = `x-api-key: ${testKey}\r\nanthropic-version: 2023-06-01\r\n`;
    const body = JSON.stringify(simpleMessage);
    const requests: [string, string | Buffer][] = [
      ["huge header", `GET /v1/models HTTP/1.1\r\nhost: x\r\n${auth}x-big: ${"a".repeat(40_000)}\r\n\r\n`],
      ["many headers", `GET /v1/models HTTP/1.1\r\nhost: x\r\n${auth}${Array.from({ length: 3000 }, (_, i) => `x-h${i}: v\r\n`).join("")}\r\n`],
      ["bad header name", `GET /v1/models HTTP/1.1\r\nhost: x\r\n${auth}bad header: v\r\n\r\n`],
      ["control char in value", `GET /v1/models HTTP/1.1\r\nhost: x\r\n${auth}x-v: a\u0001b\r\n\r\n`],
      ["non-latin1 header bytes", Buffer.concat([Buffer.from(`GET /v1/models HTTP/1.1\r\nhost: x\r\n${auth}x-v: `), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from("\r\n\r\n")])],
      ["garbage", Buffer.from(Array.from({ length: 300 }, () => r.int(256)))],
      ["bad request line", `HELLO\r\n\r\n`],
      ["both framings", `POST /v1/messages HTTP/1.1\r\nhost: x\r\n${auth}content-type: application/json\r\ncontent-length: 5\r\ntransfer-encoding: chunked\r\n\r\n0\r\n\r\n`],
      ["bad chunk size", `POST /v1/messages HTTP/1.1\r\nhost: x\r\n${auth}content-type: application/json\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`],
      ["declared length over limit", `POST /v1/messages HTTP/1.1\r\nhost: x\r\n${auth}content-type: application/json\r\ncontent-length: ${limit + 1}\r\n\r\n{`],
      ["length shorter than body", `POST /v1/messages HTTP/1.1\r\nhost: x\r\n${auth}content-type: application/json\r\ncontent-length: 10\r\n\r\n${body}`],
      ["absolute target", `GET http://evil.example/v1/models HTTP/1.1\r\nhost: x\r\n${auth}\r\n`],
      ["backslash target", `GET /v1\\models HTTP/1.1\r\nhost: x\r\n${auth}\r\n`],
      ["no host", `GET /v1/models HTTP/1.1\r\n${auth}\r\n`],
      ["unknown expectation", `POST /v1/messages HTTP/1.1\r\nhost: x\r\n${auth}expect: 200-ok\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}`],
      ["invalid utf-8 path", Buffer.concat([Buffer.from("GET /v1/"), Buffer.from([0xff, 0xfe]), Buffer.from(` HTTP/1.1\r\nhost: x\r\n${auth}\r\n`)])],
    ];
    for (let round = 0; round < 10; round++) {
      for (const [label, request] of requests) {
        const raw = await rawRequest(s.url, request, { timeoutMs: 3000 });
        if (raw === null) {
          seen.noAnswer++;
          continue;
        }
        const answer = fromRaw(raw, "GET", "/v1/models")!;
        if (answer.status >= 400) checkAnswer(answer, label);
        else seen.success++;
      }
    }
    // Each of these must at least be answered once (none may be silently dropped every time).
    expect(seen.noAnswer).toBeLessThan(10 * requests.length);
  });

  it("survives early disconnects and never-ending bodies, and stays up with bounded memory", async () => {
    const before = process.memoryUsage();
    const r = rng(5);
    const body = JSON.stringify(simpleMessage);
    for (let i = 0; i < 300; i++) {
      const head = `POST /v1/messages HTTP/1.1\r\nhost: x\r\nx-api-key: ${testKey}\r\nanthropic-version: 2023-06-01\r\ncontent-type: application/json\r\n`;
      const cut = r.int(body.length);
      const request = r.next() < 0.5 ? `${head}content-length: ${body.length}\r\n\r\n${body.slice(0, cut)}` : `${head.slice(0, r.int(head.length))}`;
      await rawRequest(s.url, request, { cutAfterSend: true });
    }
    // One chunk, sent again and again: the server drains what arrives after its early 413
    // (drain-body.ts) until fetch has read the answer and stops sending, and fresh chunks
    // would fill this process with the client's own garbage, not the server's.
    const chunk = new Uint8Array(16_384).fill(123);
    for (let i = 0; i < 20; i++) {
      let produced = 0;
      const endless = new ReadableStream<Uint8Array>({
        pull(c) {
          produced += chunk.byteLength;
          c.enqueue(chunk);
        },
      });
      const answer = await viaFetch(s.url, "POST", "/v1/messages", { headers: apiHeaders(), body: endless, duplex: "half" } as RequestInit);
      expect(answer?.status).toBe(413);
      expect(produced).toBeLessThan(64 * 1024 * 1024);
    }
    // Still up and still correct.
    const ok = await fetch(`${s.url}/v1/messages`, { method: "POST", headers: apiHeaders(), body });
    expect(ok.status).toBe(200);
    const after = process.memoryUsage();
    expect(after.heapUsed - before.heapUsed).toBeLessThan(64 * 1024 * 1024);
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(64 * 1024 * 1024);
    expect(seen.total).toBeGreaterThan(3000);
  });
});
