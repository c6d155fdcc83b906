/**
 * The response side of an exchange: headers as they came, the body decoded (gzip, deflate,
 * br), counted, kept up to a cap and optionally digested, and, for event streams, each
 * server-sent event timestamped as it completes (the incremental-delivery check needs
 * arrival times, not just contents). Decoding uses @claude-spec/client's SSE layers.
 */
import type { IncomingMessage } from "node:http";
import { createHash } from "node:crypto";
import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { createEventDecoder, createLineDecoder, type ServerSentEvent } from "@claude-spec/client/sse";
import { formatCount } from "./format-count.ts";
import { createEventStreamToSse, eventStreamMediaType } from "../platforms/event-stream-sse.ts";

export interface TimedEvent {
  readonly event: ServerSentEvent;
  /** Milliseconds since the request started. */
  readonly atMs: number;
}

export interface ReceivedResponse {
  readonly status: number;
  readonly statusText: string;
  readonly httpVersion: string;
  /** Lower-case names; repeated headers joined with ", ". */
  readonly headers: Readonly<Record<string, string>>;
  readonly rawHeaders: readonly string[];
  readonly headersAtMs: number;
  firstByteAtMs: number | null;
  endAtMs: number | null;
  /** Decoded body size. */
  size: number;
  /** The first `maxKeptBytes` of the decoded body. */
  body: Buffer;
  bodyTruncated: boolean;
  sha256: string | null;
  events: TimedEvent[] | null;
  /** An event the stream ended in the middle of (no closing blank line). */
  unterminated: ServerSentEvent | null;
  complete: boolean;
}

/** Response bytes kept for checks and reports; the rest is counted and hashed only. */
export const maxKeptBytes = 4 * 1024 * 1024;

/**
 * Server-sent events kept per response by default (`--max-events`). A stream past it (an
 * endless ping stream) is stopped there and the exchange fails saying so: a Claude API
 * stream for a conformance case has a few hundred events at most. The events' data is
 * bounded too: one line or event past `maxKeptBytes`, or all events' data together past it,
 * stop the stream the same way.
 */
export const defaultMaxEvents = 10_000;

export interface ReadOptions {
  /** Milliseconds since the request started. */
  readonly since: () => number;
  /** Decode as server-sent events even without a text/event-stream content type. */
  readonly decodeSse: boolean;
  readonly hash: boolean;
  /** Events kept before the stream is stopped. @default defaultMaxEvents */
  readonly maxEvents?: number;
}

export interface ReadHooks {
  done(): void;
  fail(error: unknown, phase: string): void;
  /** Stops reading on purpose (a bound was reached), failing the exchange with `message`. */
  cut(code: string, message: string): void;
  /** Whether the exchange already ended (timeout, failure). */
  settled(): boolean;
}

function lowerHeaders(res: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
    const name = res.rawHeaders[i]!.toLowerCase();
    const value = res.rawHeaders[i + 1]!;
    out[name] = name in out ? `${out[name]}, ${value}` : value;
  }
  return out;
}

function decoded(res: IncomingMessage): Readable {
  const encoding = String(res.headers["content-encoding"] ?? "").trim().toLowerCase();
  if (encoding === "gzip" || encoding === "x-gzip") return res.pipe(createGunzip());
  if (encoding === "deflate") return res.pipe(createInflate());
  if (encoding === "br") return res.pipe(createBrotliDecompress());
  return res;
}

/** Starts reading `res`; the returned record fills in as bytes arrive, and `hooks.done` runs at the end. */
export function readResponse(res: IncomingMessage, options: ReadOptions, hooks: ReadHooks): ReceivedResponse {
  const { since } = options;
  const response: ReceivedResponse = {
    status: res.statusCode ?? 0,
    statusText: res.statusMessage ?? "",
    httpVersion: res.httpVersion,
    headers: lowerHeaders(res),
    rawHeaders: res.rawHeaders,
    headersAtMs: since(),
    firstByteAtMs: null,
    endAtMs: null,
    size: 0,
    body: Buffer.alloc(0),
    bodyTruncated: false,
    sha256: null,
    events: null,
    unterminated: null,
    complete: false,
  };
  const kept: Buffer[] = [];
  let keptSize = 0;
  const hash = options.hash ? createHash("sha256") : null;
  const contentType = String(res.headers["content-type"] ?? "").toLowerCase();
  // A streaming request refused before it started is answered with JSON, not events.
  // Bedrock's AWS event stream is read back as the events it carries (platforms/event-stream-sse.ts).
  const frames = contentType.includes(eventStreamMediaType) ? createEventStreamToSse() : null;
  let framesBroken = false;
  const isSse = contentType.includes("text/event-stream") || frames !== null || (options.decodeSse && !contentType.includes("json"));
  const lines = isSse ? createLineDecoder(maxKeptBytes) : null;
  const events = isSse ? createEventDecoder(maxKeptBytes) : null;
  if (isSse) response.events = [];
  const maxEvents = options.maxEvents ?? defaultMaxEvents;
  let eventBytes = 0;
  let ended = false;
  // Set when a bound stopped the stream: nothing more is decoded or reported.
  let stopped = false;
  const stop = (code: string, message: string) => {
    stopped = true;
    keep();
    hooks.cut(code, message);
  };
  /** Decodes lines into kept events; false once a bound stopped the stream (see `stop`). */
  const decodeEvents = (texts: () => string[], at: number): boolean => {
    try {
      for (const line of texts()) {
        const event = events!.push(line);
        if (!event) continue;
        eventBytes += event.data.length;
        if (response.events!.length >= maxEvents) {
          stop("TOO_MANY_EVENTS", `the stream went past ${formatCount(maxEvents)} events (--max-events); the first ${formatCount(maxEvents)} were kept and reading stopped after ${response.size} bytes`);
          return false;
        }
        if (eventBytes > maxKeptBytes) {
          stop("TOO_LARGE", `the stream's events passed ${maxKeptBytes} bytes of data; the first ${response.events!.length} events were kept and reading stopped`);
          return false;
        }
        response.events!.push({ event, atMs: at });
      }
      return true;
    } catch {
      // The decoders' one error: a line or an event's data past maxKeptBytes (a body without line ends).
      stop("TOO_LARGE", `a line or an event of the stream passed ${maxKeptBytes} bytes; reading stopped after ${response.size} bytes`);
      return false;
    }
  };
  const keep = () => (response.body = Buffer.concat(kept));

  res.once("data", () => (response.firstByteAtMs = since()));
  const body = decoded(res);
  body.on("data", (chunk: Buffer) => {
    response.size += chunk.byteLength;
    hash?.update(chunk);
    if (keptSize < maxKeptBytes) {
      const take = chunk.subarray(0, maxKeptBytes - keptSize);
      kept.push(take);
      keptSize += take.byteLength;
    } else {
      response.bodyTruncated = true;
    }
    if (lines && events && !stopped) {
      let sseBytes: Uint8Array = chunk;
      if (frames) {
        if (framesBroken) return;
        try {
          sseBytes = frames.push(chunk);
        } catch (error) {
          // A corrupt frame (bad CRC) fails the read, as it fails any event-stream client.
          framesBroken = true;
          broken(error);
          return;
        }
      }
      decodeEvents(() => lines.push(sseBytes), since());
    }
  });
  body.on("end", () => {
    ended = true;
    if (stopped) return;
    if (lines && events) {
      if (!decodeEvents(() => lines.flush(), since())) return;
      response.unterminated = events.flush();
    }
    keep();
    response.sha256 = hash ? hash.digest("hex") : null;
    response.endAtMs = since();
    response.complete = true;
    hooks.done();
  });
  const broken = (error: unknown) => {
    keep();
    hooks.fail(error, `after ${response.size} bytes of the response body`);
  };
  body.on("error", broken);
  res.on("error", broken);
  res.on("close", () => {
    if (ended || hooks.settled()) return;
    // Give a decoder a moment to emit its last bytes before calling the body short.
    setImmediate(() => {
      if (ended || hooks.settled()) return;
      keep();
      hooks.fail({ code: "ECONNRESET" }, `after ${response.size} bytes of the response body, before it ended`);
    });
  });
  return response;
}
