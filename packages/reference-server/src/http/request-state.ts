/**
 * What the pipeline knows about one request while handling it. Response headers are
 * gathered in a plain object that becomes the reply's headers (respond.ts): on Node they are
 * written as they are, without ever building a `Headers` object.
 */
import type { RequestBody } from "./request-body.ts";

/** What record mode keeps of a platform-wire call (handle-platform.ts): names and versions, never prompt text or credentials. */
export interface PlatformRecord {
  name: "bedrock" | "vertex" | "foundry";
  /** The platform operationId, the first-party path passed through, or "not-served". */
  operation: string;
  /** The scheme that authenticated the call, or null when it was refused. */
  auth: "sigv4" | "bearer" | "api-key" | null;
  /** SigV4: the headers the verified signature covers. */
  signed_headers?: string[];
  /** The platform body as received: its top-level keys and the version, beta, stream and model fields. */
  body?: {
    keys: string[];
    anthropic_version: string | null;
    anthropic_beta: string[] | null;
    stream: boolean | null;
    model: string | null;
  };
}

export interface RequestState {
  readonly requestId: string;
  /** Headers every answer to this request carries: request-id, organization, rate limits, CORS. */
  readonly headers: Record<string, string>;
  /** The request body as the handlers must read it (tapped when recording). */
  readonly body: RequestBody;
  /** Writes the headers that depend on the whole request (rate limits) just before the answer is built. */
  readonly finalize: (state: RequestState) => void;
  /** Rate-limit owner: a digest of the API key, or "anonymous" before authentication. */
  owner: string;
  /** The `anthropic-version` in effect, once checked. */
  version: string;
  /** Set for calls on a platform wire (Bedrock, Vertex, Foundry). */
  platform?: PlatformRecord;
}

export function createRequestState(
  requestId: string,
  organizationId: string,
  body: RequestBody,
  finalize: (state: RequestState) => void,
): RequestState {
  return {
    requestId,
    headers: { "request-id": requestId, "anthropic-organization-id": organizationId },
    body,
    finalize,
    owner: "anonymous",
    version: "",
  };
}
