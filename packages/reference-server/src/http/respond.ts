/**
 * Builds responses. JSON and SSE content types are the real API's; every answer carries
 * the request's common headers, and every error the envelope with the same request id
 * as the `request-id` header (CONTRACT.md §3 items 10, 13, 14).
 */
import { ApiError } from "./api-error.ts";
import { errorBody, errorHeaders } from "./error-envelope.ts";
import type { RequestState } from "./request-state.ts";

/** The request's headers plus `extra`, with the late ones (rate limits) written in. The state's object is reused: one answer per request. */
function headersFor(state: RequestState, extra: Record<string, string> | undefined): Record<string, string> {
  state.finalize(state);
  return extra ? Object.assign(state.headers, extra) : state.headers;
}

export function jsonResponse(state: RequestState, status: number, value: unknown, extra?: Record<string, string>): Response {
  state.headers["content-type"] = "application/json";
  return new Response(JSON.stringify(value), { status, headers: headersFor(state, extra) });
}

export function streamResponse(
  state: RequestState,
  status: number,
  body: ReadableStream<Uint8Array> | Uint8Array | string,
  contentType: string,
  extra?: Record<string, string>,
): Response {
  state.headers["content-type"] = contentType;
  return new Response(body as BodyInit, { status, headers: headersFor(state, extra) });
}

export function errorResponse(state: RequestState, status: number, type: string, message: string, extra?: Record<string, string>): Response {
  Object.assign(state.headers, errorHeaders(status));
  return new Response(JSON.stringify(errorBody(type, message, state.requestId)), { status, headers: headersFor(state, extra) });
}

/**
 * Any thrown value to the envelope. Unexpected errors become 500 `api_error` with a fixed
 * message: no stack traces, local paths or internal text reach the client (§3 item 17).
 */
export function responseForError(state: RequestState, error: unknown): Response {
  if (error instanceof ApiError) return errorResponse(state, error.status, error.type, error.message, error.headers);
  if (error instanceof RangeError) {
    // Deep recursion on a hostile body; a client error, never a retryable 5xx (§3 item 18).
    return errorResponse(state, 400, "invalid_request_error", "request body is too deeply nested or too complex");
  }
  return errorResponse(state, 500, "api_error", "Internal server error");
}
