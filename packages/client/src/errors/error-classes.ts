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

/** The documented status → class table (https://platform.claude.com/docs/en/api/errors). */
const byStatus: Record<number, ApiErrorClass> = {
  400: BadRequestError,
  401: AuthenticationError,
  402: BillingError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  413: RequestTooLargeError,
  429: RateLimitError,
  500: InternalServerError,
  504: GatewayTimeoutError,
  529: OverloadedError,
};

/** The same kinds by `error.type`, for errors that arrive without a status (mid-stream). */
const byType: Record<string, ApiErrorClass> = {
  invalid_request_error: BadRequestError,
  authentication_error: AuthenticationError,
  billing_error: BillingError,
  permission_error: PermissionDeniedError,
  not_found_error: NotFoundError,
  conflict_error: ConflictError,
  request_too_large: RequestTooLargeError,
  rate_limit_error: RateLimitError,
  api_error: InternalServerError,
  timeout_error: GatewayTimeoutError,
  overloaded_error: OverloadedError,
};

/**
 * The class for an error: by status when there is one (the status is what proxies and the
 * retry policy act on), by type otherwise, and `APIError` itself for kinds not known here.
 */
export function errorClassFor(status: number | null, type: string | null): ApiErrorClass {
  if (status !== null) {
    const known = byStatus[status];
    if (known) return known;
    if (status >= 500) return InternalServerError;
  }
  return (type !== null && Object.hasOwn(byType, type) ? byType[type] : undefined) ?? APIError;
}
