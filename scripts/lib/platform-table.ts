/**
 * The platform half of the operation table. Each platform document (spec/platforms/*.yaml)
 * is bundled on its own; its body schemas marked `x-derive` are completed from the shared
 * first-party schema they name (so no Messages parameter is written twice); and one row per
 * (operation, kind) tells the client, the reference server and the suite how the platform
 * carries a first-party call: method, path template, where the model goes, the body rules,
 * the framing of the answer, the auth schemes and the error shape.
 */
import { deref, rowConstName, type OperationRow } from "./operation-table.ts";

import { emittedTypes } from "./emitted-types.ts";
import type { PlatformAuthScheme, PlatformBodyRules, PlatformInfo, PlatformKind, PlatformName, PlatformOperationInfo } from "./platform-info.ts";

type Json = Record<string, any>;

/** A row as the generator builds it: the generated table's own type (`platform-info.ts`). */
export type PlatformOperationRow = PlatformOperationInfo;
export type { PlatformInfo } from "./platform-info.ts";

const refName = (node: Json): string => String(node.$ref ?? "").split("/").pop() ?? "";

/**
 * Completes every schema marked `x-derive: {from, omit}` in place: the named shared
 * schema's properties and `required` entries, minus `omit`, come first, then the schema's
 * own. Throws when `from` is not a component of the document.
 */
export function applyDerivedSchemas(doc: Json): void {
  const schemas: Json = doc.components?.schemas ?? {};
  for (const [name, schema] of Object.entries<Json>(schemas)) {
    const derive = schema["x-derive"] as Json | undefined;
    if (!derive) continue;
    const from = schemas[derive.from];
    if (!from) throw new Error(`${name}: x-derive.from ${derive.from} is not a component schema`);
    const base = deref(doc, from);
    const omit = new Set<string>(derive.omit ?? []);
    const properties: Json = {};
    for (const [key, value] of Object.entries<Json>(base.properties ?? {})) if (!omit.has(key)) properties[key] = value;
    Object.assign(properties, schema.properties ?? {});
    schema.properties = properties;
    schema.required = [...new Set([...(base.required ?? []).filter((key: string) => !omit.has(key)), ...(schema.required ?? [])])];
  }
}

/** Finds the base64 string that wraps another body (Bedrock CountTokens), depth-first. */
function findEnvelope(doc: Json, schema: Json, path: string[] = []): { path: string[]; inner: Json } | null {
  const resolved = deref(doc, schema);
  if (resolved.contentEncoding === "base64" && resolved.contentSchema) return { path, inner: resolved.contentSchema };
  for (const [key, value] of Object.entries<Json>(resolved.properties ?? {})) {
    const found = findEnvelope(doc, value, [...path, key]);
    if (found) return found;
  }
  return null;
}

function bodyRules(doc: Json, schemaNode: Json): PlatformBodyRules {
  const envelope = findEnvelope(doc, schemaNode);
  const bodyNode = envelope ? envelope.inner : schemaNode;
  const body = deref(doc, bodyNode);
  const derive = body["x-derive"] as Json | undefined;
  const version = body.properties?.anthropic_version ? deref(doc, body.properties.anthropic_version) : null;
  return {
    schema: refName(bodyNode) || String(body.title ?? ""),
    omit: [...(derive?.omit ?? [])],
    versionField: version ? "anthropic_version" : null,
    versionValues: version ? [...(version.enum ?? [])] : [],
    legacyVersion: version?.["x-legacy-value"] ?? null,
    betasField: body.properties?.anthropic_beta ? "anthropic_beta" : null,
    envelope: envelope ? { path: envelope.path, encoding: "base64" } : null,
  };
}

function authSchemes(doc: Json, platform: Json): PlatformAuthScheme[] {
  const names = (doc.security ?? []).flatMap((requirement: Json) => Object.keys(requirement));
  return names.map((name: string) => {
    const scheme = doc.components.securitySchemes[name] as Json;
    if (scheme["x-sigv4"]) return { name, kind: "sigv4" as const, header: "authorization", service: String(scheme["x-sigv4"].service ?? platform.sigv4Service) };
    if (scheme.type === "http") return { name, kind: "bearer" as const, header: "authorization", service: null };
    return { name, kind: "apiKey" as const, header: String(scheme.name).toLowerCase(), service: null };
  });
}

/** `messages.batches.*` against the first-party table → the operationIds it names. */
function expandGlobs(globs: string[], firstParty: OperationRow[]): string[] {
  const ids = firstParty.map((row) => row.operationId);
  return globs.flatMap((glob) => {
    const matches = glob.endsWith(".*") ? ids.filter((id) => id.startsWith(glob.slice(0, -1))) : ids.filter((id) => id === glob);
    if (matches.length === 0) throw new Error(`x-platform.unserved: ${glob} names no first-party operation`);
    return matches;
  });
}

export function buildPlatformInfo(doc: Json, firstParty: OperationRow[]): PlatformInfo {
  const platform = doc["x-platform"] as Json;
  if (!platform?.name) throw new Error(`${doc.info?.title}: the root has no x-platform.name`);
  return {
    name: platform.name,
    title: String(doc.info.title),
    servers: (doc.servers ?? []).map((server: Json) => ({
      url: String(server.url),
      variables: Object.fromEntries(Object.entries<Json>(server.variables ?? {}).map(([key, value]) => [key, String(value.default)])),
    })),
    auth: authSchemes(doc, platform),
    requestIdHeaders: [...platform.requestIdHeaders],
    errorShape: platform.errorShape,
    exceptions: { ...(platform.exceptions ?? {}) },
    statusMap: Object.fromEntries(Object.entries<number>(platform.statusMap ?? {}).map(([from, to]) => [String(from), Number(to)])),
    sigv4Service: platform.sigv4Service ?? null,
    unserved: expandGlobs(platform.unserved ?? [], firstParty),
    firstPartyBase: platform.firstPartyBase ?? null,
  };
}

const framingOf: Record<string, PlatformOperationRow["framing"]> = {
  "application/json": "json",
  "text/event-stream": "sse",
  "application/vnd.amazon.eventstream": "aws-eventstream",
};

export function buildPlatformRows(doc: Json, firstParty: OperationRow[]): PlatformOperationRow[] {
  const platform = doc["x-platform"].name as PlatformName;
  const firstPartyIds = new Set(firstParty.map((row) => row.operationId));
  const rows: PlatformOperationRow[] = [];
  for (const [path, item] of Object.entries<Json>(doc.paths ?? {})) {
    for (const [method, op] of Object.entries<Json>(item)) {
      const extension = op?.["x-platform-operation"] as Json | undefined;
      if (!extension) throw new Error(`${method.toUpperCase()} ${path}: no x-platform-operation`);
      if (method !== "post") throw new Error(`${op.operationId}: platform operations are POSTs`);
      if (!firstPartyIds.has(extension.of)) throw new Error(`${op.operationId}: x-platform-operation.of ${extension.of} is not a first-party operation`);
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: Json) => deref(doc, p));
      const versionParam = params.find((p) => p.in === "header" && p.name === "anthropic-version");
      const [requestContentType, media] = Object.entries<Json>(deref(doc, op.requestBody).content)[0]!;
      const statuses = Object.keys(op.responses);
      const success = statuses.find((s) => /^2\d\d$/.test(s))!;
      const responseTypes = Object.keys(deref(doc, op.responses[success]).content ?? {});
      const kinds: Array<[PlatformKind, string]> =
        extension.of === "messages.countTokens"
          ? [["count", responseTypes[0]!]]
          : responseTypes.map((type) => [type === "application/json" ? "create" : "stream", type]);
      for (const [kind, responseContentType] of kinds) {
        const framing = framingOf[responseContentType];
        if (!framing) throw new Error(`${op.operationId}: unknown answer media type ${responseContentType}`);
        rows.push({
          platform,
          operationId: op.operationId,
          kind,
          firstParty: extension.of,
          wire: extension.model === "body" && versionParam?.required === true ? "first-party" : "native",
          method: "post",
          path,
          pathParams: params.filter((p) => p.in === "path").map((p) => p.name),
          queryParams: params.filter((p) => p.in === "query").map((p) => p.name),
          model: extension.model,
          modelParam: extension.modelParam ?? null,
          versionHeader: !versionParam ? "absent" : versionParam.required ? "required" : "optional",
          requestContentType,
          body: bodyRules(doc, media.schema),
          responseContentType,
          framing,
          streamInBody: kind === "stream" && responseTypes.length > 1,
          bodySizeLimit: typeof op["x-body-size-limit"] === "number" ? op["x-body-size-limit"] : null,
          successStatus: Number(success),
          errorStatuses: statuses.filter((s) => /^[45]\d\d$/.test(s)).map(Number),
          streamExceptions: op["x-bedrock-stream-exceptions"] ?? null,
        });
      }
    }
  }
  return rows;
}

/** `bedrock.anthropic.messages.create` + kind → `bedrockAnthropicMessagesCreate[Stream]Operation`. */
export function platformRowConstName(row: PlatformOperationRow, rows: readonly PlatformOperationRow[]): string {
  const shared = rows.filter((other) => other.operationId === row.operationId).length > 1;
  return rowConstName(shared && row.kind !== "create" ? `${row.operationId}.${row.kind}` : row.operationId);
}

/** The platform table as a TypeScript module beside generated/operations.ts. */
export function renderPlatformTable(infos: PlatformInfo[], rows: PlatformOperationRow[]): string {
  return `// Written by scripts/generate.ts from spec/platforms/: do not edit. Run \`pnpm generate\`.
/**
 * How each cloud platform (Amazon Bedrock, Google Vertex AI, Microsoft Foundry) carries the
 * first-party operations: one row per (platform operation, kind). Read by the client's
 * platform adapters, the reference server and the conformance suite.
 */
${emittedTypes(new URL("./platform-info.ts", import.meta.url))}
${infos.map((info) => `export const ${info.name}Platform = ${JSON.stringify(info, null, 2)} as const satisfies PlatformInfo;
`).join("\n")}
export const platforms = { ${infos.map((info) => `${info.name}: ${info.name}Platform`).join(", ")} } as const;

${rows.map((row) => `/** ${row.platform}: ${row.method.toUpperCase()} ${row.path} (${row.kind}, carries ${row.firstParty}) */
export const ${platformRowConstName(row, rows)} = ${JSON.stringify(row, null, 2)} as const satisfies PlatformOperationInfo;
`).join("\n")}
/** Every platform row. Each is also exported on its own, so bundlers can drop the rest. */
export const platformOperations = [
${rows.map((row) => `  ${platformRowConstName(row, rows)},`).join("\n")}
] as const;
`;
}
