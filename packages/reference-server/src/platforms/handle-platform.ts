/**
 * The platform wires as a small adapter over the shared core: authenticate as the platform
 * does, turn the platform's request into the first-party call (platform-body.ts), run the
 * same handler the first-party API runs (same synthetic replies, fixtures and faults), and
 * put the platform's framing, headers and error shapes around the answer
 * (platform-reply.ts, bedrock-event-stream.ts). Nothing about Messages is answered here.
 */
import { operationsById, type OperationId, type PlatformName, type PlatformOperationInfo } from "@claude-spec/contract";
import { ApiError } from "../http/api-error.ts";
import { checkDeclaredLength } from "../http/body-limit.ts";
import type { IncomingRequest } from "../http/incoming-request.ts";
import { parseJsonBody } from "../http/json-body.ts";
import { bodyStream, type Reply } from "../http/reply.ts";
import type { RequestBody } from "../http/request-body.ts";
import type { RequestHeaders } from "../http/request-headers.ts";
import type { PlatformRecord, RequestState } from "../http/request-state.ts";
import { replyForError } from "../http/respond.ts";
import { messagesDirective } from "../faults/directive.ts";
import { handlers } from "../routes/handlers.ts";
import { admitAuthenticated } from "../routes/pipeline.ts";
import type { Router } from "../routes/router.ts";
import type { ServerContext } from "../server-context.ts";
import { eventStreamContentType, sseToEventStream } from "./bedrock-event-stream.ts";
import { authenticatePlatform } from "./platform-auth.ts";
import { toFirstPartyCall } from "./platform-body.ts";
import { GatewayError, platformErrorReply, platformHeaders, type ErrorLayer } from "./platform-reply.ts";
import type { PlatformMatch } from "./platform-route.ts";

type Json = Record<string, any>;

const encoder = new TextEncoder();

/** The request's headers with some replaced (a value) or removed (null). */
class OverlayHeaders implements RequestHeaders {
  constructor(
    readonly base: RequestHeaders,
    readonly overrides: Readonly<Record<string, string | null>>,
  ) {}
  get(name: string): string | null {
    return name in this.overrides ? this.overrides[name]! : this.base.get(name);
  }
  has(name: string): boolean {
    return this.get(name) !== null;
  }
  forEach(callback: (value: string, name: string) => void): void {
    this.base.forEach((value, name) => {
      if (!(name in this.overrides)) callback(value, name);
    });
    for (const [name, value] of Object.entries(this.overrides)) if (value !== null) callback(value, name);
  }
}

function bytesBody(bytes: Uint8Array): RequestBody {
  return {
    readAll: async () => bytes,
    stream: () => bodyStream(bytes),
  };
}

const notServedMessage: Readonly<Record<PlatformName, (method: string, path: string) => GatewayError>> = {
  bedrock: (method, path) => new GatewayError(404, `Amazon Bedrock does not serve ${method} ${path}`, "UnknownOperationException"),
  vertex: (method, path) => new GatewayError(404, `The requested URL ${path} was not found on this server (${method}).`),
  foundry: () => new GatewayError(404, "Resource not found"),
};

function notServed(platform: PlatformName, method: string, path: string): GatewayError {
  return notServedMessage[platform](method.slice(0, 16), path.slice(0, 200));
}

/** What the record keeps of a platform call: no prompt text, no credential. */
function describeBody(body: Json): NonNullable<PlatformRecord["body"]> {
  return {
    keys: Object.keys(body),
    anthropic_version: typeof body.anthropic_version === "string" ? body.anthropic_version : null,
    anthropic_beta: Array.isArray(body.anthropic_beta) ? body.anthropic_beta.map(String) : null,
    stream: typeof body.stream === "boolean" ? body.stream : null,
    model: typeof body.model === "string" ? body.model : null,
  };
}

/** A successful core reply with the platform's framing and headers. */
function platformSuccess(ctx: ServerContext, platform: PlatformName, row: PlatformOperationInfo, reply: Reply, state: RequestState, directive: Json | undefined, startedAt: number): Reply {
  const headers = platformHeaders(platform, reply.headers, state);
  if (platform !== "bedrock" || row.wire !== "native" || reply.body === null) return { status: reply.status, headers, body: reply.body };
  if (row.framing === "aws-eventstream") {
    headers["content-type"] = eventStreamContentType;
    headers["x-amzn-bedrock-content-type"] = "application/json";
    delete headers["content-length"];
    const body = sseToEventStream(bodyStream(reply.body), {
      exceptions: row.streamExceptions ?? {},
      corruptAfterEvents: directive?.corrupt_frame_after_events,
      now: ctx.options.now,
      startedAt,
    });
    return { status: reply.status, headers, body };
  }
  if (typeof reply.body !== "string") return { status: reply.status, headers, body: reply.body };
  const answer = JSON.parse(reply.body) as Json;
  if (row.kind === "count") return { status: reply.status, headers, body: JSON.stringify({ inputTokens: answer.input_tokens }) };
  headers["x-amzn-bedrock-input-token-count"] = String(answer.usage?.input_tokens ?? 0);
  headers["x-amzn-bedrock-output-token-count"] = String(answer.usage?.output_tokens ?? 0);
  headers["x-amzn-bedrock-invocation-latency"] = String(Math.max(0, ctx.options.now() - startedAt));
  return { status: reply.status, headers, body: reply.body };
}

async function answerOperation(ctx: ServerContext, state: RequestState, request: IncomingRequest, row: PlatformOperationInfo, params: Readonly<Record<string, string>>, bytes: Uint8Array, key: string, startedAt: number): Promise<Reply> {
  const raw = parseJsonBody(bytes) as Json;
  state.platform!.body = describeBody(raw);
  const call = toFirstPartyCall(row, params, raw);
  const op = operationsById[row.firstParty as OperationId];
  const inner = encoder.encode(JSON.stringify(call.body));
  const overrides: Record<string, string | null> = { "content-type": "application/json", "content-length": String(inner.byteLength) };
  if (call.version) overrides["anthropic-version"] = call.version;
  if (call.betas && !request.headers.has("anthropic-beta")) overrides["anthropic-beta"] = call.betas.join(",");
  const origin = new URL(request.url).origin;
  const innerRequest: IncomingRequest = { method: "POST", url: origin + op.path, headers: new OverlayHeaders(request.headers, overrides), body: bytesBody(inner), resetConnection: request.resetConnection };
  const innerState: RequestState = { ...state, body: innerRequest.body };
  const reply = await handlers[op.operationId]!(admitAuthenticated(ctx, innerState, op, innerRequest, {}, key));
  if (reply.status >= 400) return platformErrorReply(row.platform, reply, state, "model");
  return platformSuccess(ctx, row.platform, row, reply, state, messagesDirective(call.body), startedAt);
}

async function answerFirstParty(ctx: ServerContext, router: Router, state: RequestState, request: IncomingRequest, platform: PlatformName, path: string, key: string): Promise<Reply> {
  const url = new URL(request.url);
  const match = router.match(request.method === "HEAD" ? "GET" : request.method, path);
  if (!match) throw notServed(platform, request.method, path);
  const inner: IncomingRequest = { ...request, url: url.origin + path + url.search };
  const reply = await handlers[match.op.operationId]!(admitAuthenticated(ctx, state, match.op, inner, match.params, key));
  if (reply.status >= 400) return platformErrorReply(platform, reply, state, "model");
  return { status: reply.status, headers: platformHeaders(platform, reply.headers, state), body: reply.body };
}

export async function handlePlatform(ctx: ServerContext, router: Router, state: RequestState, request: IncomingRequest, match: PlatformMatch): Promise<Reply> {
  const { platform } = match;
  const startedAt = ctx.options.now();
  let layer: ErrorLayer = "gateway";
  state.platform = { name: platform, operation: match.kind === "operation" ? match.row.operationId : match.kind === "first-party" ? match.path : "not-served", auth: null };
  try {
    if (match.kind === "not-served") throw notServed(platform, request.method, match.path);
    if (match.kind === "operation" && request.method !== "POST") {
      throw new GatewayError(405, `Method ${request.method.slice(0, 16)} is not allowed for this path`, platform === "bedrock" ? "ValidationException" : undefined);
    }
    const row = match.kind === "operation" ? match.row : undefined;
    // SigV4 covers the body, so an operation's body is read before authenticating; a
    // first-party pass-through (Foundry uploads) is streamed to its handler unread.
    let bytes: Uint8Array = new Uint8Array(0);
    if (row) {
      const limit = ctx.options.bodySizeLimits[row.operationId] ?? row.bodySizeLimit ?? 32 * 1024 * 1024;
      checkDeclaredLength(request.headers, limit);
      bytes = await state.body.readAll(limit);
    }
    const principal = await authenticatePlatform(ctx.options.platforms, platform, { method: request.method, url: request.url, headers: request.headers, body: bytes });
    state.platform.auth = principal.scheme;
    if (principal.signedHeaders) state.platform.signed_headers = [...principal.signedHeaders];
    layer = "model";
    if (row) return await answerOperation(ctx, state, request, row, match.kind === "operation" ? match.params : {}, bytes, principal.key, startedAt);
    return await answerFirstParty(ctx, router, state, request, platform, match.kind === "first-party" ? match.path : "", principal.key);
  } catch (error) {
    const gateway = error instanceof GatewayError;
    if (!(error instanceof ApiError) && !(error instanceof RangeError)) console.error(error);
    return platformErrorReply(platform, replyForError(state, error), state, gateway ? "gateway" : layer, gateway ? error.code : undefined);
  }
}

