/**
 * The differences between the spec (the bundled `generated/openapi.json`) and the official
 * SDK's declarations, as a Markdown checklist: each item is one thing to add to the spec, or
 * to check because the SDK no longer has it. The spec's open enumerations and unions are
 * compared by their known values (the `Unknown*` catch-alls are ignored).
 */
import { accepted, operationScope, propertySets, valueSets, type PropertySetTarget } from "./drift-targets.ts";
import type { SdkProperty } from "./sdk-surface.ts";
import { SdkSurface } from "./sdk-surface.ts";

type Json = Record<string, any>;

export interface DriftSection {
  readonly title: string;
  /** In the SDK, not in the spec. */
  readonly missing: readonly string[];
  /** In the spec, not in the SDK (removed, renamed, or documented only elsewhere). */
  readonly extra: readonly string[];
  readonly notes: readonly string[];
}

export interface DriftReport {
  readonly sdkVersion: string;
  readonly sections: readonly DriftSection[];
}

function resolve(doc: Json, node: Json | undefined): Json | undefined {
  let current = node;
  for (let i = 0; current && typeof current.$ref === "string" && i < 32; i++) {
    current = current.$ref.split("/").slice(1).reduce((n: Json | undefined, key: string) => n?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], doc);
  }
  return current;
}

/** Known values: consts and enums; families of dated values (`^web_search_\d{8}$`) as patterns. */
class Known extends Set<string> {
  readonly patterns: RegExp[] = [];
  covers(value: string): boolean {
    return this.has(value) || this.patterns.some((p) => p.test(value));
  }
}

/** Known string values of an open enumeration: consts, enums and patterns, through `anyOf`/`oneOf`, never `not`. */
function literalValues(doc: Json, node: Json | undefined, out = new Known()): Known {
  const schema = resolve(doc, node);
  if (!schema) return out;
  if (typeof schema.const === "string") out.add(schema.const);
  for (const value of schema.enum ?? []) if (typeof value === "string") out.add(value);
  if (typeof schema.pattern === "string") out.patterns.push(new RegExp(schema.pattern, "u"));
  for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) literalValues(doc, branch, out);
  return out;
}

/** Known `type` values of an open union of objects, through nested unions. */
function typeValues(doc: Json, node: Json | undefined, out = new Known()): Known {
  const schema = resolve(doc, node);
  if (!schema) return out;
  if (schema.properties?.type) literalValues(doc, schema.properties.type, out);
  for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) typeValues(doc, branch, out);
  return out;
}

function schemaProperties(doc: Json, node: Json | undefined, out = new Set<string>()): Set<string> {
  const schema = resolve(doc, node);
  if (!schema) return out;
  for (const name of Object.keys(schema.properties ?? {})) out.add(name);
  for (const part of schema.allOf ?? []) schemaProperties(doc, part, out);
  return out;
}

function operationById(doc: Json, operationId: string): Json | undefined {
  for (const item of Object.values<Json>(doc.paths ?? {})) {
    for (const op of Object.values<Json>(resolve(doc, item) ?? {})) if (op?.operationId === operationId) return op;
  }
  return undefined;
}

/** The SDK's name for a header parameter: `betas` is `anthropic-beta`, `workspace_id` is `anthropic-workspace-id`. */
function headerName(sdkName: string): string {
  return sdkName === "betas" ? "anthropic-beta" : `anthropic-${sdkName.replace(/_/g, "-")}`;
}

function specParameters(doc: Json, target: PropertySetTarget): Map<string, string> | undefined {
  const out = new Map<string, string>();
  if ("schema" in target.spec) {
    const schema = doc.components?.schemas?.[target.spec.schema];
    if (!schema) return undefined;
    for (const name of schemaProperties(doc, schema)) out.set(`body ${name}`, name);
    return out;
  }
  const op = operationById(doc, target.spec.operation);
  if (!op) return undefined;
  for (const p of (op.parameters ?? []).map((p: Json) => resolve(doc, p))) {
    if (p?.in === "query" && p.name !== "beta") out.set(`query ${p.name}`, p.name);
    if (p?.in === "header") out.set(`header ${String(p.name).toLowerCase()}`, p.name);
  }
  for (const media of Object.values<Json>(resolve(doc, op.requestBody)?.content ?? {})) {
    for (const name of schemaProperties(doc, media.schema)) out.set(`body ${name.replace(/\[\]$/, "")}`, name);
  }
  return out;
}

function keyOf(p: SdkProperty): string | null {
  if (p.location === "path") return null;
  if (p.location === "header") return `header ${headerName(p.name)}`;
  return `${p.location} ${p.name}`;
}

/** Differences already reviewed (drift-targets.ts `accepted`) become notes with their reason, not checklist items. */
function accepting(title: string, missing: string[], extra: string[], notes: string[]): DriftSection {
  const reason = (item: string) => accepted.find((a) => a.section === title.split(" (")[0] && a.item === item)?.reason;
  const kept = (items: string[]) => items.filter((item) => reason(item) === undefined);
  const reviewed = [...missing, ...extra].filter((item) => reason(item) !== undefined).map((item) => `\`${item}\` (reviewed): ${reason(item)}`);
  return { title, missing: kept(missing), extra: kept(extra), notes: [...notes, ...reviewed] };
}

function sorted(values: Iterable<string>): string[] {
  return [...values].sort();
}

export function driftReport(doc: Json, sdk: SdkSurface, sdkVersion: string): DriftReport {
  const sections: DriftSection[] = [];

  const specOps = new Set<string>();
  for (const [path, item] of Object.entries<Json>(doc.paths ?? {})) {
    for (const method of Object.keys(resolve(doc, item) ?? {})) {
      if (["get", "post", "put", "patch", "delete"].includes(method)) specOps.add(`${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, "{}")}`);
    }
  }
  const sdkOps = sdk.operations();
  const inScope = (op: string) => operationScope.some((prefix) => op.split(" ")[1]!.startsWith(prefix));
  const outOfScope = sdkOps.filter((op) => !inScope(op)).length;
  sections.push(
    accepting(
      `operations (in scope: ${operationScope.join(", ")})`,
      sdkOps.filter((op) => inScope(op) && !specOps.has(op)),
      sorted([...specOps].filter((op) => !sdkOps.includes(op))),
      [`${outOfScope} SDK operations outside the spec's scope are not listed.`],
    ),
  );

  for (const target of valueSets) {
    const schema = doc.components?.schemas?.[target.spec];
    const known = target.by === "type" ? typeValues(doc, schema) : literalValues(doc, schema);
    const sdkValues = new Set(target.sdk.flatMap((ref) => sdk.values(ref, target.by)));
    const notes = target.sdk.filter((ref) => !sdk.has(ref)).map((ref) => `\`${ref}\` is not in the SDK declarations (renamed or removed?)`);
    if (!schema) notes.push(`the spec has no schema \`${target.spec}\``);
    const missing = sorted([...sdkValues].filter((v) => !known.covers(v)));
    sections.push(accepting(`${target.title} (\`${target.spec}\`)`, missing, sorted([...known].filter((v) => !sdkValues.has(v))), notes));
  }

  for (const target of propertySets) {
    const spec = specParameters(doc, target);
    const sdkKeys = new Set(target.sdk.flatMap((ref) => sdk.properties(ref)).map(keyOf).filter((k): k is string => k !== null));
    const notes = target.sdk.filter((ref) => !sdk.has(ref)).map((ref) => `\`${ref}\` is not in the SDK declarations (renamed or removed?)`);
    const name = "schema" in target.spec ? target.spec.schema : target.spec.operation;
    if (!spec) notes.push(`the spec has no ${"schema" in target.spec ? "schema" : "operation"} \`${name}\``);
    const specKeys = new Set(spec?.keys() ?? []);
    // Headers every operation declares (version, beta, CORS opt-in) are not SDK params: only list SDK-side gaps for them.
    const extra = sorted([...specKeys].filter((k) => !sdkKeys.has(k) && !k.startsWith("header ")));
    sections.push(accepting(`${target.title} (\`${name}\`)`, sorted([...sdkKeys].filter((k) => !specKeys.has(k))), extra, notes));
  }
  return { sdkVersion, sections };
}

export function driftMarkdown(report: DriftReport): string {
  const lines = [`# Spec drift against @anthropic-ai/sdk ${report.sdkVersion}`, ""];
  const total = report.sections.reduce((n, s) => n + s.missing.length + s.extra.length, 0);
  lines.push(total === 0 ? "No differences." : `${total} differences. Each unchecked item is one thing to bring into the spec or to confirm.`, "");
  for (const section of report.sections) {
    if (section.missing.length === 0 && section.extra.length === 0 && section.notes.length === 0) continue;
    lines.push(`## ${section.title}`, "");
    for (const item of section.missing) lines.push(`- [ ] in the SDK, not in the spec: \`${item}\``);
    for (const item of section.extra) lines.push(`- [ ] in the spec, not in the SDK: \`${item}\``);
    for (const note of section.notes) lines.push(`- note: ${note}`);
    lines.push("");
  }
  return lines.join("\n");
}

/** The declaration files the targets name, for the compiler to load. */
export function declarationFiles(): string[] {
  const refs = [...valueSets.flatMap((t) => t.sdk), ...propertySets.flatMap((t) => t.sdk)];
  return [...new Set(refs.map((ref) => ref.split("#")[0]!))];
}
