/**
 * Builds replies. JSON and SSE content types are the real API's; every answer carries the
 * request's common headers, and every error the envelope with the same request id as the
 * `request-id` header (CONTRACT.md §3 items 10, 13, 14).
 */
import { ApiError } from "./api-error.ts";
import { errorBody, errorHeaders } from "./error-envelope.ts";
import type { Reply } from "./reply.ts";
import type { RequestState } from "./request-state.ts";

/** The request's headers plus `extra`, with the late ones (rate limits) written in. The state's object is reused: one answer per request. */
function headersFor(state: RequestState, extra: Record<string, string> | undefined): Record<string, string> {
  state.finalize(state);
  return extra ? Object.assign(state.headers, extra) : state.headers;
}

export function jsonReply(state: RequestState, status: number, value: unknown, extra?: Record<string, string>): Reply {
  state.headers["content-type"] = "application/json";
  return { status, headers: headersFor(state, extra), body: JSON.stringify(value) };
}

export function streamReply(
  state: RequestState,
  status: number,
  body: ReadableStream<Uint8Array> | Uint8Array | string,
  contentType: string,
  extra?: Record<string, string>,
): Reply {
  state.headers["content-type"] = contentType;
  return { status, headers: headersFor(state, extra), body };
}

export function errorReply(state: RequestState, status: number, type: string, message: string, extra?: Record<string, string>): Reply {
  Object.assign(state.headers, errorHeaders(status));
  return { status, headers: headersFor(state, extra), body: JSON.stringify(errorBody(type, message, state.requestId)) };
}

/**
 * Any thrown value to the envelope. Unexpected errors become 500 `api_error` with a fixed
 * message: no stack traces, local paths or internal text reach the client (§3 item 17).
 */
export function replyForError(state: RequestState, error: unknown): Reply {
  if (error instanceof ApiError) return errorReply(state, error.status, error.type, error.message, error.headers);
  if (error instanceof RangeError) {
    // Deep recursion on a hostile body; a client error, never a retryable 5xx (§3 item 18).
    return errorReply(state, 400, "invalid_request_error", "request body is too deeply nested or too complex");
  }
  return errorReply(state, 500, "api_error", "Internal server error");
}
