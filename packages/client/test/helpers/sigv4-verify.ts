/**
 * Verifies a request's SigV4 signature with `@smithy/signature-v4` (the signer AWS's own
 * SDKs use), recomputing it over exactly the headers the request says it signed.
 */
import { Sha256 } from "@aws-crypto/sha256-js";
import { SignatureV4 } from "@smithy/signature-v4";
import type { IncomingHttpHeaders } from "node:http";

export interface Received {
  readonly method: string;
  /** The raw request target: path and query, as sent. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export type Verdict = { ok: true; accessKeyId: string; region: string; service: string; signedHeaders: string[] } | { ok: false; reason: string };

export async function verifySigV4(req: Received, secrets: Readonly<Record<string, string>>): Promise<Verdict> {
  const auth = String(req.headers.authorization ?? "");
  const match = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(auth);
  if (!match) return { ok: false, reason: "no SigV4 authorization header" };
  const [, accessKeyId, , region, service, signed, signature] = match as unknown as string[];
  const secretAccessKey = secrets[accessKeyId!];
  if (!secretAccessKey) return { ok: false, reason: "unknown access key" };
  const signedHeaders = signed!.split(";");
  const headers: Record<string, string> = {};
  for (const name of signedHeaders) headers[name] = String(req.headers[name] ?? "");
  const [path, query = ""] = req.url.split("?");
  const amzDate = String(req.headers["x-amz-date"] ?? "");
  const date = new Date(`${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`);
  const sessionToken = req.headers["x-amz-security-token"] as string | undefined;
  const signer = new SignatureV4({ credentials: { accessKeyId: accessKeyId!, secretAccessKey, sessionToken }, region: region!, service: service!, sha256: Sha256, applyChecksum: false });
  const [hostname, port] = String(req.headers.host).split(":");
  const result = await signer.sign(
    {
      method: req.method,
      protocol: "http:",
      hostname: hostname!,
      port: port ? Number(port) : undefined,
      path: path!,
      query: Object.fromEntries(new URLSearchParams(query)),
      headers,
      body: req.body,
    },
    { signingDate: date },
  );
  const expected = /Signature=([0-9a-f]{64})/.exec(String(result.headers.authorization))?.[1];
  return expected === signature ? { ok: true, accessKeyId: accessKeyId!, region: region!, service: service!, signedHeaders } : { ok: false, reason: "signature mismatch" };
}
