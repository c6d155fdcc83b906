import { ClaudeError } from "./claude-error.ts";

/** No response arrived: DNS, refused or reset connections, TLS failures. Retried by default. */
export class ConnectionError extends ClaudeError {
  override name = "ConnectionError";
}
