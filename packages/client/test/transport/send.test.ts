import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import {
  AuthenticationError,
  ConnectionError,
  createContext,
  CredentialError,
  RedirectError,
  InternalServerError,
  OverloadedError,
  RateLimitError,
  TimeoutError,
  UserAbortError,
  type ClientOptions,
} from "../../src/index.ts";
import { send, type Outgoing } from "../../src/transport/send.ts";
import { captureTimeouts } from "../helpers/capture-timeouts.ts";
import { errorResponse, fakeFetch, jsonResponse } from "../helpers/fake-fetch.ts";

let timers: ReturnType<typeof captureTimeouts> | undefined;
afterEach(() => timers?.restore());

const contextWith = (fetch: ClientOptions["fetch"], options: ClientOptions = {}) => ({
  ...createContext({ apiKey: "sk-ant-test-key-0001", fetch, logLevel: "off", ...options }),
  random: () => 0,
});
const outgoing = (over: Partial<Outgoing> = {}): Outgoing => ({
  method: "POST",
  url: "https://api.anthropic.com/v1/messages",
  headers: { "content-type": "application/json" },
  body: "{}",
  ...over,
});

describe("send: retries", () => {
  it("retries connection errors, 408, 409, 429, 5xx and 529 with capped exponential backoff", async () => {
    timers = captureTimeouts();
    const fetch = fakeFetch(new TypeError("fetch failed"), errorResponse(408, "timeout_error"), errorResponse(409, "conflict_error"), errorResponse(429, "rate_limit_error"), errorResponse(500, "api_error"), errorResponse(529, "overloaded_error"), jsonResponse({ ok: true }));
    const { response } = await send(contextWith(fetch, { maxRetries: 6 }), outgoing(), undefined);
    expect(response.status).toBe(200);
    expect(fetch.calls).toHaveLength(7);
    expect(timers.delays).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
  });

  it("waits what retry-after-ms says, then retry-after in seconds", async () => {
    timers = captureTimeouts();
    const fetch = fakeFetch(
      errorResponse(429, "rate_limit_error", { "retry-after-ms": "1234", "retry-after": "9" }),
      errorResponse(529, "overloaded_error", { "retry-after": "2" }),
      jsonResponse({}),
    );
    await send(contextWith(fetch), outgoing(), undefined);
    expect(timers.delays).toEqual([1234, 2000]);
  });

  it("honours x-should-retry: false on a retryable status", async () => {
    const fetch = fakeFetch(errorResponse(529, "overloaded_error", { "x-should-retry": "false" }));
    await expect(send(contextWith(fetch), outgoing(), undefined)).rejects.toBeInstanceOf(OverloadedError);
    expect(fetch.calls).toHaveLength(1);
  });

  it("honours x-should-retry: true on a status it would not retry", async () => {
    timers = captureTimeouts();
    const fetch = fakeFetch(errorResponse(400, "invalid_request_error", { "x-should-retry": "true" }), jsonResponse({}));
    await send(contextWith(fetch), outgoing(), undefined);
    expect(fetch.calls).toHaveLength(2);
  });

  it("does not retry 4xx errors", async () => {
    const fetch = fakeFetch(errorResponse(401, "authentication_error"));
    await expect(send(contextWith(fetch), outgoing(), undefined)).rejects.toBeInstanceOf(AuthenticationError);
    expect(fetch.calls).toHaveLength(1);
  });

  it("gives up after maxRetries with the last error", async () => {
    timers = captureTimeouts();
    const fetch = fakeFetch(errorResponse(500, "api_error"));
    await expect(send(contextWith(fetch, { maxRetries: 2 }), outgoing(), undefined)).rejects.toBeInstanceOf(InternalServerError);
    expect(fetch.calls).toHaveLength(3);
  });

  it("takes maxRetries per call", async () => {
    const fetch = fakeFetch(new TypeError("fetch failed"));
    await expect(send(contextWith(fetch), outgoing(), { maxRetries: 0 })).rejects.toBeInstanceOf(ConnectionError);
    expect(fetch.calls).toHaveLength(1);
  });

  it("does not start a wait that the time budget cannot hold; the error keeps retryAfter", async () => {
    const fetch = fakeFetch(errorResponse(429, "rate_limit_error", { "retry-after": "120" }));
    const error = await send(contextWith(fetch), outgoing(), { timeout: 60_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(120_000);
    expect(fetch.calls).toHaveLength(1);
  });

  it("does not start a wait longer than a timer can hold, even with no time limit", async () => {
    // 30 days: under `timeout: Infinity` the budget holds it, but setTimeout would fire at once.
    const fetch = fakeFetch(errorResponse(429, "rate_limit_error", { "retry-after": String(30 * 24 * 3600) }), jsonResponse({}));
    const error = await send(contextWith(fetch), outgoing(), { timeout: Number.POSITIVE_INFINITY }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(fetch.calls).toHaveLength(1);
  });

  it("does not wait for a retry-after past maxRetryAfter (60 s), even with no time limit", async () => {
    // Ten hours under `timeout: Infinity`: thrown at once, with the wait the server asked for.
    const fetch = fakeFetch(errorResponse(429, "rate_limit_error", { "retry-after": String(10 * 3600) }), jsonResponse({}));
    const error = await send(contextWith(fetch), outgoing(), { timeout: Number.POSITIVE_INFINITY }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(10 * 3600 * 1000);
    expect(fetch.calls).toHaveLength(1);
  });

  it("still waits a retry-after of 60 s under no time limit", async () => {
    timers = captureTimeouts();
    const fetch = fakeFetch(errorResponse(429, "rate_limit_error", { "retry-after": "60" }), jsonResponse({ ok: true }));
    await send(contextWith(fetch), outgoing(), { timeout: Number.POSITIVE_INFINITY });
    expect(timers.delays).toEqual([60_000]);
    expect(fetch.calls).toHaveLength(2);
  });

  it("never resends a one-shot body", async () => {
    const fetch = fakeFetch(errorResponse(503, "api_error"));
    await expect(send(contextWith(fetch), outgoing({ replayable: false }), undefined)).rejects.toBeInstanceOf(InternalServerError);
    expect(fetch.calls).toHaveLength(1);
  });
});

describe("send: time budget and abort", () => {
  it("times out a request that does not answer, within one budget", async () => {
    const fetch = fakeFetch((call) => new Promise((_, reject) => call.signal!.addEventListener("abort", () => reject(call.signal!.reason))));
    const error = await send(contextWith(fetch), outgoing(), { timeout: 30 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(fetch.calls).toHaveLength(1);
  });

  it("stops retrying when the budget runs out during backoff", async () => {
    const fetch = fakeFetch(new TypeError("fetch failed"));
    const error = await send(contextWith(fetch, { maxRetries: 10 }), outgoing(), { timeout: 700 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(fetch.calls.length).toBeLessThanOrEqual(2);
  });

  it("maps the caller's abort to UserAbortError, also during a wait", async () => {
    const controller = new AbortController();
    const fetch = fakeFetch(() => {
      setTimeout(() => controller.abort(), 5);
      return errorResponse(529, "overloaded_error");
    });
    const error = await send(contextWith(fetch), outgoing(), { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserAbortError);
    expect(fetch.calls).toHaveLength(1);
  });

  it("rejects at once for an already aborted signal", async () => {
    const fetch = fakeFetch((call) => Promise.reject(call.signal!.reason));
    const error = await send(contextWith(fetch), outgoing(), { signal: AbortSignal.abort("stop") }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserAbortError);
    expect((error as Error).message).toContain("stop");
  });
});

describe("send: credentials", () => {
  it("sends the key to the configured origin only", async () => {
    const fetch = fakeFetch(jsonResponse({}));
    const context = contextWith(fetch, { baseURL: "https://gateway.example/anthropic" });
    await send(context, outgoing({ url: "https://gateway.example/anthropic/v1/messages" }), undefined);
    await send(context, outgoing({ url: "https://files.other.example/results.jsonl", method: "GET", body: null }), undefined);
    await send(context, outgoing({ url: "https://gateway.example.evil.test/v1/messages" }), undefined);
    expect(fetch.calls.map((c) => c.headers["x-api-key"])).toEqual(["sk-ant-test-key-0001", undefined, undefined]);
  });

  it("drops credentials on a redirect to another origin", async () => {
    const fetch = fakeFetch(
      new Response(null, { status: 307, headers: { location: "/v1/messages?moved=1" } }),
      new Response(null, { status: 302, headers: { location: "https://elsewhere.example/v1/messages" } }),
      jsonResponse({}),
    );
    await send(contextWith(fetch, { authToken: undefined }), outgoing({ method: "GET", body: null }), undefined);
    expect(fetch.calls.map((c) => [c.url, c.headers["x-api-key"] ?? null])).toEqual([
      ["https://api.anthropic.com/v1/messages", "sk-ant-test-key-0001"],
      ["https://api.anthropic.com/v1/messages?moved=1", "sk-ant-test-key-0001"],
      ["https://elsewhere.example/v1/messages", null],
    ]);
  });

  it("fails a redirect loop once, with a RedirectError, unretried", async () => {
    const fetch = fakeFetch(() => new Response(null, { status: 302, headers: { location: "/v1/messages" } }));
    const error = await send(contextWith(fetch), outgoing({ method: "GET", body: null }), undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).not.toBeInstanceOf(ConnectionError);
    // The request and 5 hops: no retry walks the loop again.
    expect(fetch.calls).toHaveLength(6);
  });

  it("refuses a Location that is not a URL with a RedirectError that does not quote it", async () => {
    const fetch = fakeFetch(new Response(null, { status: 302, headers: { location: "http://[sk-ant-test-key-0001" } }));
    const error = (await send(contextWith(fetch), outgoing({ method: "GET", body: null }), undefined).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(RedirectError);
    expect(inspect(error, { depth: 5 })).not.toContain("test-key");
    expect(fetch.calls).toHaveLength(1);
  });

  it("never puts the key in a thrown message", async () => {
    // A careless proxy that echoes the key it was sent.
    const echo = (call: { headers: Record<string, string> }) =>
      jsonResponse({ type: "error", error: { type: "authentication_error", message: `bad key ${call.headers["x-api-key"]}` } }, 401);
    const error = (await send(contextWith(fakeFetch(echo)), outgoing(), undefined).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toContain("[redacted]");
    expect(`${error.message} ${error.stack} ${JSON.stringify(error)}`).not.toContain("sk-ant-test-key-0001");
  });
});

describe("send: credential providers", () => {
  it("wraps a provider's failure in a CredentialError carrying it as the cause, unretried", async () => {
    const fetch = fakeFetch(jsonResponse({}));
    const failure = new Error("vault unavailable");
    const context = { ...createContext({ apiKey: () => Promise.reject(failure), fetch }), random: () => 0 };
    const error = (await send(context, outgoing(), undefined).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(CredentialError);
    expect(error.message).toBe("the credential provider failed: vault unavailable");
    expect((error.cause as Error).message).toBe("vault unavailable");
    expect(fetch.calls).toHaveLength(0);
  });

  it("masks a secret the provider's failure quotes, in the message and the cause", async () => {
    // The provider worked once (its key is registered), then fails quoting it.
    const key = "sk-ant-rotating-key-0000000001";
    let calls = 0;
    const apiKey = async () => {
      if (calls++ === 0) return key;
      throw new Error(`vault refused to renew ${key}`);
    };
    const context = { ...createContext({ apiKey, fetch: fakeFetch(jsonResponse({})) }), random: () => 0 };
    await send(context, outgoing(), undefined);
    const error = (await send(context, outgoing(), undefined).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(CredentialError);
    expect(inspect(error, { depth: 5 })).not.toContain("rotating-key");
    expect(inspect(error, { depth: 5 })).toContain("vault refused to renew");
  });
});

describe("send: withholding the signal from a fetch that gives up by itself", () => {
  // With fetchHeadersTimeout known and shorter than the budget, the fetch fails before the
  // budget could, so it is not handed the signal while waiting for headers.
  const handed = async (options: ClientOptions, over: Partial<Outgoing> = {}, callOptions?: Parameters<typeof send>[2]) => {
    const fetch = fakeFetch(jsonResponse({}));
    await send(contextWith(fetch, options), outgoing(over), callOptions);
    return fetch.calls[0]!.signal instanceof AbortSignal;
  };

  it("withholds it for a JSON body, or none, when the budget outlasts the fetch's own limit", async () => {
    expect(await handed({ fetchHeadersTimeout: 310_000 })).toBe(false);
    expect(await handed({ fetchHeadersTimeout: 310_000 }, { method: "GET", body: null })).toBe(false);
  });

  it("hands it over when the fetch's limit is unknown, which is the default", async () => {
    expect(await handed({})).toBe(true);
    expect(await handed({ fetchHeadersTimeout: 0 })).toBe(true);
  });

  it("hands it over when the budget could run out first", async () => {
    expect(await handed({ fetchHeadersTimeout: 310_000, timeout: 310_000 })).toBe(true);
    expect(await handed({ fetchHeadersTimeout: 310_000 }, {}, { timeout: 30_000 })).toBe(true);
  });

  it("hands it over when the caller holds a signal: an abort must reach the network", async () => {
    expect(await handed({ fetchHeadersTimeout: 310_000 }, {}, { signal: new AbortController().signal })).toBe(true);
  });

  it("hands it over for uploads and large bodies, whose sending the fetch's header timer does not bound", async () => {
    const limit = { fetchHeadersTimeout: 310_000 };
    expect(await handed(limit, { body: "x".repeat(1024 * 1024) })).toBe(false);
    expect(await handed(limit, { body: "x".repeat(1024 * 1024 + 1) })).toBe(true);
    expect(await handed(limit, { body: new Blob(["file"]) })).toBe(true);
    expect(await handed(limit, { body: new Uint8Array(4) })).toBe(true);
  });

  it("hands it to redirect hops", async () => {
    const moved = new Response(null, { status: 307, headers: { location: "https://api.anthropic.com/v1/messages?moved=1" } });
    const fetch = fakeFetch(moved, jsonResponse({}));
    await send(contextWith(fetch, { fetchHeadersTimeout: 310_000 }), outgoing(), undefined);
    expect(fetch.calls.map((call) => call.signal instanceof AbortSignal)).toEqual([false, true]);
  });

  it("decides again on each attempt: a retry with less budget left than the limit gets the signal", async () => {
    timers = captureTimeouts();
    const realNow = Date.now;
    let now = realNow();
    Date.now = () => now;
    // The first attempt takes 20 s (by the clock), leaving 300 s of a 320 s budget.
    const slow529 = () => {
      now += 20_000;
      return errorResponse(529, "overloaded_error");
    };
    const fetch = fakeFetch(slow529, jsonResponse({}));
    try {
      await send(contextWith(fetch, { fetchHeadersTimeout: 310_000, timeout: 320_000 }), outgoing(), undefined);
    } finally {
      Date.now = realNow;
    }
    expect(fetch.calls.map((call) => call.signal instanceof AbortSignal)).toEqual([false, true]);
  });
});
