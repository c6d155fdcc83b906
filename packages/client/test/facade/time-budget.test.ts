/**
 * The `timeBudget` option: which calls it serves, and `sharedBudget` through Node's real
 * fetch against a loopback server (calls that answer and calls that hang, side by side).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createClient, sharedBudget, TimeoutError, type ClientOptions, type RequestBudget } from "../../src/index.ts";
import { RequestControl } from "../../src/timeout/request-control.ts";
import { fakeFetch, jsonResponse } from "../helpers/fake-fetch.ts";
import { messageStart, sseOf } from "../helpers/sse.ts";

const message = { model: "claude-test", max_tokens: 5, messages: [{ role: "user" as const, content: "hi" }] };
const base = { apiKey: "sk-ant-test-key-0003", logLevel: "off", maxRetries: 0 } satisfies ClientOptions;

describe("timeBudget", () => {
  it("serves JSON calls without a signal, and no others", async () => {
    const asked: number[] = [];
    const timeBudget = (timeout: number): RequestBudget => (asked.push(timeout), new RequestControl(timeout));
    const stream = new Response(sseOf([messageStart(), ["message_stop", { type: "message_stop" }]]), { headers: { "content-type": "text/event-stream" } });
    const fetch = fakeFetch((call) => (call.headers.accept === "text/event-stream" ? stream : jsonResponse({ data: [], has_more: false })));
    const client = createClient({ ...base, fetch, timeBudget, timeout: 12_345 });

    await client.messages.create(message);
    await client.messages.countTokens(message, { timeout: 777 });
    await client.models.list();
    expect(asked).toEqual([12_345, 777, 12_345]);

    await client.messages.create(message, { signal: new AbortController().signal });
    await (await client.messages.stream(message)).finalMessage();
    expect(asked).toHaveLength(3);
  });
});

describe("sharedBudget through Node's fetch", () => {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    while (closers.length) await closers.pop()!();
  });

  /** Answers every request at once, except those whose body asks it to hang. */
  async function server(): Promise<string> {
    const sockets = new Set<Socket>();
    const http: Server = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk));
      req.on("end", () => {
        if (body.includes('"hang"')) return; // never answers
        res.writeHead(200, { "content-type": "application/json", "request-id": "req_fast" });
        res.end(JSON.stringify({ input_tokens: body.length }));
      });
    });
    http.on("connection", (s: Socket) => (sockets.add(s), s.on("close", () => sockets.delete(s))));
    await new Promise<void>((r) => http.listen(0, "127.0.0.1", r));
    closers.push(() => new Promise((r) => (sockets.forEach((s) => s.destroy()), http.close(() => r()))));
    return `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  }

  it("times out the calls that hang and leaves the ones that answered alone", async () => {
    const baseURL = await server();
    const client = createClient({ ...base, baseURL, timeout: 300, timeBudget: sharedBudget });
    const started = performance.now();
    const calls = Array.from({ length: 10 }, (_, i) =>
      client.messages.countTokens({ ...message, model: i % 2 ? "hang" : "fast" }).then(
        (value) => ({ ok: true as const, value, ms: performance.now() - started }),
        (error: unknown) => ({ ok: false as const, error, ms: performance.now() - started }),
      ),
    );
    const results = await Promise.all(calls);
    const fast = results.filter((_, i) => i % 2 === 0);
    const hung = results.filter((_, i) => i % 2 === 1);
    for (const r of fast) {
      expect(r.ok).toBe(true);
      expect(r.ok && r.value.input_tokens).toBeGreaterThan(0);
      expect(r.ok && r.value.requestId).toBe("req_fast");
    }
    for (const r of hung) {
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error).toBeInstanceOf(TimeoutError);
      // Never before its own 300 ms; at most the 3 ms window later (plus scheduling).
      expect(r.ms).toBeGreaterThanOrEqual(299);
      expect(r.ms).toBeLessThan(1_000);
    }
  });

  it("hands fetch one signal per 64 calls and trips no listener warning", async () => {
    const baseURL = await server();
    const signals = new Set<AbortSignal>();
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    try {
      const fetch: ClientOptions["fetch"] = (input, init) => (signals.add(init!.signal!), globalThis.fetch(input, init));
      const client = createClient({ ...base, baseURL, fetch, timeBudget: sharedBudget });
      const results = await Promise.all(Array.from({ length: 200 }, () => client.messages.countTokens(message)));
      expect(results.every((r) => r.input_tokens > 0)).toBe(true);
    } finally {
      process.off("warning", onWarning);
    }
    expect(signals.size).toBe(4);
    expect(warnings.filter((w) => w.name === "MaxListenersExceededWarning")).toEqual([]);
  });
});
