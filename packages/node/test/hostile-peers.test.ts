/**
 * Hostile servers for the client, on loopback: stalls, resets, compression bombs, endless
 * lines and pings, and a server that echoes the key it was sent in every place a server can
 * (headers, status text, error bodies, invalid JSON, SSE error events and data, JSON Lines,
 * redirect locations), raw, cut into fragments, URL-, JSON- and base64-encoded. The client is the Node package
 * with its defaults (a few calls pass the short `timeout`/`idleTimeout` a caller would).
 * Each case asserts the typed error, that nothing the caller can see holds the key (message,
 * stack, string fields, headers, body, cause chain, `util.inspect`, `JSON.stringify`), and,
 * for the bombs, that the process grew by a bounded number of bytes. The figures (requests,
 * outcome, peak RSS growth) are printed at the end.
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { inspect } from "node:util";
import { createGzip } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AuthenticationError,
  BadRequestError,
  ClaudeError,
  ConnectionError,
  CredentialError,
  OverloadedError,
  RedirectError,
  ResponseTooLargeError,
  StreamError,
  TimeoutError,
  createClient,
  defaults,
} from "../src/index.ts";

const key = `sk-ant-api03-${randomBytes(48).toString("base64url")}`;
const MiB = 1024 * 1024;
/** Four times the default `maxBufferedBytes`, decoded; about 128 KiB on the wire. */
const bombSize = 4 * defaults.maxBufferedBytes;
/**
 * How much the process may grow reading any one hostile answer: the limit is 32 MiB of text,
 * which an event of a million short data lines holds as a rope of about four times that;
 * without the bound the JSON bomb alone took 544 MiB here.
 */
const memoryBound = 256 * MiB;

type Behaviour = (req: IncomingMessage, res: ServerResponse, echoed: string) => void;
let behaviour: Behaviour = (_, res) => res.end();
let requests = 0;
const sockets = new Set<Socket>();
const server = createServer((req, res) => {
  requests++;
  req.resume();
  behaviour(req, res, String(req.headers["x-api-key"] ?? ""));
});
server.on("connection", (socket) => {
  sockets.add(socket);
  socket.on("close", () => sockets.delete(socket));
});
let baseURL = "";

/** The ways a server may echo the key it received: raw, a 30-character fragment, encoded. */
const echoesOf = (echoed: string) => ({
  raw: echoed,
  fragment: echoed.slice(20, 50),
  base64: Buffer.from(echoed).toString("base64"),
  basic: Buffer.from(`u:${echoed}`).toString("base64url"),
  url: encodeURIComponent(`${echoed}/x`),
  json: JSON.stringify(`${echoed}\n`),
});
const allEchoes = (echoed: string) => Object.values(echoesOf(echoed)).join(" | ");

/** Every 8-character window of every echoed form (base64 of "u:…" without its first 4 characters). */
const secretWindows = (() => {
  const forms = echoesOf(key);
  const out = new Set<string>();
  for (const [name, form] of Object.entries(forms)) {
    const text = name === "basic" ? form.slice(4) : form;
    for (let i = 0; i + 8 <= text.length; i++) out.add(text.slice(i, i + 8));
  }
  return [...out];
})();

/** Everything a caller can see of an error. */
function visible(error: unknown): string {
  const parts = [inspect(error, { depth: 20 }), JSON.stringify(error)];
  for (let e = error as Record<string, unknown> | undefined, depth = 0; e && depth < 10; e = e.cause as Record<string, unknown>, depth++) {
    parts.push(String(e.message), String(e.stack));
    for (const value of Object.values(e)) {
      if (value instanceof Headers) value.forEach((v, n) => parts.push(`${n}: ${v}`));
      else parts.push(typeof value === "string" ? value : inspect(value, { depth: 20 }));
    }
  }
  return parts.join("\n");
}

function leakIn(text: string): string | null {
  return secretWindows.find((w) => text.includes(w)) ?? null;
}

/** A gzip body of `prefix`, `size` bytes of `fill`, then `suffix`, made without holding it decoded. */
async function gzipOf(prefix: string, fill: string, size: number, suffix = ""): Promise<Buffer> {
  const gzip = createGzip();
  const out: Buffer[] = [];
  gzip.on("data", (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve) => gzip.on("end", resolve));
  const block = Buffer.from(fill.repeat(Math.ceil(MiB / fill.length)).slice(0, MiB));
  gzip.write(prefix);
  for (let sent = 0; sent < size; sent += MiB) if (!gzip.write(block)) await new Promise((r) => gzip.once("drain", r));
  gzip.end(suffix);
  await done;
  return Buffer.concat(out);
}

const sendGzip = (res: ServerResponse, status: number, type: string, body: Buffer) => {
  res.writeHead(status, { "content-type": type, "content-encoding": "gzip", "content-length": body.length, "request-id": "req_bomb" });
  res.end(body);
};

interface Figure {
  readonly name: string;
  readonly requests: number;
  readonly outcome: string;
  readonly peakGrowthBytes: number;
}
const figures: Figure[] = [];

/** Runs a call against `behaviour`, sampling RSS; returns what it threw (or resolved with). */
async function hostile(name: string, serve: Behaviour, call: () => Promise<unknown>): Promise<{ error: unknown; growth: number }> {
  behaviour = serve;
  const before = requests;
  const base = process.memoryUsage.rss();
  let peak = base;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
  let error: unknown;
  try {
    error = await call().then((value) => ({ resolved: value }), (e: unknown) => e);
  } finally {
    clearInterval(sampler);
  }
  peak = Math.max(peak, process.memoryUsage.rss());
  figures.push({ name, requests: requests - before, outcome: (error as Error)?.name ?? "resolved", peakGrowthBytes: peak - base });
  return { error, growth: peak - base };
}

function expectClean(error: unknown, Class: abstract new (...args: never[]) => Error) {
  expect(error).toBeInstanceOf(Class);
  expect(error).toBeInstanceOf(ClaudeError);
  expect(leakIn(visible(error))).toBeNull();
}

const client = () => createClient({ apiKey: key, baseURL });
const message = { model: "claude-sonnet-4-5", max_tokens: 16, messages: [{ role: "user" as const, content: "hi" }] };
const sseHead = { "content-type": "text/event-stream", "x-echo": "" };
const messageStart = `event: message_start\ndata: ${JSON.stringify({ type: "message_start", message: { id: "msg_1", type: "message", role: "assistant", model: "m", content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 1, output_tokens: 0 } } })}\n\n`;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
  const rows = figures.map((f) => `  ${f.name.padEnd(58)} ${String(f.requests).padStart(3)} req  ${f.outcome.padEnd(22)} peak RSS +${(f.peakGrowthBytes / MiB).toFixed(1)} MiB`);
  console.info(`hostile servers for the client (${figures.length} cases, ${figures.reduce((n, f) => n + f.requests, 0)} requests):\n${rows.join("\n")}`);
});

describe("a server echoing the key", () => {
  it("in an error answer's message, headers, request-id and status text", async () => {
    const { error } = await hostile("401 echoing it everywhere", (_, res, echoed) => {
      const body = JSON.stringify({ type: "error", error: { type: "authentication_error", message: `invalid key ${allEchoes(echoed)}` } });
      res.writeHead(401, `Bad ${echoed.slice(0, 40)}`, { "content-type": "application/json", "x-echo": echoed, "request-id": echoed, "www-authenticate": `Basic ${echoesOf(echoed).basic}` });
      res.end(body);
    }, () => client().models.retrieve("m"));
    expectClean(error, AuthenticationError);
    expect((error as AuthenticationError).message).toContain("invalid key [redacted] | [redacted]");
  });

  it("in an HTML error page", async () => {
    const { error } = await hostile("400 HTML page echoing it", (_, res, echoed) => {
      res.writeHead(400, { "content-type": "text/html" });
      res.end(`<html><body>rejected ${allEchoes(echoed)}</body></html>`);
    }, () => client().messages.create(message));
    expectClean(error, BadRequestError);
  });

  it("in a 200 JSON answer that does not parse", async () => {
    const { error } = await hostile("200 invalid JSON echoing it", (_, res, echoed) => {
      res.writeHead(200, { "content-type": "application/json", "x-echo": echoed });
      res.end(`{"id": "${allEchoes(echoed)}`);
    }, () => client().messages.create(message));
    expectClean(error, StreamError);
  });

  it("in an SSE error event and the stream's headers", async () => {
    const { error } = await hostile("SSE event: error echoing it", (_, res, echoed) => {
      res.writeHead(200, { ...sseHead, "x-echo": echoed });
      res.end(`${messageStart}event: error\ndata: ${JSON.stringify({ type: "error", error: { type: "overloaded_error", message: `busy ${allEchoes(echoed)}` } })}\n\n`);
    }, async () => (await client().messages.stream(message)).finalMessage());
    expectClean(error, OverloadedError);
    expect(JSON.stringify((error as OverloadedError).body)).toContain("busy [redacted] | [redacted]");
  });

  it("in SSE data that is not JSON", async () => {
    const { error } = await hostile("SSE data not JSON echoing it", (_, res, echoed) => {
      res.writeHead(200, sseHead);
      res.end(`${messageStart}event: content_block_delta\ndata: {"oops ${allEchoes(echoed)}\n\n`);
    }, async () => (await client().messages.stream(message)).finalMessage());
    expectClean(error, StreamError);
  });

  it("in a batch results line that is not JSON", async () => {
    const { error } = await hostile("JSONL line not JSON echoing it", (_, res, echoed) => {
      res.writeHead(200, { "content-type": "application/x-jsonl" });
      res.end(`{"custom_id":"a","result":{"type":"succeeded"}}\nnot json ${allEchoes(echoed)}\n`);
    }, async () => {
      const lines = [];
      for await (const line of await client().messages.batches.results("msgbatch_1")) lines.push(line);
      return lines;
    });
    expectClean(error, StreamError);
  });

  it("in a redirect loop's Location", async () => {
    const { error } = await hostile("redirect loop with the key in Location", (req, res, echoed) => {
      res.writeHead(302, { location: `/v1/models/m?key=${encodeURIComponent(echoed || "none")}&n=${requests}` });
      res.end();
    }, () => client().models.retrieve("m"));
    expectClean(error, RedirectError);
    // The request and 5 hops, once: a loop is not retried.
    expect(figures.at(-1)!.requests).toBe(6);
  });

  it("a key with a line break in it, which the fetch refuses to send and quotes", async () => {
    const broken = `${key.slice(0, 40)}\r\n${key.slice(40)}`;
    const { error } = await hostile("key with CR/LF (refused before sending)", (_, res) => res.end(), () => createClient({ apiKey: broken, baseURL, maxRetries: 0 }).models.retrieve("m"));
    expectClean(error, ConnectionError);
    expect(figures.at(-1)!.requests).toBe(0);
  });

  it("a credential provider that fails, quoting a key it served before", async () => {
    let served = false;
    const apiKey = async () => {
      if (!served) return (served = true), key;
      throw new Error(`vault: lease for ${key} expired`);
    };
    const c = createClient({ apiKey, baseURL });
    behaviour = (_, res) => res.writeHead(200, { "content-type": "application/json" }).end('{"id":"m"}');
    await c.models.retrieve("m");
    const { error } = await hostile("apiKey provider rejecting, quoting the key", (_, res) => res.end(), () => c.models.retrieve("m"));
    expectClean(error, CredentialError);
  });
});

describe("a server that stalls, resets or floods", () => {
  it("stalls before the headers: TimeoutError at the call's timeout", async () => {
    const { error } = await hostile("stall before headers (timeout 1 s)", () => {}, () => client().messages.create(message, { timeout: 1000 }));
    expectClean(error, TimeoutError);
  });

  it("resets before the headers: retried, then ConnectionError", async () => {
    const { error } = await hostile("reset before headers", (req) => req.socket.destroy(), () => client().models.retrieve("m"));
    expectClean(error, ConnectionError);
    expect(figures.at(-1)!.requests).toBe(1 + defaults.maxRetries);
  });

  it("resets mid-stream: StreamError", async () => {
    const { error } = await hostile("reset mid-stream", (_, res) => {
      res.writeHead(200, sseHead);
      res.write(messageStart);
      setTimeout(() => res.socket?.destroy(), 20);
    }, async () => (await client().messages.stream(message)).finalMessage());
    expectClean(error, StreamError);
  });

  it("stalls mid-stream: TimeoutError after idleTimeout", async () => {
    const { error } = await hostile("stall mid-stream (idleTimeout 500 ms)", (_, res) => {
      res.writeHead(200, sseHead);
      res.write(messageStart);
    }, async () => (await client().messages.stream(message, { idleTimeout: 500 })).finalMessage());
    expectClean(error, TimeoutError);
  });

  it("a gzip bomb as a JSON answer: ResponseTooLargeError, bounded memory", async () => {
    const bomb = await gzipOf('{"id":"msg_1","content":[{"type":"text","text":"', "a", bombSize, '"}]}');
    const { error, growth } = await hostile(`gzip JSON bomb (${bomb.length} B → ${bombSize / MiB} MiB)`, (_, res) => sendGzip(res, 200, "application/json", bomb), () => client().messages.create(message));
    expectClean(error, ResponseTooLargeError);
    expect((error as ResponseTooLargeError).limit).toBe(defaults.maxBufferedBytes);
    expect((error as Error).message).toMatch(/maxBufferedBytes/);
    expect(growth).toBeLessThan(memoryBound);
  });

  it("a gzip bomb as an SSE line that never ends: ResponseTooLargeError, bounded memory", async () => {
    const bomb = await gzipOf(`${messageStart}event: content_block_delta\ndata: `, "a", bombSize);
    const { error, growth } = await hostile("gzip SSE endless line", (_, res) => sendGzip(res, 200, "text/event-stream", bomb), async () => (await client().messages.stream(message)).finalMessage());
    expectClean(error, ResponseTooLargeError);
    expect(growth).toBeLessThan(memoryBound);
  });

  it("an SSE event whose data lines never end in a blank line: ResponseTooLargeError", async () => {
    const bomb = await gzipOf(`${messageStart}event: ping\n`, "data: aaaaaaaaaaaaaaaaaaaaaaaaa\n", bombSize);
    const { error, growth } = await hostile("gzip SSE endless event (data lines)", (_, res) => sendGzip(res, 200, "text/event-stream", bomb), async () => (await client().messages.stream(message)).finalMessage());
    expectClean(error, ResponseTooLargeError);
    expect(growth).toBeLessThan(memoryBound);
  });

  it("a gzip bomb as a batch results line: ResponseTooLargeError after the lines before it", async () => {
    const bomb = await gzipOf('{"custom_id":"a","result":{"type":"succeeded"}}\n{"custom_id":"', "a", bombSize);
    const lines: unknown[] = [];
    const { error, growth } = await hostile("gzip JSONL endless line", (_, res) => sendGzip(res, 200, "application/x-jsonl", bomb), async () => {
      for await (const line of await client().messages.batches.results("msgbatch_1")) lines.push(line);
    });
    expectClean(error, ResponseTooLargeError);
    expect(lines).toHaveLength(1);
    expect(growth).toBeLessThan(memoryBound);
  });

  it("a gzip bomb as an error page: the typed error with a bounded excerpt", async () => {
    const bomb = await gzipOf("<html>", "a", bombSize);
    const { error, growth } = await hostile("gzip bomb as a 401 page", (_, res) => sendGzip(res, 401, "text/html", bomb), () => client().models.retrieve("m"));
    expectClean(error, AuthenticationError);
    expect(String((error as AuthenticationError).body).length).toBeLessThanOrEqual(500);
    expect(growth).toBeLessThan(memoryBound);
  });

  it("endless pings: delivered one by one in constant memory until the caller stops", async () => {
    let closed = false;
    const ping = "event: ping\ndata: {\"type\":\"ping\"}\n\n".repeat(512);
    let seen = 0;
    const { error, growth } = await hostile("endless pings (200,000 read, then break)", (_, res) => {
      res.writeHead(200, sseHead);
      res.write(messageStart);
      res.on("close", () => (closed = true));
      const pump = () => {
        while (!closed && res.write(ping));
        if (!closed) res.once("drain", pump);
      };
      pump();
    }, async () => {
      for await (const event of await client().messages.stream(message)) if (event.type === "ping" && ++seen >= 200_000) break;
      return seen;
    });
    expect(error).toEqual({ resolved: 200_000 });
    expect(growth).toBeLessThan(memoryBound);
    await expect.poll(() => closed, { timeout: 5000 }).toBe(true);
  });
});
