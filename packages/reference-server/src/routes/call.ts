/**
 * One call to one operation, as a handler sees it: the request, its path parameters, the
 * operation's row of the spec-derived table, and helpers that apply the operation's
 * contract (body-size limit, JSON parsing, schema validation) the same way for everyone.
 */
import type { OperationInfo } from "@claude-spec/contract";
import { ApiError } from "../http/api-error.ts";
import { checkDeclaredLength } from "../http/body-limit.ts";
import { parseJsonBody } from "../http/json-body.ts";
import type { RequestState } from "../http/request-state.ts";
import type { RequestHeaders } from "../http/request-headers.ts";
import type { FaultDirective } from "../faults/directive.ts";
import type { ResetConnection } from "../faults/apply-fault.ts";
import { violationMessage } from "../contract/validation-message.ts";
import type { ServerContext } from "../server-context.ts";

type Json = Record<string, any>;

export interface Call {
  readonly ctx: ServerContext;
  readonly state: RequestState;
  readonly op: OperationInfo;
  /** The request's headers (native on Node; see request-headers.ts). */
  readonly headers: RequestHeaders;
  readonly params: Readonly<Record<string, string>>;
  /** The request URL, parsed on first use. */
  url(): URL;
  /** The directive from `?claude-spec-fault=` or `x-claude-spec-fault`, for operations without a body. */
  readonly fallbackDirective: FaultDirective | undefined;
  readonly reset: ResetConnection | undefined;
  /** The operation's body-size limit in bytes (the spec's, unless the options lower it). */
  readonly bodyLimit: number;
}

export function bodyLimitFor(ctx: ServerContext, op: OperationInfo): number {
  return ctx.options.bodySizeLimits[op.operationId] ?? op.bodySizeLimit ?? 32 * 1024 * 1024;
}

/** Reads and parses the JSON body within the operation's size limit. */
export async function readJson(call: Call): Promise<Json> {
  checkDeclaredLength(call.headers, call.bodyLimit);
  const bytes = await call.state.body.readAll(call.bodyLimit);
  return parseJsonBody(bytes);
}

/** Validates the body against the operation's request schema; the first violation names the field. */
export function validateBody(call: Call, body: Json): void {
  const name = call.ctx.bodySchemas.get(call.op.operationId);
  const violations = name ? call.ctx.validator.schema(name, body, "request.body") : call.ctx.validator.requestBody(call.op.operationId as never, body);
  if (violations.length > 0) throw new ApiError(400, violationMessage(violations[0]!));
}
