import { ClaudeError } from "./claude-error.ts";

/**
 * The `apiKey` or `authToken` function failed (its error is the `cause`, with any known
 * secret masked) or returned no value. Nothing was sent; not retried.
 */
export class CredentialError extends ClaudeError {
  override name = "CredentialError";
}
