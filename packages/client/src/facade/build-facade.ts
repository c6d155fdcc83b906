import type { OperationInfo } from "@claude-spec/generated/operations";
import { ClaudeError } from "../errors/claude-error.ts";
import { codecNeeded } from "./codecs.ts";
import type { ClientContext, RequestOptions } from "../transport/context.ts";
import { callOperation, modeOf } from "./call-operation.ts";

type Namespace = Record<string, unknown>;

function method(context: ClientContext, row: OperationInfo, stream: boolean) {
  const mode = modeOf(row, stream);
  const arity = row.pathParams.length;
  // As ParamsOf types it: a call without a body that is not a GET (a delete, a cancel)
  // takes no params, so its options come right after the path values.
  const takesParams = row.requestContentType !== null || row.method === "get";
  return (...args: unknown[]) => {
    const pathValues = args.slice(0, arity);
    const params = takesParams ? (args[arity] as Record<string, unknown> | undefined) : undefined;
    const options = args[takesParams ? arity + 1 : arity] as RequestOptions | undefined;
    // A list: pages fetched on demand, following the row's page style (a JSON call each).
    if (row.pagination) return context.codecs.pages!((query) => callOperation(context, row, mode, pathValues, query, options), row.pagination, params ?? {});
    return callOperation(context, row, mode, pathValues, params, options);
  };
}

/**
 * Builds the nested resource objects from the operation table: `messages.batches.list`
 * becomes `facade.messages.batches.list`, and a streaming operation gets a `stream` sibling.
 */
export function buildFacade(context: ClientContext, rows: readonly OperationInfo[]): Namespace {
  const root: Namespace = {};
  for (const row of rows) {
    const needed = codecNeeded(row);
    if (needed && !context.codecs[needed]) {
      throw new ClaudeError(`${row.operationId} needs the ${needed} codec, not in leanClientFor: use clientFor`);
    }
    const parts = row.operationId.split(".");
    const name = parts.pop()!;
    let at = root;
    for (const part of parts) at = (at[part] ??= {}) as Namespace;
    at[name] = method(context, row, false);
    if (row.streaming) at.stream = method(context, row, true);
  }
  return root;
}
