/**
 * The error envelope, `{"type":"error","error":{"type","message"},"request_id"}`, exactly
 * as every error path must send it (CONTRACT.md §1.3, §3 item 14).
 */
import { shouldRetry } from "./api-error.ts";

export interface ErrorBody {
  readonly type: "error";
  readonly error: { readonly type: string; readonly message: string; readonly details?: unknown };
  readonly request_id: string;
}

export function errorBody(type: string, message: string, requestId: string, details?: unknown): ErrorBody {
  const error = details === undefined ? { type, message } : { type, message, details };
  return { type: "error", error, request_id: requestId };
}

/** Headers every error response carries besides the common ones. */
export function errorHeaders(status: number): Record<string, string> {
  return {
    "content-type": "application/json",
    "x-should-retry": String(shouldRetry(status)),
  };
}
