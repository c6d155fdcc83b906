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
import type { RequestState } from "../http/request-state.ts";
import type { RequestHeaders } from "../http/request-headers.ts";
import { queryOrHeaderDirective } from "../faults/directive.ts";
import type { ResetConnection } from "../faults/apply-fault.ts";
import type { ServerContext } from "../server-context.ts";
import { bodyLimitFor, type Call } from "./call.ts";

export function rateLimitExceeded(retryAfterSeconds: number, what: string): ApiError {
  return new ApiError(429, `This request would exceed your organization's rate limit of ${what}. Please try again later.`, {
    headers: { "retry-after": String(retryAfterSeconds), "x-should-retry": "true" },
  });
}

export function admit(
  ctx: ServerContext,
  state: RequestState,
  op: OperationInfo,
  request: Request,
  headers: RequestHeaders,
  params: Record<string, string>,
  reset: ResetConnection | undefined,
): Call {
  const key = authenticate(headers, ctx.options.apiKeys);
  // The limiter is keyed by a digest; the key itself is not kept.
  state.owner = `k${fnv1a(key).toString(36)}${key.length}`;
  const decision = ctx.limiter.take(state.owner, { requests: 1 });
  if (!decision.allowed) throw rateLimitExceeded(decision.retryAfterSeconds, `${ctx.options.rateLimits.requests.limit} requests per minute`);

  state.version = checkVersion(headers.get("anthropic-version"), ctx.versions);
  checkBeta(op.beta, state.version, headers.get("anthropic-beta"));

  if (op.requestContentType !== null && op.method !== "get") {
    const expected = mediaType(op.requestContentType);
    const got = mediaType(headers.get("content-type"));
    if (got !== expected) {
      throw new ApiError(400, `content-type: expected ${expected}${got ? `, got ${JSON.stringify(got.slice(0, 100))}` : " (header missing)"}`);
    }
  }

  let url: URL | undefined;
  const urlOf = () => (url ??= new URL(request.url));
  const hasDirective = request.url.includes("claude-spec-fault") || headers.has("x-claude-spec-fault");
  return {
    ctx,
    state,
    op,
    request,
    headers,
    params,
    url: urlOf,
    fallbackDirective: hasDirective ? queryOrHeaderDirective(urlOf(), headers) : undefined,
    reset,
    bodyLimit: bodyLimitFor(ctx, op),
  };
}
