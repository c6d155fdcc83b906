/**
 * Cloud platforms' error shapes, read as the API's error envelope so that every platform's
 * errors become the same typed errors (`RateLimitError`, `BadRequestError`, …). The class
 * still follows the HTTP status, as for the first-party API; the envelope's `type` is the
 * API's name for that kind, and the platform's own name is kept in the message and the body.
 */
import type { ErrorEnvelope } from "./platform.ts";

/** The API's error type for an HTTP status a platform answered with. */
export function typeForStatus(status: number): string | null {
  if (status === 400 || status === 409 || status === 422) return "invalid_request_error";
  if (status === 401) return "authentication_error";
  if (status === 403) return "permission_error";
  if (status === 404) return "not_found_error";
  if (status === 408 || status === 504) return "timeout_error";
  if (status === 413) return "request_too_large";
  if (status === 429) return "rate_limit_error";
  if (status === 529) return "overloaded_error";
  if (status >= 500 || status === 424) return "api_error";
  return null;
}

/** An envelope already in the API's own shape (a model error passed through): kept as is. */
export function isApiEnvelope(body: unknown): boolean {
  const error = (body as { error?: { type?: unknown } } | null)?.error;
  return typeof error === "object" && error !== null && typeof error.type === "string";
}

/** The envelope for a platform error: the API's type, the platform's message and name. */
export function platformEnvelope(
  type: string | null,
  message: string,
  platformError: Readonly<Record<string, unknown>>,
  requestId: string | null,
): ErrorEnvelope {
  const name = typeof platformError.name === "string" ? ` (${platformError.name})` : "";
  return {
    type: "error",
    error: { type, message: `${message}${name}` },
    ...(requestId ? { request_id: requestId } : {}),
    platform_error: platformError,
  };
}
