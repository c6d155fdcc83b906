import { APIError } from "./api-error.ts";

/** 429 `rate_limit_error`: slow down; `retryAfter` says how long when the server said so. */
export class RateLimitError extends APIError {
  override name = "RateLimitError";
}
