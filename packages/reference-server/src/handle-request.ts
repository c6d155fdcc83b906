/**
 * The one implementation of answering a request, whatever the runtime: a request id, CORS
 * and preflights, routing from the operation table, the operation's contract checks and
 * handler, the error envelope, record mode and HEAD. Runtime entries only translate at the
 * edge: the web entry (app.ts) from a `Request` and to a `Response`, the Node entry
 * (node/request-listener.ts) from Node's IncomingMessage and straight onto the socket.
 */
import { operations, operationsAtPath, type OperationInfo } from "@claude-spec/contract";
import { ApiError } from "./http/api-error.ts";
import { checkBrowserAccess, corsResponseHeaders, isCrossOrigin, isPreflight, preflightHeaders } from "./http/cors.ts";
import { requestId } from "./http/ids.ts";
import type { IncomingRequest } from "./http/incoming-request.ts";
import { isStreamed, sortedHeaders, type Reply } from "./http/reply.ts";
import { replyForError } from "./http/respond.ts";
import { createRequestState, type RequestState } from "./http/request-state.ts";
import { credentialFingerprints, tapBody, type BodyTap } from "./record/recorder.ts";
import { knownSecrets, redactHeaderValues, redactPath, redactQuery } from "./record/redact.ts";
import { handlers } from "./routes/handlers.ts";
import { admit } from "./routes/pipeline.ts";
import { Router, routingPath } from "./routes/router.ts";
import { handlePlatform } from "./platforms/handle-platform.ts";
import { matchPlatform } from "./platforms/platform-route.ts";
import type { ServerContext } from "./server-context.ts";

export type RequestHandler = (request: IncomingRequest) => Promise<Reply>;

/** An unknown path is 404; a known path with another method is 405 with `allow`. */
function notRouted(method: string, path: string): ApiError {
  const allowed = operationsAtPath(path).map((op) => op.method.toUpperCase());
  if (allowed.length > 0) {
    return new ApiError(405, `Method ${method.slice(0, 16)} is not allowed for this path`, {
      type: "invalid_request_error",
      headers: { allow: [...new Set(allowed)].join(", ") },
    });
  }
  return new ApiError(404, "Not Found");
}

/** Routes the request and runs its operation; anything thrown becomes the envelope in the caller. */
function dispatch(ctx: ServerContext, router: Router, state: RequestState, request: IncomingRequest): Promise<Reply> {
  const path = routingPath(request.url);
  // Bedrock, Vertex and Foundry wires: an adapter over the same handlers (platforms/).
  const platform = path.startsWith("/v1/") && !path.startsWith("/v1/projects/") ? undefined : matchPlatform(rawPath(request.url));
  if (platform) return handlePlatform(ctx, router, state, request, platform);
  // HEAD is answered as GET, without the body (see headReply).
  const match = router.match(request.method === "HEAD" ? "GET" : request.method, path);
  if (!match) throw notRouted(request.method, path);
  const handler = handlers[match.op.operationId];
  if (!handler) throw new ApiError(404, `${match.op.operationId} is in the spec but not served by the reference server`);
  return handler(admit(ctx, state, match.op, request, match.params));
}

/** The URL's path as sent, percent-escapes kept (a Bedrock ARN's `%2F` is not a separator). */
function rawPath(url: string): string {
  const start = url.indexOf("/", url.indexOf("//") + 2);
  if (start < 0) return "/";
  const end = url.search(/[?#]/);
  return url.slice(start, end < 0 ? undefined : end);
}

function preflightReply(state: RequestState, request: IncomingRequest): Reply {
  state.finalize(state);
  return { status: 204, headers: sortedHeaders({ ...state.headers, ...preflightHeaders(request.headers) }), body: null };
}

/** HEAD gets the GET answer's status and headers (sorted, as they always were) and no body. */
function headReply(reply: Reply): Reply {
  if (isStreamed(reply.body)) void reply.body.cancel().catch(() => {});
  return { status: reply.status, headers: sortedHeaders(reply.headers), body: null };
}

function withCredentials(ctx: ServerContext, request: IncomingRequest): { credentials?: Record<string, string> } {
  const fingerprint = ctx.recorder?.fingerprint;
  const credentials = fingerprint ? credentialFingerprints(request.headers, (s) => fingerprint.call(ctx.recorder, s)) : undefined;
  return credentials ? { credentials } : {};
}

function record(ctx: ServerContext, state: RequestState, request: IncomingRequest, tap: BodyTap, status: number): void {
  const url = new URL(request.url);
  // Credentials are taken out wherever they were put: headers, path and query (redact.ts).
  const known = knownSecrets(request.headers, ctx.options.apiKeys);
  ctx.recorder!.write({
    time: new Date(ctx.options.now()).toISOString(),
    request_id: state.requestId,
    method: request.method,
    path: redactPath(url.pathname, known),
    query: url.search ? redactQuery(url.search.slice(1), known) : null,
    headers: redactHeaderValues(request.headers, known),
    body: tap.summary(),
    ...withCredentials(ctx, request),
    status,
    ...(state.platform ? { platform: state.platform } : {}),
  });
}

export function createRequestHandler(ctx: ServerContext): RequestHandler {
  const router = new Router(operations as readonly OperationInfo[]);
  const organizationId = ctx.options.organizationId;
  const finalize = (state: RequestState) => ctx.limiter.writeHeaders(state.owner, state.headers);

  return async function handle(request: IncomingRequest): Promise<Reply> {
    const { method, headers } = request;
    const tap = ctx.recorder ? tapBody(request.body, ctx.recorder.createDigest(), method === "GET" || method === "HEAD", /json/i.test(headers.get("content-type") ?? "")) : undefined;
    const state = createRequestState(requestId(), organizationId, tap ? tap.body : request.body, finalize);
    let reply: Reply;
    try {
      if (isCrossOrigin(headers)) Object.assign(state.headers, corsResponseHeaders(headers));
      if (isPreflight(method, headers)) {
        reply = preflightReply(state, request);
      } else {
        checkBrowserAccess(headers);
        reply = await dispatch(ctx, router, state, request);
      }
    } catch (error) {
      reply = replyForError(state, error);
    }
    if (tap) record(ctx, state, request, tap, reply.status);
    return method === "HEAD" ? headReply(reply) : reply;
  };
}
