import { ClaudeError } from "./claude-error.ts";

/**
 * A redirect the client will not follow: more than 5 hops (a loop), a `Location` that is not
 * a URL, a redirect this runtime hides the target of, or one that would send a one-shot body
 * twice. Final: another attempt would meet the same redirect, so it is not retried.
 */
export class RedirectError extends ClaudeError {
  override name = "RedirectError";
}
