import type { Secret } from "../auth/credentials.ts";
import type { Redactor } from "../auth/redactor.ts";
import { ClaudeError } from "../errors/claude-error.ts";

/** A `Secret`'s value for one request (a provider is asked each time), checked. */
export async function resolveSecret(secret: Secret, what: string): Promise<string> {
  const value = typeof secret === "string" ? secret : await secret();
  // The value itself is never shown: it is a credential.
  if (typeof value !== "string" || value === "") throw new ClaudeError(`${what}: the credential provider returned no value`);
  return value;
}

/** `Authorization: Bearer …` from a `Secret`, registered with the redactor. */
export async function bearer(secret: Secret, what: string, redactor: Redactor): Promise<Record<string, string>> {
  const token = await resolveSecret(secret, what);
  redactor.add(token);
  return { authorization: `Bearer ${token}` };
}
