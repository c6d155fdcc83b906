/**
 * Derives the operation table from the bundled spec: one row per operation with the facts
 * the client, the reference server and the conformance suite all need, so none of them
 * restates an endpoint fact.
 */
import { emittedTypes } from "./emitted-types.ts";
import type { OperationInfo } from "./operation-info.ts";

type Json = Record<string, any>;

/** A row as the generator builds it: the generated table's own type (`operation-info.ts`). */
export type OperationRow = OperationInfo;

const methods = ["get", "post", "put", "patch", "delete"] as const;

/** Follows a node's `$ref`s within `doc` to the node they name. */
export function deref(doc: Json, node: Json): Json {
  let current = node;
  for (let hops = 0; current && typeof current.$ref === "string"; hops++) {
    if (hops > 20) throw new Error(`$ref cycle at ${node.$ref}`);
    const pointer = (current.$ref as string).replace(/^#\//, "").split("/");
    current = pointer.reduce<Json>(
      (at, part) => at?.[part.replace(/~1/g, "/").replace(/~0/g, "~")],
      doc,
    );
    if (!current) throw new Error(`unresolved $ref ${node.$ref}`);
  }
  return current;
}

export function buildOperationTable(doc: Json): OperationRow[] {
  const rows: OperationRow[] = [];
  for (const [path, item] of Object.entries<Json>(doc.paths ?? {})) {
    for (const method of methods) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      if (method === "put" || method === "patch") throw new Error(`unexpected ${method} ${path}`);
      if (!op.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: Json) => deref(doc, p));
      const requestBody = op.requestBody ? deref(doc, op.requestBody) : null;
      const requestTypes = Object.keys(requestBody?.content ?? {});
      if (requestTypes.length > 1) throw new Error(`${op.operationId}: more than one request media type`);
      const statuses = Object.keys(op.responses ?? {});
      const success = statuses.find((s) => /^2\d\d$/.test(s));
      if (!success) throw new Error(`${op.operationId} declares no 2xx response`);
      const successResponse = deref(doc, op.responses[success]);
      const responseContentTypes = Object.keys(successResponse.content ?? {});
      const beta = op["x-beta"] as Json | undefined;
      rows.push({
        operationId: op.operationId,
        method,
        path,
        tag: op.tags?.[0] ?? "",
        summary: op.summary ?? "",
        requestContentType: requestTypes[0] ?? null,
        responseContentTypes,
        streaming: responseContentTypes.includes("text/event-stream"),
        bodySizeLimit: typeof op["x-body-size-limit"] === "number" ? op["x-body-size-limit"] : null,
        beta: beta ? { name: String(beta.name), required: beta.required === true } : null,
        pagination: op["x-pagination"] ?? null,
        successStatus: Number(success),
        errorStatuses: statuses.filter((s) => /^[45]\d\d$/.test(s)).map(Number),
        pathParams: params.filter((p) => p.in === "path").map((p) => p.name),
        queryParams: params.filter((p) => p.in === "query").map((p) => p.name),
      });
    }
  }
  return rows;
}

/** `messages.batches.create` → `messagesBatchesCreateOperation`. */
export function rowConstName(operationId: string): string {
  return operationId.split(".").map((part, i) => (i === 0 ? part : part[0]!.toUpperCase() + part.slice(1))).join("") + "Operation";
}

/** The operation table as a TypeScript module: importable from Node, Deno, bundlers and tests. */
export function renderOperationTable(rows: OperationRow[]): string {
  return `// Written by scripts/generate.ts from spec/: do not edit. Run \`pnpm generate\`.
${emittedTypes(new URL("./operation-info.ts", import.meta.url))}
${rows.map((row) => `/** ${row.method.toUpperCase()} ${row.path}: ${row.summary} */
export const ${rowConstName(row.operationId)} = ${JSON.stringify(row, null, 2)} as const satisfies OperationInfo;
`).join("\n")}
/**
 * Every row. Each row is also exported on its own, so a program that names only the rows
 * it calls lets a bundler drop the rest.
 */
export const operations = [
${rows.map((row) => `  ${rowConstName(row.operationId)},`).join("\n")}
] as const;

export type OperationId = (typeof operations)[number]["operationId"];

export const operationsById: { readonly [K in OperationId]: Extract<(typeof operations)[number], { operationId: K }> } =
  /* @__PURE__ */ Object.fromEntries(/* @__PURE__ */ operations.map((op) => [op.operationId, op])) as never;
`;
}
