/** Record mode writes what arrived, secrets redacted; fixtures replay byte for byte. */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createHash, createHmac } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Fixture } from "../src/index.ts";
import { apiHeaders, postJson, simpleMessage, testKey, useServer } from "./helpers/server.ts";

const dir = await mkdtemp(join(tmpdir(), "reference-server-record-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("record mode", () => {
  const recordFile = join(dir, "received.jsonl");
  const salt = "record-salt-for-the-test";
  const s = useServer({ record: recordFile, recordSalt: salt });
  const fingerprint = (secret: string) => `hmac-sha256:${createHmac("sha256", salt).update(secret).digest("hex").slice(0, 32)}`;

  it("writes one line per request with method, path, redacted headers and the body digest", async () => {
    const body = JSON.stringify(simpleMessage);
    await fetch(`${s.url}/v1/messages?beta=true`, { method: "POST", headers: apiHeaders({ "anthropic-beta": "x-1", "x-custom-token": "hush" }), body });
    const bearer = { authorization: `Bearer ${testKey}`, "anthropic-version": "2026-10-21" };
    await fetch(`${s.url}/v1/models`, { headers: bearer });
    await s.server.close();
    const text = await readFile(recordFile, "utf8");
    expect(text).not.toContain(testKey);
    expect(text).not.toContain("hush");
    const [post, get] = text.trim().split("\n").map((l) => JSON.parse(l));
    expect(post).toMatchObject({
      method: "POST",
      path: "/v1/messages",
      query: "beta=true",
      status: 200,
      body: { size: Buffer.byteLength(body), sha256: createHash("sha256").update(body).digest("hex"), complete: true, text: body },
    });
    // The key itself never, its keyed fingerprint per header (Bearer's scheme dropped).
    expect(post.credentials).toEqual({ "x-api-key": fingerprint(testKey) });
    expect(get.credentials).toEqual({ authorization: fingerprint(testKey) });
    expect(post.headers).toMatchObject({ "x-api-key": "[redacted]", "anthropic-beta": "x-1", "anthropic-version": "2023-06-01", "x-custom-token": "[redacted]" });
    expect(get.headers.authorization).toBe("Bearer [redacted]");
    expect(get.body).toEqual({ size: 0, sha256: createHash("sha256").digest("hex"), complete: true });
  });
});

const recordedSse =
  'event: message_start\ndata: {"type":"message_start","message":{"id":"msg_011CReplayReplayReplayRe","type":"message","role":"assistant","model":"claude-haiku-4-5","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":9,"output_tokens":1}}   }\n\n' +
  'event: content_block_start\ndata: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}\n\n' +
  'event: ping\ndata: {"type": "ping"}\n\n' +
  'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Recorded!"}       }\n\n' +
  'event: content_block_stop\ndata: {"type":"content_block_stop","index":0 }\n\n' +
  'event: message_delta\ndata: {"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":3}}\n\n' +
  'event: message_stop\ndata: {"type":"message_stop"  }\n\n';

const request = { model: "claude-haiku-4-5", max_tokens: 50, messages: [{ role: "user", content: "replay me" }] };
const fixtures: Fixture[] = [
  {
    id: "test/stream",
    operationId: "messages.create",
    request: { method: "POST", path: "/v1/messages", query: null, headers: {}, body: { ...request, stream: true } },
    response: { status: 200, headers: { "content-type": "text/event-stream; charset=utf-8", "cf-ray": "x" }, sse: recordedSse },
  },
  {
    id: "test/json",
    operationId: "messages.create",
    request: { method: "POST", path: "/v1/messages", query: null, headers: {}, body: request },
    response: { status: 200, headers: { "content-type": "application/json" }, body: { id: "msg_recorded", type: "message", content: [{ type: "text", text: "from the recording" }] } },
  },
  {
    id: "test/error",
    operationId: "messages.countTokens",
    request: { method: "POST", path: "/v1/messages/count_tokens", query: null, headers: {}, body: { model: "claude-does-not-exist", messages: request.messages } },
    response: { status: 404, headers: { "content-type": "application/json" }, body: { type: "error", error: { type: "not_found_error", message: "model: claude-does-not-exist" }, request_id: "req_recorded" } },
  },
];

describe("replay", () => {
  const s = useServer({ fixtures });
  it("replays a recorded stream byte for byte, key order notwithstanding", async () => {
    const reordered = { stream: true, messages: request.messages, max_tokens: 50, model: "claude-haiku-4-5" };
    const res = await postJson(`${s.url}/v1/messages`, reordered);
    expect(res.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(res.headers.get("cf-ray")).toBeNull();
    expect(await res.text()).toBe(recordedSse);
  });
  it("replays JSON bodies and recorded errors (with this request's id)", async () => {
    expect(await (await postJson(`${s.url}/v1/messages`, request)).json()).toMatchObject({ id: "msg_recorded" });
    const err = await postJson(`${s.url}/v1/messages/count_tokens`, { model: "claude-does-not-exist", messages: request.messages });
    expect(err.status).toBe(404);
    const body = (await err.json()) as { request_id: string; error: { message: string } };
    expect(body.request_id).toBe(err.headers.get("request-id"));
    expect(body.error.message).toBe("model: claude-does-not-exist");
  });
  it("falls back to the synthetic reply for anything else", async () => {
    const res = await postJson(`${s.url}/v1/messages`, { ...request, max_tokens: 51 });
    expect(((await res.json()) as { content: { text: string }[] }).content[0]!.text).toContain("replay me");
  });
});
