import { APIError } from "./api-error.ts";
import { AuthenticationError } from "./authentication-error.ts";
import { BadRequestError } from "./bad-request-error.ts";
import { BillingError } from "./billing-error.ts";
import { ConflictError } from "./conflict-error.ts";
import { GatewayTimeoutError } from "./gateway-timeout-error.ts";
import { InternalServerError } from "./internal-server-error.ts";
import { NotFoundError } from "./not-found-error.ts";
import { OverloadedError } from "./overloaded-error.ts";
import { PermissionDeniedError } from "./permission-denied-error.ts";
import { RateLimitError } from "./rate-limit-error.ts";
import { RequestTooLargeError } from "./request-too-large-error.ts";

type ApiErrorClass = typeof APIError;

/**
 * The documented kinds: status, `error.type`, class (https://platform.claude.com/docs/en/api/errors).
 * One list read both ways: by status, and by type for errors that arrive without a status
 * (mid-stream).
 */
const kinds: readonly (readonly [number, string, ApiErrorClass])[] = [
  [400, "invalid_request_error", BadRequestError],
  [401, "authentication_error", AuthenticationError],
  [402, "billing_error", BillingError],
  [403, "permission_error", PermissionDeniedError],
  [404, "not_found_error", NotFoundError],
  [409, "conflict_error", ConflictError],
  [413, "request_too_large", RequestTooLargeError],
  [429, "rate_limit_error", RateLimitError],
  [500, "api_error", InternalServerError],
  [504, "timeout_error", GatewayTimeoutError],
  [529, "overloaded_error", OverloadedError],
];

/**
 * The class for an error: by status when there is one (the status is what proxies and the
 * retry policy act on), by type otherwise, and `APIError` itself for kinds not known here.
 */
export function errorClassFor(status: number | null, type: string | null): ApiErrorClass {
  if (status !== null) {
    const known = kinds.find((kind) => kind[0] === status);
    if (known) return known[2];
    if (status >= 500) return InternalServerError;
  }
  return kinds.find((kind) => kind[1] === type)?.[2] ?? APIError;
}
