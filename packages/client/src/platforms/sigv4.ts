/**
 * AWS Signature Version 4 for one request, by `aws4fetch` (WebCrypto: every runtime). The
 * service and region are always given: on a gateway or loopback host aws4fetch could not
 * guess them from the host name. What is signed is the request as it will be sent (method,
 * URL, headers, body), so a retry is signed again with a fresh date. aws4fetch is loaded on
 * the first signature, so importing the client does not load it.
 */
import type { AwsV4Signer } from "aws4fetch";
import { ClaudeError } from "../errors/claude-error.ts";
import type { Redactor } from "../auth/redactor.ts";
import type { SignableRequest } from "./platform.ts";

export interface AwsCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string | undefined;
}

/** Resolves credentials for each request: a role's rotating keys, a vault, an SDK provider chain. */
export type AwsCredentialsProvider = () => AwsCredentials | Promise<AwsCredentials>;

/** Headers a previous attempt's signature left on the request: never signed into the next. */
const previous = new Set(["authorization", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256"]);

export interface SigV4Signer {
  sign(request: SignableRequest, redactor: Redactor): Promise<Record<string, string>>;
}

export function createSigV4Signer(credentials: AwsCredentials | AwsCredentialsProvider, region: string, service: string): SigV4Signer {
  // The derived signing keys, by date and scope: aws4fetch's cache, kept across requests.
  const cache = new Map<string, ArrayBuffer>();
  let Signer: typeof AwsV4Signer | null = null;
  return {
    async sign(request, redactor) {
      const resolved = typeof credentials === "function" ? await credentials() : credentials;
      if (!resolved || typeof resolved.accessKeyId !== "string" || !resolved.accessKeyId || typeof resolved.secretAccessKey !== "string" || !resolved.secretAccessKey) {
        throw new ClaudeError("bedrock: the AWS credentials have no accessKeyId or secretAccessKey");
      }
      const { accessKeyId, secretAccessKey, sessionToken } = resolved;
      redactor.add(secretAccessKey);
      if (sessionToken) redactor.add(sessionToken);
      const headers: Record<string, string> = {};
      for (const name in request.headers) if (!previous.has(name)) headers[name] = request.headers[name]!;
      Signer ??= (await import("./lazy/aws-v4-signer.ts")).AwsV4Signer;
      const signer = new Signer({
        method: request.method,
        url: request.url,
        headers,
        body: request.body as string | null,
        accessKeyId,
        secretAccessKey,
        sessionToken,
        service,
        region,
        cache,
      });
      const signed = await signer.sign();
      const out: Record<string, string> = {
        authorization: signed.headers.get("authorization")!,
        "x-amz-date": signed.headers.get("x-amz-date")!,
      };
      if (sessionToken) out["x-amz-security-token"] = sessionToken;
      return out;
    },
  };
}
