/**
 * What each platform puts around an answer of the shared core: its request-id headers in
 * place of Anthropic's, none of Anthropic's organisation and rate-limit headers, and its
 * error bodies. Errors raised in front of the model (auth, routing, quota) take the
 * platform's gateway shape; errors from the model keep the Anthropic envelope on Vertex and
 * Foundry, while Bedrock answers every error the AWS way (`{"message"}` + `x-amzn-errortype`).
 */
import { platforms, type PlatformName } from "@claude-spec/contract";
import { ApiError } from "../http/api-error.ts";
import { seededBytes } from "../http/ids.ts";
import type { Reply } from "../http/reply.ts";
import type { RequestState } from "../http/request-state.ts";

/** An error of the platform's own gateway, answered in its shape. `code` is the AWS exception name on Bedrock. */
export class GatewayError extends ApiError {
  constructor(
    status: number,
    message: string,
    readonly code?: string,
  ) {
    super(status, message);
  }
}

/** A UUID-shaped id derived from the request id, as AWS and Azure send theirs. */
export function platformRequestId(requestId: string, salt: string): string {
  const hex = [...seededBytes(`${salt}:${requestId}`, 16)].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const anthropicOnly = /^(request-id|anthropic-organization-id|anthropic-ratelimit-.*|x-should-retry|retry-after-ms)$/;

/** The core's headers with Anthropic's own replaced by the platform's. */
export function platformHeaders(platform: PlatformName, headers: Record<string, string>, state: RequestState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    // Foundry is Anthropic-hosted behind Azure: `request-id` stays; rate-limit headers do not (D-FD).
    if (platform === "foundry" ? /^(anthropic-organization-id|anthropic-ratelimit-.*)$/.test(name) : anthropicOnly.test(name)) continue;
    out[name] = value;
  }
  if (platform === "bedrock") out["x-amzn-requestid"] = platformRequestId(state.requestId, "aws");
  if (platform === "foundry") out["apim-request-id"] = platformRequestId(state.requestId, "apim");
  return out;
}

/** Statuses AWS does not use, moved to the one Bedrock answers with instead (x-platform.statusMap). */
const bedrockStatus: Readonly<Record<string, number>> = platforms.bedrock.statusMap;

function bedrockExceptionFor(status: number): string {
  const byStatus = Object.entries(platforms.bedrock.exceptions).find(([, s]) => s === status);
  return byStatus ? byStatus[0] : status >= 500 ? "InternalServerException" : "ValidationException";
}

const googleStatus: Readonly<Record<number, string>> = {
  400: "INVALID_ARGUMENT",
  401: "UNAUTHENTICATED",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
  408: "DEADLINE_EXCEEDED",
  409: "ABORTED",
  413: "INVALID_ARGUMENT",
  429: "RESOURCE_EXHAUSTED",
  500: "INTERNAL",
  503: "UNAVAILABLE",
  504: "DEADLINE_EXCEEDED",
};

function awsError(reply: Reply, status: number, message: string, code: string | undefined, headers: Record<string, string>): Reply {
  const name = code ?? bedrockExceptionFor(status);
  delete headers["retry-after"];
  headers["content-type"] = "application/json";
  headers["x-amzn-errortype"] = `${name}:http://internal.amazon.com/coral/com.amazon.bedrock/`;
  return { status, headers, body: JSON.stringify({ message }) };
}

/** Where an error came from: the platform's gateway (auth, routing, quota) or the model behind it. */
export type ErrorLayer = "gateway" | "model";

/**
 * Re-shapes an error reply of the core (the Anthropic envelope) for the platform. `layer`
 * says whether the platform's gateway or the model raised it; a 429 is always the gateway's
 * quota answer on Vertex.
 */
export function platformErrorReply(platform: PlatformName, reply: Reply, state: RequestState, layer: ErrorLayer, code?: string): Reply {
  let envelope: { error?: { type?: string; message?: string } } = {};
  try {
    envelope = JSON.parse(String(reply.body));
  } catch {
    // Not an envelope (a replayed body): answered as it is, with the platform's headers.
  }
  const message = envelope.error?.message ?? "";
  const headers = platformHeaders(platform, reply.headers, state);
  if (platform === "bedrock") {
    const status = bedrockStatus[reply.status] ?? reply.status;
    return awsError(reply, status, message, code, headers);
  }
  if (platform === "vertex" && (layer === "gateway" || reply.status === 429)) {
    headers["content-type"] = "application/json; charset=UTF-8";
    const status = reply.status === 529 ? 503 : reply.status;
    const body = { error: { code: status, message, status: googleStatus[status] ?? (status >= 500 ? "INTERNAL" : "FAILED_PRECONDITION") } };
    return { status, headers, body: JSON.stringify(body) };
  }
  if (platform === "foundry" && layer === "gateway") {
    headers["content-type"] = "application/json";
    return { status: reply.status, headers, body: JSON.stringify({ error: { code: String(reply.status), message } }) };
  }
  return { status: reply.status, headers, body: reply.body };
}
