/**
 * Shared pieces of the hostile-peer suites: a seeded generator (a failure replays with the
 * same inputs), a bounded worker pool, and the check every answer must pass: a status below
 * 500 and, for errors, the spec's error envelope with its headers (CONTRACT.md §1.3).
 */
import { expect } from "vitest";
import { createContractValidator, matchOperation, mediaType } from "@claude-spec/contract";

const validator = createContractValidator();

/** mulberry32: a seeded generator. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]! };
}

export type Rng = ReturnType<typeof rng>;

/** Runs `run` over `items` with at most `width` in flight. */
export async function pool<T>(items: readonly T[], width: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await run(items[next++]!);
    }),
  );
}

export interface Answer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
  readonly method: string;
  readonly path: string;
}

/** Checks one answer; returns whether it was an error or a success. */
export function checkEnvelope(a: Answer, label: string): "error" | "success" {
  expect(a.status, label).toBeGreaterThanOrEqual(200);
  // A server fault is never the right answer to bad input (CONTRACT.md §3 item 18).
  expect(a.status, `${label}: ${a.body.slice(0, 200)}`).toBeLessThan(500);
  const op = matchOperation(a.method, a.path)?.operation;
  if (a.status >= 400) {
    expect(mediaType(a.headers["content-type"]), label).toBe("application/json");
    const body = JSON.parse(a.body);
    expect(validator.schema("ErrorResponse", body), `${label}: ${a.body}`).toEqual([]);
    expect(body.request_id, label).toBe(a.headers["request-id"]);
    expect(["true", "false"], label).toContain(a.headers["x-should-retry"]);
    if (op && validator.declaresStatus(op.operationId as never, a.status)) {
      expect(validator.responseBody(op.operationId as never, a.status, a.headers["content-type"]!, body), label).toEqual([]);
      expect(validator.responseHeaders(op.operationId as never, a.status, a.headers), label).toEqual([]);
    }
    return "error";
  }
  if (op && validator.declaresStatus(op.operationId as never, a.status) && mediaType(a.headers["content-type"]) === "application/json") {
    expect(validator.responseBody(op.operationId as never, a.status, a.headers["content-type"]!, JSON.parse(a.body)), label).toEqual([]);
  }
  return "success";
}

export interface RawAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** Every whole response in a raw HTTP/1.1 byte stream, in order (bodies by content-length or chunking). */
export function parseResponses(raw: Buffer): RawAnswer[] {
  const text = raw.toString("latin1");
  const out: RawAnswer[] = [];
  let at = 0;
  while (at < text.length) {
    const head = text.indexOf("\r\n\r\n", at);
    if (head === -1) break;
    const lines = text.slice(at, head).split("\r\n");
    const status = /^HTTP\/1\.[01] (\d{3})/.exec(lines[0]!);
    if (!status) break;
    const headers: Record<string, string> = {};
    for (const line of lines.slice(1)) headers[line.slice(0, line.indexOf(":")).trim().toLowerCase()] = line.slice(line.indexOf(":") + 1).trim();
    at = head + 4;
    let body = "";
    if (headers["transfer-encoding"] === "chunked") {
      for (;;) {
        const lineEnd = text.indexOf("\r\n", at);
        if (lineEnd === -1) return out;
        const size = parseInt(text.slice(at, lineEnd), 16);
        if (Number.isNaN(size) || lineEnd + 2 + size > text.length) return out;
        body += text.slice(lineEnd + 2, lineEnd + 2 + size);
        at = lineEnd + 2 + size + 2;
        if (!size) break;
      }
    } else {
      const length = Number(headers["content-length"] ?? 0);
      if (at + length > text.length) break;
      body = text.slice(at, at + length);
      at += length;
    }
    out.push({ status: Number(status[1]), headers, body: Buffer.from(body, "latin1").toString("utf8") });
  }
  return out;
}
