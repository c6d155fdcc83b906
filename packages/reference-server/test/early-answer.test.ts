/**
 * An early 413 must reach the client. The server answers a body over the limit before the
 * client has finished sending it; if it then closed the socket with the client's bytes
 * unread, the kernel would send a TCP reset, and a reset destroys an answer the client has
 * not read yet. So the server drains the rest of the body (bounded, never buffering) and
 * closes only after. The clients here are raw sockets that do not read until they have sent
 * everything: the worst case, and the one where a reset always loses the answer.
 */
import { connect, type Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { parseRawResponse, type RawResponse } from "./helpers/raw-http.ts";
import { testKey, useServer } from "./helpers/server.ts";

const limit = 2000;
const chunk = Buffer.alloc(64 * 1024, 0x20);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Outcome {
  readonly response: RawResponse | null;
  /** The socket error the client saw, if any (ECONNRESET, EPIPE). */
  readonly error: string | undefined;
  /** Body bytes the client managed to send. */
  readonly sent: number;
  /** Milliseconds from the first body byte until the connection closed. */
  readonly closedAfterMs: number;
}

interface Upload {
  /** Body bytes to send; Infinity for a body that never ends. */
  readonly total: number;
  /** Pause between 64 KiB pieces, for a slow client. */
  readonly gapMs?: number;
  /** Chunked framing instead of a declared Content-Length (which is refused at once). */
  readonly chunked?: boolean;
  /** Read nothing until the whole body is sent (for an endless body: until this many ms). */
  readonly readAfterMs?: number;
}

/** Resolves when the socket can take more, or has closed. */
function writable(socket: Socket): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      socket.off("drain", done);
      socket.off("close", done);
      resolve();
    };
    socket.on("drain", done);
    socket.on("close", done);
  });
}

function upload(url: string, options: Upload): Promise<Outcome> {
  const { port, hostname } = new URL(url);
  const framing = options.chunked ? "transfer-encoding: chunked" : `content-length: ${Number.isFinite(options.total) ? options.total : 1e12}`;
  const head = `POST /v1/messages HTTP/1.1\r\nhost: x\r\nx-api-key: ${testKey}\r\nanthropic-version: 2023-06-01\r\ncontent-type: application/json\r\n${framing}\r\n\r\n`;
  const piece = options.chunked ? Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from("\r\n")]) : chunk;
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    const received: Buffer[] = [];
    let sent = 0;
    let closed = false;
    let error: string | undefined;
    let started = 0;
    // A hard stop, so a server that never closes fails the test instead of hanging it.
    const deadline = setTimeout(() => socket.destroy(), 20_000);
    socket.on("data", (data) => received.push(data));
    socket.on("error", (e: NodeJS.ErrnoException) => (error ??= e.code));
    socket.on("close", () => {
      closed = true;
      clearTimeout(deadline);
      resolve({ response: parseRawResponse(Buffer.concat(received)), error, sent, closedAfterMs: performance.now() - started });
    });
    if (options.readAfterMs !== 0) socket.pause();
    if (options.readAfterMs) setTimeout(() => socket.resume(), options.readAfterMs);
    socket.write(head);
    started = performance.now();
    void (async () => {
      // Bounded by the body size, or for an endless body by the server closing (or the deadline).
      while (!closed && sent < options.total) {
        sent += chunk.length;
        if (!socket.write(piece)) await writable(socket);
        if (options.gapMs) await sleep(options.gapMs);
      }
      if (closed) return;
      if (options.chunked) socket.write("0\r\n\r\n");
      socket.resume();
    })();
  });
}

function expectFull413(outcome: Outcome): void {
  const response = outcome.response;
  expect(response, `no answer (socket error ${outcome.error})`).not.toBeNull();
  expect(response!.status).toBe(413);
  expect(response!.headers.connection).toBe("close");
  const body = JSON.parse(response!.body) as { type: string; error: { type: string; message: string }; request_id: string };
  expect(body).toMatchObject({ type: "error", error: { type: "request_too_large" } });
  expect(body.request_id).toBe(response!.headers["request-id"]);
}

describe("an early 413 with the body still arriving", () => {
  const s = useServer({ bodySizeLimits: { "messages.create": limit } });

  it("reaches a client that reads only after sending its whole body, every time", async () => {
    const cases: Upload[] = [
      { total: 8 * 1024 * 1024 },
      { total: 8 * 1024 * 1024, chunked: true },
      { total: 2 * 1024 * 1024, gapMs: 2 },
    ];
    for (let round = 0; round < 4; round++) {
      for (const options of cases) {
        const outcome = await upload(s.url, options);
        expectFull413(outcome);
        // The whole body was drained, so the server closed cleanly: no reset, nothing refused.
        expect(outcome.error).toBeUndefined();
        expect(outcome.sent).toBe(options.total);
      }
    }
  });
});

describe("a body that never ends after an early 413", () => {
  const timed = useServer({ bodySizeLimits: { "messages.create": limit }, earlyAnswerDrain: { ms: 400, bytes: 1024 * 1024 * 1024 } });
  const counted = useServer({ bodySizeLimits: { "messages.create": limit }, earlyAnswerDrain: { ms: 60_000, bytes: 8 * 1024 * 1024 } });

  it("is drained until the time bound, then the connection is closed", async () => {
    for (let round = 0; round < 3; round++) {
      // About 6 MB/s: the time bound comes long before the byte bound.
      const outcome = await upload(timed.url, { total: Infinity, gapMs: 10, readAfterMs: 50 });
      expectFull413(outcome);
      expect(outcome.closedAfterMs).toBeGreaterThanOrEqual(350);
      expect(outcome.closedAfterMs).toBeLessThan(5000);
    }
  });

  it("is drained until the byte bound, then the connection is closed", async () => {
    for (let round = 0; round < 3; round++) {
      // This client reads as it writes: at loopback speed the byte bound is hit within
      // milliseconds, sooner than a late reader would look.
      const outcome = await upload(counted.url, { total: Infinity, readAfterMs: 0 });
      expectFull413(outcome);
      expect(outcome.sent).toBeGreaterThan(8 * 1024 * 1024);
      // Far below the time bound: the bytes ran out first. What the client got out is the
      // bound plus what socket buffers hold.
      expect(outcome.closedAfterMs).toBeLessThan(15_000);
      expect(outcome.sent).toBeLessThan(64 * 1024 * 1024);
    }
  });
});

describe("draining", () => {
  const s = useServer({ bodySizeLimits: { "messages.create": limit }, earlyAnswerDrain: { ms: 60_000, bytes: 1024 * 1024 * 1024 } });

  it("keeps memory flat: 256 MiB drained, nothing kept", async () => {
    const before = process.memoryUsage();
    let peak = 0;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peak = Math.max(peak, now.arrayBuffers - before.arrayBuffers, now.rss - before.rss);
    }, 10);
    const outcome = await upload(s.url, { total: 256 * 1024 * 1024 });
    clearInterval(sampler);
    expectFull413(outcome);
    expect(outcome.sent).toBe(256 * 1024 * 1024);
    // Buffering the body would take 256 MiB; what is seen is garbage not yet collected.
    expect(peak).toBeLessThan(64 * 1024 * 1024);
  });
});
