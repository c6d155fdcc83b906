/**
 * The platform half of the operation table. Each platform document (spec/platforms/*.yaml)
 * is bundled on its own; its body schemas marked `x-derive` are completed from the shared
 * first-party schema they name (so no Messages parameter is written twice); and one row per
 * (operation, kind) tells the client, the reference server and the suite how the platform
 * carries a first-party call: method, path template, where the model goes, the body rules,
 * the framing of the answer, the auth schemes and the error shape.
 */
import type { OperationRow } from "./operation-table.ts";

type Json = Record<string, any>;

export type PlatformName = "bedrock" | "vertex" | "foundry";
export type PlatformKind = "create" | "stream" | "count";

export interface PlatformAuthScheme {
  /** The security scheme's name in the platform document. */
  name: string;
  kind: "sigv4" | "bearer" | "apiKey";
  /** The request header that carries it. */
  header: string;
  /** SigV4 signing name (`bedrock`), for kind sigv4. */
  service: string | null;
}

export interface PlatformBodyRules {
  /** The body schema's name in the platform document. */
  schema: string;
  /** First-party body fields the platform leaves out (`model` in the path, `stream` decided by the path). */
  omit: string[];
  /** The body field that carries the API version, or null when the header does. */
  versionField: string | null;
  /** The values the platform accepts there; `legacyVersion` is what the 0.x SDKs write. */
  versionValues: string[];
  legacyVersion: string | null;
  /** The body field that repeats the `anthropic-beta` values, or null. */
  betasField: string | null;
  /**
   * When the platform wraps the body (Bedrock CountTokens): the property path to the string
   * that holds it and that string's encoding.
   */
  envelope: { path: string[]; encoding: "base64" } | null;
}

export interface PlatformOperationRow {
  platform: PlatformName;
  /** The platform document's operationId (`bedrock.messages.create`). */
  operationId: string;
  kind: PlatformKind;
  /** The first-party operation this row carries. */
  firstParty: string;
  /** `native`: the platform's own body and path rules; `first-party`: the first-party body and headers under another path. */
  wire: "native" | "first-party";
  method: "post";
  path: string;
  pathParams: string[];
  queryParams: string[];
  /** Where the model goes: a path parameter (`modelParam`) or the body's `model`. */
  model: "path" | "body";
  modelParam: string | null;
  /** How the `anthropic-version` header is declared: required (first-party wire), optional (0.x sends it) or absent. */
  versionHeader: "required" | "optional" | "absent";
  requestContentType: string;
  body: PlatformBodyRules;
  /** The success answer's media type for this kind. */
  responseContentType: string;
  framing: "json" | "sse" | "aws-eventstream";
  /** For a stream on a path that also answers JSON: the body's `stream: true` selects it. */
  streamInBody: boolean;
  bodySizeLimit: number | null;
  successStatus: number;
  errorStatuses: number[];
  /** Bedrock stream exception frames (`:exception-type` → the HTTP status AWS gives it). */
  streamExceptions: Record<string, number> | null;
}

export interface PlatformInfo {
  name: PlatformName;
  title: string;
  /** Server URL templates with their variables' defaults. */
  servers: { url: string; variables: Record<string, string> }[];
  auth: PlatformAuthScheme[];
  /** Response headers that carry the platform's request id (none on Vertex). */
  requestIdHeaders: string[];
  errorShape: "aws" | "google" | "apim";
  /** AWS exception name → status (Bedrock); empty elsewhere. */
  exceptions: Record<string, number>;
  /** First-party error status → the status the platform answers instead (Bedrock: 401 → 403, 529 → 503, …). */
  statusMap: Record<string, number>;
  sigv4Service: string | null;
  /** First-party operationIds the platform does not serve: answered with its not-found. */
  unserved: string[];
  /** Served first-party operations without a row are reached at this base + their first-party path. */
  firstPartyBase: string | null;
}

function deref(doc: Json, node: Json): Json {
  let current = node;
  for (let hops = 0; current && typeof current.$ref === "string"; hops++) {
    if (hops > 20) throw new Error(`$ref cycle at ${node.$ref}`);
    const pointer = (current.$ref as string).replace(/^#\//, "").split("/");
    current = pointer.reduce<Json>((at, part) => at?.[part.replace(/~1/g, "/").replace(/~0/g, "~")], doc);
    if (!current) throw new Error(`unresolved $ref ${node.$ref}`);
  }
  return current;
}

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
export function platformRowConstName(row: PlatformOperationRow, rows: PlatformOperationRow[]): string {
  const base = row.operationId
    .split(".")
    .map((part, i) => (i === 0 ? part : part[0]!.toUpperCase() + part.slice(1)))
    .join("");
  const shared = rows.filter((other) => other.operationId === row.operationId).length > 1;
  return `${base}${shared && row.kind !== "create" ? row.kind[0]!.toUpperCase() + row.kind.slice(1) : ""}Operation`;
}

/** The platform table as a TypeScript module beside generated/operations.ts. */
export function renderPlatformTable(infos: PlatformInfo[], rows: PlatformOperationRow[]): string {
  return `// Written by scripts/generate.ts from spec/platforms/: do not edit. Run \`pnpm generate\`.
/**
 * How each cloud platform (Amazon Bedrock, Google Vertex AI, Microsoft Foundry) carries the
 * first-party operations: one row per (platform operation, kind). Read by the client's
 * platform adapters, the reference server and the conformance suite.
 */
export type PlatformName = "bedrock" | "vertex" | "foundry";
export type PlatformKind = "create" | "stream" | "count";

export interface PlatformAuthScheme {
  readonly name: string;
  /** sigv4: AWS Signature V4; bearer: \`Authorization: Bearer\`; apiKey: the key in \`header\`. */
  readonly kind: "sigv4" | "bearer" | "apiKey";
  readonly header: string;
  /** SigV4 signing name (\`bedrock\`). */
  readonly service: string | null;
}

export interface PlatformBodyRules {
  /** The body schema's name in generated/platforms/<platform>.json. */
  readonly schema: string;
  /** First-party body fields the platform leaves out. */
  readonly omit: readonly string[];
  /** The body field carrying the API version (\`anthropic_version\`), or null when the header does. */
  readonly versionField: string | null;
  readonly versionValues: readonly string[];
  /** What the 0.x SDKs write there (\`bedrock-2023-05-31\`, \`vertex-2023-10-16\`). */
  readonly legacyVersion: string | null;
  /** The body field repeating the \`anthropic-beta\` values (\`anthropic_beta\`), or null. */
  readonly betasField: string | null;
  /** Bedrock CountTokens: the body is base64 inside \`path\` (\`input.invokeModel.body\`). */
  readonly envelope: { readonly path: readonly string[]; readonly encoding: "base64" } | null;
}

export interface PlatformOperationInfo {
  readonly platform: PlatformName;
  /** The platform document's operationId. */
  readonly operationId: string;
  readonly kind: PlatformKind;
  /** The first-party operationId this row carries (\`messages.create\`, \`messages.countTokens\`). */
  readonly firstParty: string;
  /** native: the platform's own body/path rules; first-party: the first-party body and headers under \`path\`. */
  readonly wire: "native" | "first-party";
  readonly method: "post";
  /** The path template, \`{param}\` placeholders (Vertex's end in \`:rawPredict\`). */
  readonly path: string;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  readonly model: "path" | "body";
  /** The path parameter that takes the model when \`model\` is "path". */
  readonly modelParam: string | null;
  readonly versionHeader: "required" | "optional" | "absent";
  readonly requestContentType: string;
  readonly body: PlatformBodyRules;
  readonly responseContentType: string;
  readonly framing: "json" | "sse" | "aws-eventstream";
  /** The path answers JSON and a stream; \`"stream": true\` in the body selects the stream. */
  readonly streamInBody: boolean;
  readonly bodySizeLimit: number | null;
  readonly successStatus: number;
  readonly errorStatuses: readonly number[];
  /** Bedrock stream exception frames: \`:exception-type\` → the HTTP status AWS gives it. */
  readonly streamExceptions: Readonly<Record<string, number>> | null;
}

export interface PlatformInfo {
  readonly name: PlatformName;
  readonly title: string;
  readonly servers: readonly { readonly url: string; readonly variables: Readonly<Record<string, string>> }[];
  /** The accepted auth schemes, in the document's order. */
  readonly auth: readonly PlatformAuthScheme[];
  /** Response headers carrying the request id (none on Vertex). */
  readonly requestIdHeaders: readonly string[];
  /** aws: \`{"message"}\` + \`x-amzn-errortype\`; google: \`{"error":{code,message,status}}\`; apim: \`{"error":{code,message}}\`. Model errors keep the Anthropic envelope on Vertex and Foundry. */
  readonly errorShape: "aws" | "google" | "apim";
  /** AWS exception name → HTTP status (Bedrock). */
  readonly exceptions: Readonly<Record<string, number>>;
  /** First-party error status → the status the platform answers instead (Bedrock: 401 → 403, 529 → 503, …). */
  readonly statusMap: Readonly<Record<string, number>>;
  readonly sigv4Service: string | null;
  /** First-party operationIds the platform does not serve (answered with its not-found). */
  readonly unserved: readonly string[];
  /** Served first-party operations without a row live at this base + their first-party path (Foundry: \`/anthropic\`). */
  readonly firstPartyBase: string | null;
}

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
