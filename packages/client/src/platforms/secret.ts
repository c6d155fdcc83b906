import type { Secret } from "../auth/credentials.ts";
import { ClaudeError } from "../errors/claude-error.ts";

/** A `Secret`'s value for one request (a provider is asked each time), checked. */
export async function resolveSecret(secret: Secret, what: string): Promise<string> {
  const value = typeof secret === "string" ? secret : await secret();
  // The value itself is never shown: it is a credential.
  if (typeof value !== "string" || value === "") throw new ClaudeError(`${what}: the credential provider returned no value`);
  return value;
}
