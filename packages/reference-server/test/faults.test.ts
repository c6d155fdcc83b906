/**
 * Faults on request: the directive rides in the body (`metadata.user_id`, the system
 * prompt, a multipart field) or, for body-less calls, the query string.
 */
import { describe, expect, it } from "vitest";
import { parseServerSentEvents } from "@claude-spec/client/sse";
import { apiHeaders, postJson, simpleMessage, useServer } from "./helpers/server.ts";

const fault = (directive: object) => `claude-spec-fault:${JSON.stringify(directive)}`;
const withFault = (directive: object, extra: object = {}) => ({ ...simpleMessage, ...extra, metadata: { user_id: fault(directive) } });

describe("faults", () => {
  const s = useServer({ batchProcessingMs: 0 });

  it("answers any error status with the envelope and the retry headers", async () => {
    const res = await postJson(`${s.url}/v1/messages`, withFault({ status: 529 }));
    expect(res.status).toBe(529);
    expect(res.headers.get("retry-after")).toBe("1");
    expect(res.headers.get("x-should-retry")).toBe("true");
    expect(await res.json()).toMatchObject({ type: "error", error: { type: "overloaded_error" } });
    const custom = await postJson(`${s.url}/v1/messages`, withFault({ status: 429, retry_after: 7, message: "slow down" }));
    expect(custom.headers.get("retry-after")).toBe("7");
    expect(await custom.json()).toMatchObject({ error: { type: "rate_limit_error", message: "slow down" } });
  });

  it("waits before the headers", async () => {
    const started = performance.now();
    const res = await postJson(`${s.url}/v1/messages`, withFault({ delay_ms: 200 }));
    expect(res.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it("sends event: error mid-stream", async () => {
    const res = await postJson(`${s.url}/v1/messages`, withFault({ error_after_events: 3 }, { stream: true }));
    expect(res.status).toBe(200);
    const events = parseServerSentEvents(await res.text());
    expect(events.map((e) => e.event)).toEqual(["message_start", "content_block_start", "ping", "error"]);
    expect(JSON.parse(events[3]!.data)).toMatchObject({ type: "error", error: { type: "overloaded_error" } });
  });

  it("truncates a stream cleanly, without message_stop", async () => {
    const res = await postJson(`${s.url}/v1/messages`, withFault({ truncate_after_events: 4 }, { stream: true }));
    const events = parseServerSentEvents(await res.text());
    expect(events).toHaveLength(4);
  });

  it("resets the connection mid-body", async () => {
    const res = await postJson(`${s.url}/v1/messages`, withFault({ reset_after_events: 2 }, { stream: true }));
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    const received: string[] = [];
    const failure = await (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return null;
        received.push(new TextDecoder().decode(value));
      }
    })().catch((e: Error) => e);
    expect(failure).toBeInstanceOf(Error);
    expect(received.join("")).toContain("event: message_start");
    const json = await postJson(`${s.url}/v1/messages`, withFault({ reset_after_bytes: 10 }));
    await expect(json.text()).rejects.toThrow();
  });

  it("drips a body in small pieces", async () => {
    const res = await postJson(`${s.url}/v1/messages`, withFault({ chunk_bytes: 16, drip_ms: 1 }, { stream: true }));
    const reader = res.body!.getReader();
    let reads = 0;
    let text = "";
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      reads++;
      text += new TextDecoder().decode(value);
    }
    expect(reads).toBeGreaterThan(20);
    expect(parseServerSentEvents(text).at(-1)?.event).toBe("message_stop");
  });

  it("takes the directive from the system prompt (count_tokens), the query (GET) and a form field (uploads)", async () => {
    const counted = await postJson(`${s.url}/v1/messages/count_tokens`, { model: simpleMessage.model, messages: simpleMessage.messages, system: fault({ status: 500 }) });
    expect(counted.status).toBe(500);
    expect(counted.headers.get("x-should-retry")).toBe("true");
    const listed = await fetch(`${s.url}/v1/models?claude-spec-fault=${encodeURIComponent(JSON.stringify({ status: 403 }))}`, { headers: apiHeaders() });
    expect(listed.status).toBe(403);
    expect(await listed.json()).toMatchObject({ error: { type: "permission_error" } });
    const form = new FormData();
    form.append("file", new Blob(["x"]), "x.txt");
    form.append("claude-spec-fault", JSON.stringify({ status: 504 }));
    const { "content-type": _json, ...headers } = apiHeaders({ "anthropic-version": "2026-10-21" });
    const uploaded = await fetch(`${s.url}/v1/files`, { method: "POST", headers, body: form });
    expect(uploaded.status).toBe(504);
    expect(await uploaded.json()).toMatchObject({ error: { type: "timeout_error" } });
  });

  it("turns a batch request's directive into an errored result with the full envelope", async () => {
    const created = await postJson(`${s.url}/v1/messages/batches`, {
      requests: [
        { custom_id: "ok", params: simpleMessage },
        { custom_id: "bad", params: withFault({ status: 529 }) },
      ],
    });
    const batch = (await created.json()) as { id: string };
    await new Promise((r) => setTimeout(r, 5));
    const results = await fetch(`${s.url}/v1/messages/batches/${batch.id}/results`, { headers: apiHeaders() });
    expect(results.headers.get("content-type")).toBe("application/x-jsonl");
    const lines = (await results.text()).trim().split("\n").map((l) => JSON.parse(l));
    expect(lines[1]).toMatchObject({ custom_id: "bad", result: { type: "errored", error: { type: "error", error: { type: "overloaded_error" } } } });
    expect(lines[1].result.error.request_id).toMatch(/^req_/);
  });

  it("refuses a malformed directive with a 400 that says why", async () => {
    const res = await postJson(`${s.url}/v1/messages`, { ...simpleMessage, metadata: { user_id: "claude-spec-fault:{\"stauts\":500}" } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('unknown key "stauts"');
  });
});
