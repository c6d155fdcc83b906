/**
 * What every operation goes through before its handler, in the order the API applies it:
 * authentication (401), the request rate limit (429), `anthropic-version` (400), the
 * operation's beta (400) and the request content type (400). The handler then reads the
 * body within the size limit (413) and validates it (400).
 */
import type { OperationInfo } from "@claude-spec/contract";
import { mediaType } from "@claude-spec/contract";
import { ApiError } from "../http/api-error.ts";
import { authenticate } from "../http/auth.ts";
import { checkVersion } from "../http/api-version.ts";
import { checkBeta } from "../http/beta.ts";
import { fnv1a } from "../http/ids.ts";
import type { IncomingRequest } from "../http/incoming-request.ts";
import type { RequestState } from "../http/request-state.ts";
import type { RequestHeaders } from "../http/request-headers.ts";
import { queryOrHeaderDirective, type FaultDirective } from "../faults/directive.ts";
import type { ResetConnection } from "../faults/apply-fault.ts";
import type { ServerContext } from "../server-context.ts";
import { workspaceFor } from "../store/workspaces.ts";
import { workspaceContext } from "../workspace-context.ts";
import { bodyLimitFor, type Call } from "./call.ts";

export function rateLimitExceeded(retryAfterSeconds: number, what: string): ApiError {
  return new ApiError(429, `This request would exceed your organization's rate limit of ${what}. Please try again later.`, {
    headers: { "retry-after": String(retryAfterSeconds), "x-should-retry": "true" },
  });
}

/** The operation's declared content types, normalised once rather than per request. */
const declaredTypes = new Map<string, string>();

function declaredMediaType(contentType: string): string {
  let type = declaredTypes.get(contentType);
  if (type === undefined) declaredTypes.set(contentType, (type = mediaType(contentType)));
  return type;
}

/** A call that passed admission. A class, not a literal with closures: one is made per request. */
class AdmittedCall implements Call {
  readonly ctx: ServerContext;
  readonly state: RequestState;
  readonly op: OperationInfo;
  readonly headers: RequestHeaders;
  readonly params: Readonly<Record<string, string>>;
  readonly fallbackDirective: FaultDirective | undefined;
  readonly bodyLimit: number;
  readonly #request: IncomingRequest;
  #url: URL | undefined;

  constructor(ctx: ServerContext, state: RequestState, op: OperationInfo, request: IncomingRequest, params: Readonly<Record<string, string>>) {
    this.ctx = ctx;
    this.state = state;
    this.op = op;
    this.headers = request.headers;
    this.params = params;
    this.#request = request;
    this.bodyLimit = bodyLimitFor(ctx, op);
    // Only calls that mention a directive pay for parsing the URL here.
    const hasDirective = request.url.includes("claude-spec-fault") || request.headers.has("x-claude-spec-fault");
    this.fallbackDirective = hasDirective ? queryOrHeaderDirective(this.url(), request.headers) : undefined;
  }

  url(): URL {
    return (this.#url ??= new URL(this.#request.url));
  }

  get reset(): ResetConnection | undefined {
    return this.#request.resetConnection;
  }
}

export function admit(ctx: ServerContext, state: RequestState, op: OperationInfo, request: IncomingRequest, params: Readonly<Record<string, string>>): Call {
  return admitAuthenticated(ctx, state, op, request, params, authenticate(request.headers, ctx.options.apiKeys));
}

/** The checks after authentication, for a caller `key` some other scheme has already authenticated (the platform wires). */
export function admitAuthenticated(
  ctx: ServerContext,
  state: RequestState,
  op: OperationInfo,
  request: IncomingRequest,
  params: Readonly<Record<string, string>>,
  key: string,
): Call {
  const headers = request.headers;
  // The limiter is keyed by a digest; the key itself is not kept.
  state.owner = `k${fnv1a(key).toString(36)}${key.length}`;
  const decision = ctx.limiter.take(state.owner, { requests: 1 });
  if (!decision.allowed) throw rateLimitExceeded(decision.retryAfterSeconds, `${ctx.options.rateLimits.requests.limit} requests per minute`);

  state.version = checkVersion(headers.get("anthropic-version"), ctx.versions);
  checkBeta(op.beta, headers.get("anthropic-beta"));

  if (op.requestContentType !== null && op.method !== "get") {
    const expected = declaredMediaType(op.requestContentType);
    const sent = headers.get("content-type");
    // Most clients send exactly the declared type: no parsing needed then.
    const got = sent === expected ? sent : mediaType(sent);
    if (got !== expected) {
      throw new ApiError(400, `content-type: expected ${expected}${got ? `, got ${JSON.stringify(got.slice(0, 100))}` : " (header missing)"}`);
    }
  }
  // Files, skills and batches are the caller's workspace's only.
  return new AdmittedCall(workspaceContext(ctx, workspaceFor(key, ctx.options.workspaces)), state, op, request, params);
}
