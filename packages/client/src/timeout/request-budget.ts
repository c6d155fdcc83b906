import { TimeoutError } from "../errors/timeout-error.ts";

/**
 * What sending a request needs from its time budget: the signal handed to `fetch`, the
 * typed error that ended the request (if one did), the time left for retries, and a way to
 * say the request is over. `RequestControl` (one request, abortable on its own) and
 * `sharedBudget` (a deadline shared by calls started together) both provide it.
 */
export interface RequestBudget {
  readonly signal: AbortSignal;
  /** The typed error the request was aborted with, or null while it has not been. */
  readonly reason: Error | null;
  /** Milliseconds left in the budget. */
  remaining(): number;
  /** The request is over: stop its timers and let go of what it follows. Idempotent. */
  dispose(): void;
}

/** The error of a spent budget, worded alike for every kind of budget. */
export const timedOut = (timeout: number): TimeoutError => new TimeoutError(`request timed out after ${timeout} ms`);
