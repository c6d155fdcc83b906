/**
 * How long to wait before the next attempt: pure functions of response headers and the
 * attempt number, so they are tested without clocks.
 */

/**
 * The wait a response asks for, in milliseconds: `retry-after-ms` first (the Claude API's
 * own, finer header), then `retry-after` as delay-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Null when neither header is usable.
 */
export function parseRetryAfter(headers: Headers, now: number = Date.now()): number | null {
  const ms = headers.get("retry-after-ms");
  if (ms !== null && /^\s*\d+(\.\d+)?\s*$/.test(ms)) return Number(ms);
  const value = headers.get("retry-after");
  if (value === null) return null;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value) * 1000;
  // Every HTTP-date form names a month; this keeps Date.parse from reading "-5" as a year.
  const date = /[a-z]{3}/i.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

export interface BackoffOptions {
  /** The first wait, in ms. @default 500 */
  readonly initialDelay?: number;
  /** The longest wait, in ms. @default 8000 */
  readonly maxDelay?: number;
}

/**
 * Capped exponential backoff with jitter: 0.5 s, 1 s, 2 s… up to 8 s, each shortened by up
 * to a quarter at random so that clients which failed together do not retry together.
 * `retry` counts from 0; `random` is injectable for tests.
 */
export function backoffDelay(retry: number, options: BackoffOptions = {}, random: () => number = Math.random): number {
  const { initialDelay = 500, maxDelay = 8000 } = options;
  const base = Math.min(maxDelay, initialDelay * 2 ** retry);
  return base * (1 - 0.25 * random());
}
