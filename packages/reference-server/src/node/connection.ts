/**
 * Node-level parts of the contract that a web-standard handler cannot reach: a real TCP
 * reset for the reset fault, and the error envelope for requests Node's HTTP parser
 * rejects before any handler runs (oversized or malformed headers, bad framing).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { Duplex } from "node:stream";
import { errorTypeFor, shouldRetry } from "../http/api-error.ts";
import { errorBody } from "../http/error-envelope.ts";
import { requestId } from "../http/ids.ts";

/** Resets the connection once what was written so far has left the process. */
export async function resetConnection(outgoing: ServerResponse): Promise<void> {
  const socket = outgoing.socket as Socket | null;
  if (!socket || socket.destroyed) return;
  for (let i = 0; i < 200 && socket.writableLength > 0; i++) await new Promise((r) => setTimeout(r, 5));
  // A moment for the kernel to send it: a reset discards anything still queued.
  await new Promise((r) => setTimeout(r, 20));
  if (typeof socket.resetAndDestroy === "function") socket.resetAndDestroy();
  else socket.destroy();
}

export function rawResponse(status: number, reason: string, message: string, organizationId: string): string {
  const id = requestId();
  const body = JSON.stringify(errorBody(errorTypeFor(status), message, id));
  return (
    `HTTP/1.1 ${status} ${reason}\r\n` +
    `content-type: application/json\r\n` +
    `content-length: ${Buffer.byteLength(body)}\r\n` +
    `request-id: ${id}\r\n` +
    `anthropic-organization-id: ${organizationId}\r\n` +
    `x-should-retry: ${shouldRetry(status)}\r\n` +
    `connection: close\r\n\r\n${body}`
  );
}

/** Answers what the HTTP parser refused with the envelope, then closes the connection. */
export function answerClientError(error: Error & { code?: string }, socket: Duplex, organizationId: string): void {
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  let response: string;
  if (error.code === "HPE_HEADER_OVERFLOW") {
    response = rawResponse(413, "Request Entity Too Large", "request headers are too large", organizationId);
  } else if (error.code === "ERR_HTTP_REQUEST_TIMEOUT" || error.code === "ERR_HTTP_HEADERS_TIMEOUT") {
    response = rawResponse(408, "Request Timeout", "request was not received in time", organizationId);
  } else {
    response = rawResponse(400, "Bad Request", "malformed HTTP request", organizationId);
  }
  socket.end(response);
  socket.once("finish", () => socket.destroy());
}

/**
 * More header fields than `limit`. Node keeps at most `maxHeadersCount` fields and drops the
 * rest without a word, so the server sets that to `limit + 1`: a request that still has more
 * than `limit` had more, and is refused (431) rather than served with headers missing.
 */
export function tooManyHeaders(request: IncomingMessage, limit: number): boolean {
  return request.rawHeaders.length / 2 > limit;
}

/** HTTP/1.1 requires a Host header; Node would answer its absence with a bare 400, so we answer with the envelope. */
export function missingHost(request: IncomingMessage): boolean {
  return request.httpVersion === "1.1" && !request.headers.host;
}

/** Answers on a response object with the envelope, for the few cases Node itself would otherwise answer. */
export function answerEnvelope(response: ServerResponse, status: number, message: string, organizationId: string): void {
  const id = requestId();
  const body = JSON.stringify(errorBody(errorTypeFor(status), message, id));
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    "request-id": id,
    "anthropic-organization-id": organizationId,
    "x-should-retry": String(shouldRetry(status)),
    connection: "close",
  });
  response.end(body);
}
