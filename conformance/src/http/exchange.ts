/**
 * One HTTP exchange over node:http, recorded for checking and reporting: when the headers
 * came, each server-sent event as it arrived, the body (kept up to a cap, always counted),
 * and any transport failure in words. Request bodies are pumped from their source with
 * back-pressure; when the answer arrives before the body is sent (a 413 at the edge),
 * sending stops and the answer is still read.
 */
import { request as httpRequest, type ClientRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { createHash } from "node:crypto";
import type { BodySource } from "./body-source.ts";
import { readResponse, type ReceivedResponse } from "./read-response.ts";
import { describeTransportError, type TransportError } from "./transport-error.ts";

export type { ReceivedResponse, TimedEvent } from "./read-response.ts";
export { defaultMaxEvents, maxKeptBytes } from "./read-response.ts";

export interface OutgoingRequest {
  readonly method: string;
  readonly url: URL;
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: BodySource | null;
  readonly timeoutMs: number;
  /** Decode the answer as server-sent events even when its content type says otherwise. */
  readonly decodeSse?: boolean;
  /** Keep a SHA-256 of the bytes sent (forwarded-unchanged checks). */
  readonly hashBody?: boolean;
  /** Keep a SHA-256 of the whole response body. */
  readonly hashResponse?: boolean;
  /**
   * Send the headers, then wait this long for an answer before sending the body. A server
   * that refuses a body by its Content-Length answers at once and closes; a client still
   * writing then gets a reset that destroys the unread answer (what curl's
   * `Expect: 100-continue` wait avoids). @default 0
   */
  readonly earlyAnswerWaitMs?: number;
  /** Server-sent events kept before the stream is stopped. @default defaultMaxEvents */
  readonly maxEvents?: number;
}

export interface Exchange {
  readonly request: {
    readonly method: string;
    readonly url: string;
    readonly headers: Readonly<Record<string, string>>;
    readonly body: BodySource | null;
    sentBytes: number;
    bodyComplete: boolean;
    sha256: string | null;
  };
  response: ReceivedResponse | null;
  error: TransportError | null;
  readonly startedAt: number;
  durationMs: number;
}

export function send(outgoing: OutgoingRequest): Promise<Exchange> {
  const started = performance.now();
  const since = () => Math.round((performance.now() - started) * 10) / 10;
  const headers: Record<string, string> = { "user-agent": "claude-conformance/0.1", ...outgoing.headers };
  if (outgoing.body) {
    if (!("transfer-encoding" in headers)) headers["content-length"] = String(outgoing.body.size);
    if (outgoing.body.contentType && !("content-type" in headers)) headers["content-type"] = outgoing.body.contentType;
  }
  const exchange: Exchange = {
    request: { method: outgoing.method, url: outgoing.url.href, headers, body: outgoing.body, sentBytes: 0, bodyComplete: outgoing.body === null, sha256: null },
    response: null,
    error: null,
    startedAt: Date.now(),
    durationMs: 0,
  };
  const host = outgoing.url.host;

  return new Promise<Exchange>((resolve) => {
    let settled = false;
    let answered = false;
    const wakeWriter: (() => void)[] = [];
    const stopWriting = () => wakeWriter.splice(0).forEach((wake) => wake());
    let client: ClientRequest;

    const settle = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      stopWriting();
      exchange.durationMs = since();
      // An unfinished request body leaves the connection unusable; either way it is not reused.
      client.destroy();
      resolve(exchange);
    };
    const fail = (error: unknown, phase: string) => {
      if (settled) return;
      exchange.error ??= describeTransportError(error, { host, phase });
      settle();
    };
    const timer = setTimeout(() => {
      const phase = exchange.response ? "while the response body was being read" : "before any response";
      exchange.error ??= { code: "TIMEOUT", message: `no complete answer within ${outgoing.timeoutMs} ms (${phase})` };
      settle();
    }, outgoing.timeoutMs);

    const make = outgoing.url.protocol === "https:" ? httpsRequest : httpRequest;
    client = make(outgoing.url, { method: outgoing.method, headers, agent: false });

    client.on("response", (res) => {
      answered = true;
      stopWriting();
      exchange.response = readResponse(res, { since, decodeSse: Boolean(outgoing.decodeSse), hash: Boolean(outgoing.hashResponse), maxEvents: outgoing.maxEvents }, {
        done: settle,
        fail: (error, phase) => fail(error, phase),
        cut: (code, message) => {
          exchange.error ??= { code, message };
          settle();
        },
        settled: () => settled,
      });
    });

    client.on("error", (error) => {
      // Writes failing after the answer arrived (the edge refused the body and closed) are expected.
      if (answered) return;
      const phase = exchange.request.bodyComplete
        ? "before any response"
        : `while the request body was being sent (after ${exchange.request.sentBytes} of ${outgoing.body?.size ?? 0} bytes)`;
      fail(error, phase);
    });

    const pump = async () => {
      const body = outgoing.body;
      if (!body) {
        client.end();
        return;
      }
      const hash = outgoing.hashBody ? createHash("sha256") : null;
      if (outgoing.earlyAnswerWaitMs) {
        client.flushHeaders();
        await new Promise<void>((wake) => {
          const timer = setTimeout(done, outgoing.earlyAnswerWaitMs);
          function done() {
            clearTimeout(timer);
            wake();
          }
          wakeWriter.push(done);
        });
        wakeWriter.length = 0;
      }
      for await (const chunk of body.chunks()) {
        if (answered || settled) return;
        hash?.update(chunk);
        exchange.request.sentBytes += chunk.byteLength;
        if (!client.write(chunk)) {
          await new Promise<void>((wake) => {
            const done = () => {
              client.off("drain", done);
              client.off("close", done);
              wake();
            };
            wakeWriter.push(done);
            client.on("drain", done);
            client.on("close", done);
          });
          wakeWriter.length = 0;
        }
      }
      if (answered || settled) return;
      exchange.request.sha256 = hash ? hash.digest("hex") : null;
      exchange.request.bodyComplete = true;
      client.end();
    };
    pump().catch((error) => fail(error, "while producing the request body"));
  });
}
