/**
 * API-key authentication: `x-api-key: <key>` (0.x SDKs) or `Authorization: Bearer <key>`
 * (1.x SDKs); when both are present the API uses `x-api-key` (spec securitySchemes).
 */
import type { RequestHeaders } from "./request-headers.ts";
import { ApiError } from "./api-error.ts";
import { constantTimeEqual } from "./constant-time.ts";

export interface Credential {
  readonly scheme: "x-api-key" | "bearer";
  readonly key: string;
}

export function readCredential(headers: RequestHeaders): Credential | undefined {
  const apiKey = headers.get("x-api-key");
  if (apiKey !== null && apiKey.trim() !== "") return { scheme: "x-api-key", key: apiKey.trim() };
  const authorization = headers.get("authorization");
  if (authorization !== null) {
    const match = /^Bearer[ \t]+(\S.*)$/i.exec(authorization.trim());
    if (match) return { scheme: "bearer", key: match[1]!.trim() };
  }
  return undefined;
}

/** Returns the accepted key, or throws the 401 envelope. Every configured key is compared, whatever matches first. */
export function authenticate(headers: RequestHeaders, accepted: readonly string[] | "any"): string {
  const credential = readCredential(headers);
  if (!credential) {
    throw new ApiError(401, "x-api-key header is required");
  }
  if (accepted === "any") return credential.key;
  let ok = false;
  for (const key of accepted) ok = constantTimeEqual(credential.key, key) || ok;
  if (!ok) throw new ApiError(401, credential.scheme === "x-api-key" ? "invalid x-api-key" : "invalid authorization token");
  return credential.key;
}
