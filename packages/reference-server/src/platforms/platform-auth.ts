/**
 * Each platform's authentication, checked before anything else, answered with the
 * platform's own gateway errors: Bedrock SigV4 (recomputed, see sigv4-verify.ts) or a
 * Bedrock API key as Bearer; Vertex a Google access token as Bearer; Foundry a resource key
 * in `api-key` / `x-api-key` or an Entra token as Bearer. Which credentials are accepted is
 * the `platforms` option. No credential ever appears in an error.
 */
import { platforms, type PlatformName } from "@claude-spec/contract";
import { constantTimeEqual } from "../http/constant-time.ts";
import type { RequestHeaders } from "../http/request-headers.ts";
import type { ResolvedPlatformOptions } from "./platform-options.ts";
import { GatewayError } from "./platform-reply.ts";
import { verifySigV4, type SignedRequest, type SigV4Failure } from "./sigv4-verify.ts";

export interface PlatformPrincipal {
  readonly scheme: "sigv4" | "bearer" | "api-key";
  /** Who is calling (access key id or the token): keys the rate limiter, never logged. */
  readonly key: string;
  /** SigV4: the headers the signature covers (the record keeps them). */
  readonly signedHeaders?: readonly string[];
}

function accepted(value: string, allowed: readonly string[] | "any"): boolean {
  if (value === "") return false;
  if (allowed === "any") return true;
  let ok = false;
  for (const candidate of allowed) ok = constantTimeEqual(value, candidate) || ok;
  return ok;
}

function bearerOf(headers: RequestHeaders): string | undefined {
  const match = /^Bearer[ \t]+(\S.*)$/i.exec(headers.get("authorization")?.trim() ?? "");
  return match ? match[1]!.trim() : undefined;
}

const sigv4Errors: Readonly<Record<SigV4Failure, [string, string]>> = {
  malformed: ["IncompleteSignatureException", "Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' (with host) parameters and an 'X-Amz-Date' header."],
  "unknown-key": ["UnrecognizedClientException", "The security token included in the request is invalid."],
  "wrong-service": ["InvalidSignatureException", `Credential should be scoped to correct service: '${platforms.bedrock.sigv4Service}'.`],
  "payload-hash-mismatch": ["InvalidSignatureException", "The provided 'x-amz-content-sha256' header does not match what was computed."],
  "signature-mismatch": [
    "InvalidSignatureException",
    "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.",
  ],
};

async function bedrock(options: ResolvedPlatformOptions["bedrock"], request: SignedRequest): Promise<PlatformPrincipal> {
  const authorization = request.headers.get("authorization") ?? "";
  if (/^AWS4-HMAC-SHA256\s/i.test(authorization)) {
    const result = await verifySigV4(request, options.credentials, platforms.bedrock.sigv4Service!);
    if (!result.ok) throw new GatewayError(403, sigv4Errors[result.failure][1], sigv4Errors[result.failure][0]);
    return { scheme: "sigv4", key: result.authorization.accessKeyId, signedHeaders: result.authorization.signedHeaders };
  }
  const bearer = bearerOf(request.headers);
  if (bearer === undefined) throw new GatewayError(403, "Missing Authentication Token", "MissingAuthenticationTokenException");
  if (!accepted(bearer, options.apiKeys)) throw new GatewayError(403, "Authentication failed: the Bedrock API key is not valid.", "UnrecognizedClientException");
  return { scheme: "bearer", key: bearer };
}

function vertex(options: ResolvedPlatformOptions["vertex"], headers: RequestHeaders): PlatformPrincipal {
  const bearer = bearerOf(headers);
  if (bearer === undefined || !accepted(bearer, options.tokens)) {
    throw new GatewayError(401, "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.");
  }
  return { scheme: "bearer", key: bearer };
}

const apimDenied = "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.";

function foundry(options: ResolvedPlatformOptions["foundry"], headers: RequestHeaders): PlatformPrincipal {
  const key = headers.get("api-key") ?? headers.get("x-api-key");
  if (key !== null) {
    if (!accepted(key.trim(), options.apiKeys)) throw new GatewayError(401, apimDenied);
    return { scheme: "api-key", key: key.trim() };
  }
  const bearer = bearerOf(headers);
  if (bearer === undefined || !accepted(bearer, options.tokens)) throw new GatewayError(401, apimDenied);
  return { scheme: "bearer", key: bearer };
}

/** Checks the request's credentials for `platform`; `request.body` matters only to SigV4. */
export async function authenticatePlatform(options: ResolvedPlatformOptions, platform: PlatformName, request: SignedRequest): Promise<PlatformPrincipal> {
  if (platform === "bedrock") return bedrock(options.bedrock, request);
  if (platform === "vertex") return vertex(options.vertex, request.headers);
  return foundry(options.foundry, request.headers);
}
