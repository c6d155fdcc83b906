/** Finds the operation a request is for, from the generated operation table. */
import { operations, type OperationInfo } from "@claude-spec/generated/operations";

const compiled = operations.map((op) => ({
  op: op as OperationInfo,
  method: op.method.toUpperCase(),
  // Path parameters match one segment; literal parts match exactly.
  pattern: new RegExp(
    "^" + op.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "([^/]+)") + "$",
  ),
  literalLength: op.path.replace(/\{[^}]+\}/g, "").length,
}));
// When two templates match (`/v1/messages/batches` vs `/v1/messages/{x}`), the one with more literal text wins.
compiled.sort((a, b) => b.literalLength - a.literalLength);

export interface OperationMatch {
  readonly operation: OperationInfo;
  readonly pathParams: Readonly<Record<string, string>>;
}

/** Matches a method and a path (a query string, if any, is ignored). */
export function matchOperation(method: string, pathWithQuery: string): OperationMatch | undefined {
  const path = pathWithQuery.split("?")[0] ?? "";
  const upper = method.toUpperCase();
  for (const { op, method: m, pattern } of compiled) {
    if (m !== upper) continue;
    const found = pattern.exec(path);
    if (!found) continue;
    const pathParams: Record<string, string> = {};
    op.pathParams.forEach((name, i) => {
      pathParams[name] = decodeURIComponent(found[i + 1] ?? "");
    });
    return { operation: op, pathParams };
  }
  return undefined;
}

/** The operations whose path matches, whatever their method (for 405-style answers). */
export function operationsAtPath(pathWithQuery: string): OperationInfo[] {
  const path = pathWithQuery.split("?")[0] ?? "";
  return compiled.filter((c) => c.pattern.test(path)).map((c) => c.op);
}
