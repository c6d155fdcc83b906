/**
 * The fault matrix: each failure a real connection can show, against a 127.0.0.1 server,
 * ending in its documented typed outcome (README "Errors and retries").
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  ConnectionError,
  createClient,
  InternalServerError,
  OverloadedError,
  RateLimitError,
  StreamError,
  TimeoutError,
  type ClientOptions,
} from "../../src/index.ts";
import { apiError, json, reset, startServer, type Handler } from "../helpers/loopback-server.ts";
import { messageStart, richEvents, sseOf } from "../helpers/sse.ts";

const message = { id: "msg_ok", type: "message", role: "assistant", content: [], model: "m", stop_reason: "end_turn", stop_sequence: null, usage: { input_tokens: 1, output_tokens: 1 } };
const params = { model: "m", max_tokens: 5, messages: [{ role: "user" as const, content: "hi" }] };
let server: Awaited<ReturnType<typeof startServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

// The matrix runs twice: with the signal handed to fetch (the default), and withheld while
// waiting for headers (a known fetchHeadersTimeout, as @claude-spec/node sets): each fault must
// end the same way both times.
const modes: [string, ClientOptions][] = [
  ["signal handed to fetch", {}],
  ["signal withheld until the headers", { fetchHeadersTimeout: 1 }],
];
let mode: ClientOptions = {};

async function clientFor(handlers: Handler[], options: ClientOptions = {}) {
  server = await startServer(...handlers);
  return createClient({ apiKey: "sk-ant-fault-test-key", baseURL: server.url, logLevel: "off", ...mode, ...options });
}
/** Settles a call into `{ value }` or `{ error }`, so a test can assert on either. */
const outcome = (p: Promise<unknown>): Promise<{ value?: unknown; error?: Error }> =>
  p.then((value) => ({ value }), (error: unknown) => ({ error: error as Error }));
const sse = (body: string, keepOpen = false): Handler => (_, res) => {
  res.writeHead(200, { "content-type": "text/event-stream", "request-id": "req_sse" });
  res.write(body);
  if (!keepOpen) res.end();
};

describe.each(modes)("fault matrix, %s", (_name, modeOptions) => {
  beforeEach(() => {
    mode = modeOptions;
  });

  it("429 with retry-after: waits the server's time, then succeeds", async () => {
    const client = await clientFor([apiError(429, "rate_limit_error", { "retry-after": "1" }), json(200, message)]);
    const start = Date.now();
    expect((await client.messages.create(params)).id).toBe("msg_ok");
    expect(Date.now() - start).toBeGreaterThanOrEqual(950);
    expect(server!.requests).toBe(2);
  });

  it("429 with retry-after and no retries left: RateLimitError carrying the wait", async () => {
    const client = await clientFor([apiError(429, "rate_limit_error", { "retry-after": "30" })], { maxRetries: 0 });
    const { error } = (await outcome(client.messages.create(params))) as { error: RateLimitError };
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, type: "rate_limit_error", retryAfter: 30_000, requestId: "req_429" });
  });

  it("529: retried, then succeeds", async () => {
    const client = await clientFor([apiError(529, "overloaded_error", { "retry-after-ms": "10" }), json(200, message)]);
    expect((await client.messages.create(params)).id).toBe("msg_ok");
    expect(server!.requests).toBe(2);
  });

  it("529 that persists: OverloadedError after 1 + maxRetries attempts", async () => {
    const client = await clientFor([apiError(529, "overloaded_error", { "retry-after-ms": "5" })], { maxRetries: 2 });
    expect((await outcome(client.messages.create(params))).error).toBeInstanceOf(OverloadedError);
    expect(server!.requests).toBe(3);
  });

  it("500: InternalServerError after retries", async () => {
    const client = await clientFor([apiError(500, "api_error", { "retry-after-ms": "5" })], { maxRetries: 1 });
    const { error } = await outcome(client.messages.create(params));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(server!.requests).toBe(2);
  });

  it("reset before headers: retried as a connection error, then succeeds", async () => {
    const client = await clientFor([reset, json(200, message)]);
    expect((await client.messages.create(params)).id).toBe("msg_ok");
    expect(server!.requests).toBe(2);
  });

  it("reset before headers every time: ConnectionError", async () => {
    const client = await clientFor([reset], { maxRetries: 1 });
    expect((await outcome(client.messages.create(params))).error).toBeInstanceOf(ConnectionError);
    expect(server!.requests).toBe(2);
  });

  it("reset mid-stream: StreamError, not retried, events before it delivered", async () => {
    const cut: Handler = (req, res) => {
      sse(sseOf(richEvents.slice(0, 4)), true)(req, res);
      setTimeout(() => res.socket?.destroy(), 20);
    };
    const client = await clientFor([cut]);
    const stream = await client.messages.stream(params);
    const seen: string[] = [];
    const { error } = await outcome((async () => { for await (const e of stream) seen.push(e.type); })());
    expect(error).toBeInstanceOf(StreamError);
    expect(seen).toEqual(richEvents.slice(0, 4).map(([name]) => name));
    expect(server!.requests).toBe(1);
  });

  it("stalled stream: TimeoutError after the idle timeout", async () => {
    const client = await clientFor([sse(sseOf([messageStart()]), true)], { idleTimeout: 150 });
    const stream = await client.messages.stream(params);
    const start = Date.now();
    const { error } = await outcome(stream.finalMessage());
    expect(error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - start).toBeGreaterThanOrEqual(140);
  });

  it("stalled before headers: TimeoutError within the time budget, not retried", async () => {
    const client = await clientFor([() => {}], { timeout: 150 });
    const { error } = await outcome(client.messages.create(params));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(server!.requests).toBe(1);
  });

  it("truncated JSON body (connection closed early): StreamError", async () => {
    const truncated: Handler = (_, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "200" });
      res.write('{"id":"msg_cut","content":[');
      setTimeout(() => res.socket?.destroy(), 10);
    };
    const client = await clientFor([truncated]);
    expect((await outcome(client.messages.create(params))).error).toBeInstanceOf(StreamError);
  });

  it("complete but invalid JSON body: StreamError with an excerpt", async () => {
    const client = await clientFor([(_, res) => res.writeHead(200, { "content-type": "application/json" }).end('{"id":"msg_cut","con')]);
    const { error } = await outcome(client.messages.create(params));
    expect(error).toBeInstanceOf(StreamError);
    expect(error?.message).toContain('{"id":"msg_cut","con');
  });

  it("HTML 502 from a proxy: InternalServerError with the status and an excerpt", async () => {
    const html: Handler = (_, res) => {
      res.writeHead(502, "Bad Gateway", { "content-type": "text/html" });
      res.end("<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>");
    };
    const client = await clientFor([html], { maxRetries: 0 });
    const { error } = (await outcome(client.messages.create(params))) as { error: InternalServerError };
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.status).toBe(502);
    expect(error.message).toContain("502 Bad Gateway");
    expect(error.message).toContain("nginx");
  });

  it("x-should-retry: false: the error at once, no retry", async () => {
    const client = await clientFor([apiError(529, "overloaded_error", { "x-should-retry": "false" })]);
    expect((await outcome(client.messages.create(params))).error).toBeInstanceOf(OverloadedError);
    expect(server!.requests).toBe(1);
  });

  it("event: error after a 200: the typed error from the stream", async () => {
    const body = sseOf([messageStart(), ["error", { type: "error", error: { type: "overloaded_error", message: "Overloaded" } }]]);
    const client = await clientFor([sse(body)]);
    const stream = await client.messages.stream(params);
    expect((await outcome(stream.finalMessage())).error).toBeInstanceOf(OverloadedError);
  });
});
