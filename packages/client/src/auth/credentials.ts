import { CredentialError } from "../errors/credential-error.ts";
import type { SignableRequest } from "../platforms/platform.ts";
import { MissingCredentialsError } from "../errors/missing-credentials-error.ts";
import type { Redactor } from "./redactor.ts";

/** A credential as a value, or a function that returns one (a token that rotates, a vault). */
export type Secret = string | (() => string | Promise<string>);

export interface Credentials {
  /** Sent as `x-api-key`, the header every API version and proxy accepts. `null`: none, on purpose. */
  readonly apiKey?: Secret | null | undefined;
  /** Sent as `Authorization: Bearer …` (OAuth tokens, gateways that expect Bearer). `null`: none, on purpose. */
  readonly authToken?: Secret | null | undefined;
  /** The caller sets `x-api-key` or `authorization` through `defaultHeaders` themselves. */
  readonly inHeaders?: boolean;
}

/** The credential headers for one attempt; a platform's signer (SigV4) reads the request. */
export type AuthHeaders = (request?: SignableRequest) => Record<string, string> | Promise<Record<string, string>>;

/**
 * The auth headers for one request. A static key costs nothing per request (no await);
 * a provider is called on every attempt, so a rotated token is picked up by the retry.
 */
export function createAuthHeaders(credentials: Credentials, redactor: Redactor): AuthHeaders {
  const { apiKey, authToken } = credentials;
  const header = (secret: string, bearer: boolean): Record<string, string> => {
    if (typeof secret !== "string" || secret === "") throw new CredentialError("the credential provider returned no value");
    redactor.add(secret);
    return bearer ? { authorization: `Bearer ${secret}` } : { "x-api-key": secret };
  };
  const source = apiKey ?? authToken;
  const bearer = apiKey == null;
  // Neither given (as opposed to `null`, "none on purpose"): every request would be refused,
  // so each fails here, before the network, saying what to set.
  if (apiKey === undefined && authToken === undefined && !credentials.inHeaders) {
    return () => {
      throw new MissingCredentialsError();
    };
  }
  if (source == null) return () => ({});
  if (typeof source === "string") {
    const fixed = header(source, bearer);
    return () => fixed;
  }
  return async () => header(await source(), bearer);
}
