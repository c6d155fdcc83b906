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

export interface ReadOptions {
  /** Milliseconds since the request started. */
  readonly since: () => number;
  /** Decode as server-sent events even without a text/event-stream content type. */
  readonly decodeSse: boolean;
  readonly hash: boolean;
}

export interface ReadHooks {
  done(): void;
  fail(error: unknown, phase: string): void;
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
  const lines = isSse ? createLineDecoder() : null;
  const events = isSse ? createEventDecoder() : null;
  if (isSse) response.events = [];
  let ended = false;
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
    if (lines && events) {
      const at = since();
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
      for (const line of lines.push(sseBytes)) {
        const event = events.push(line);
        if (event) response.events!.push({ event, atMs: at });
      }
    }
  });
  body.on("end", () => {
    ended = true;
    if (lines && events) {
      const at = since();
      for (const line of lines.flush()) {
        const event = events.push(line);
        if (event) response.events!.push({ event, atMs: at });
      }
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
