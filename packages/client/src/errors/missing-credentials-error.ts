import { ClaudeError } from "./claude-error.ts";

/** What every missing-credentials message says: where a key goes, and how to send none on purpose. */
export const missingCredentialsHelp =
  "no credentials: pass `apiKey` or `authToken`, or set ANTHROPIC_API_KEY or ANTHROPIC_AUTH_TOKEN " +
  "(node, deno); `apiKey: null` sends none on purpose.";

/**
 * A request to the API would have gone out with no credentials at all. Thrown before any
 * network I/O, so nothing is sent that the API can only refuse.
 */
export class MissingCredentialsError extends ClaudeError {
  override name = "MissingCredentialsError";

  constructor(message: string = missingCredentialsHelp) {
    super(message);
  }
}
