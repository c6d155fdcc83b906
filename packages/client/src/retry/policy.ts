/**
 * Which failures are worth another attempt. The policy is the Claude API's own, as its
 * official SDKs apply it: the server's `x-should-retry` wins; otherwise retry 408 (timeout),
 * 409 (lock conflict), 429 (rate limit) and every 5xx including 529 (overloaded).
 * POSTs are retried too: the API does not act on a request that failed with these statuses.
 */
export function isRetryableStatus(status: number, headers: Headers): boolean {
  const override = headers.get("x-should-retry");
  if (override === "true") return true;
  if (override === "false") return false;
  return status === 408 || status === 409 || status === 429 || status >= 500;
}
