/**
 * Verifies an AWS Signature Version 4 the way AWS does: parse `Authorization`, find the
 * secret for its access key, and recompute the signature with `@smithy/signature-v4` (the
 * signer the official Bedrock SDK uses) over the method, the path and query as received,
 * exactly the headers listed in `SignedHeaders` and the body. Headers added after signing
 * (undici adds `accept-language`, `sec-fetch-mode`, `accept-encoding`) do not matter; any
 * change to a signed one, `host` included, does.
 */
import { Sha256 } from "@aws-crypto/sha256-js";
import { SignatureV4 } from "@smithy/signature-v4";
import { constantTimeEqual } from "../http/constant-time.ts";
import type { RequestHeaders } from "../http/request-headers.ts";
import type { AwsTestCredential } from "./platform-options.ts";

export interface SigV4Authorization {
  readonly accessKeyId: string;
  readonly date: string;
  readonly region: string;
  readonly service: string;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

/** Why a signature was refused; the adapter turns it into AWS's error for it. */
export type SigV4Failure =
  | "malformed"
  | "unknown-key"
  | "wrong-service"
  | "payload-hash-mismatch"
  | "signature-mismatch";

export type SigV4Result = { readonly ok: true; readonly authorization: SigV4Authorization } | { readonly ok: false; readonly failure: SigV4Failure };

const authorizationPattern =
  /^AWS4-HMAC-SHA256\s+Credential=([^/\s,]+)\/(\d{8})\/([^/\s,]+)\/([^/\s,]+)\/aws4_request\s*,\s*SignedHeaders=([a-z0-9;._-]+)\s*,\s*Signature=([0-9a-f]{64})$/i;

export function parseSigV4Authorization(value: string): SigV4Authorization | undefined {
  const m = authorizationPattern.exec(value.trim());
  if (!m) return undefined;
  return { accessKeyId: m[1]!, date: m[2]!, region: m[3]!, service: m[4]!, signedHeaders: m[5]!.toLowerCase().split(";"), signature: m[6]!.toLowerCase() };
}

/** `20261205T080000Z` → a Date, or undefined. */
function parseAmzDate(value: string | null): Date | undefined {
  const m = value ? /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value) : null;
  if (!m) return undefined;
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const hash = new Sha256();
  hash.update(bytes);
  return [...(await hash.digest())].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export interface SignedRequest {
  readonly method: string;
  /** The absolute URL as received (path and query not decoded). */
  readonly url: string;
  readonly headers: RequestHeaders;
  readonly body: Uint8Array;
}

export async function verifySigV4(request: SignedRequest, credentials: readonly AwsTestCredential[], service: string): Promise<SigV4Result> {
  const authorization = parseSigV4Authorization(request.headers.get("authorization") ?? "");
  const signingDate = parseAmzDate(request.headers.get("x-amz-date"));
  if (!authorization || !signingDate || !authorization.signedHeaders.includes("host")) return { ok: false, failure: "malformed" };
  // Every configured key is looked at, whichever matches.
  let secret: string | undefined;
  for (const credential of credentials) if (constantTimeEqual(credential.accessKeyId, authorization.accessKeyId)) secret = credential.secretAccessKey;
  if (secret === undefined) return { ok: false, failure: "unknown-key" };
  if (authorization.service !== service) return { ok: false, failure: "wrong-service" };

  const declaredHash = request.headers.get("x-amz-content-sha256");
  if (declaredHash !== null && declaredHash !== "UNSIGNED-PAYLOAD" && declaredHash.toLowerCase() !== (await sha256Hex(request.body))) {
    return { ok: false, failure: "payload-hash-mismatch" };
  }

  const url = new URL(request.url);
  const headers: Record<string, string> = {};
  for (const name of authorization.signedHeaders) {
    const value = request.headers.get(name);
    if (value === null) return { ok: false, failure: "signature-mismatch" };
    headers[name] = value;
  }
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of url.searchParams) {
    const existing = query[key];
    query[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  const sessionToken = authorization.signedHeaders.includes("x-amz-security-token") ? headers["x-amz-security-token"] : undefined;
  const signer = new SignatureV4({
    credentials: { accessKeyId: authorization.accessKeyId, secretAccessKey: secret, ...(sessionToken ? { sessionToken } : {}) },
    region: authorization.region,
    service: authorization.service,
    sha256: Sha256,
    // Only add the payload-hash header when the client signed one.
    applyChecksum: authorization.signedHeaders.includes("x-amz-content-sha256"),
  });
  const signed = await signer.sign(
    {
      method: request.method,
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      path: url.pathname,
      query,
      headers,
      body: request.body,
    },
    { signingDate, signingRegion: authorization.region, signingService: authorization.service, signableHeaders: new Set(authorization.signedHeaders) },
  );
  const expected = parseSigV4Authorization(String(signed.headers.authorization ?? signed.headers.Authorization ?? ""));
  const sameHeaders = expected?.signedHeaders.join(";") === authorization.signedHeaders.join(";");
  if (!expected || !sameHeaders || !constantTimeEqual(expected.signature, authorization.signature)) return { ok: false, failure: "signature-mismatch" };
  return { ok: true, authorization };
}
