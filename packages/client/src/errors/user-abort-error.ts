import { ClaudeError } from "./claude-error.ts";

/** The caller's `signal` aborted the request, or `abort()` was called on a stream. */
export class UserAbortError extends ClaudeError {
  override name = "UserAbortError";
}
