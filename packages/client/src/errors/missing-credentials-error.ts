import { ClaudeError } from "./claude-error.ts";

/** What every missing-credentials message says: where a key goes, and how to send none on purpose. */
export const missingCredentialsHelp =
  "no API key or auth token: pass `apiKey` (sent as x-api-key) or `authToken` (sent as Authorization: Bearer) " +
  "to createClient, or set ANTHROPIC_API_KEY or ANTHROPIC_AUTH_TOKEN in the environment " +
  "(@claude-spec/node and @claude-spec/deno read them). To send no credentials on purpose " +
  "(a proxy that adds its own), pass `apiKey: null`.";

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
