/**
 * A value valid against a tool's `input_schema` (JSON Schema, draft 2020-12 as the API
 * accepts it), for the synthetic `tool_use` block. Deterministic: the same schema always
 * gives the same input. Handles the keywords tool schemas use in practice: types, `enum`,
 * `const`, `default`, `$ref` into `$defs`/`definitions`, `allOf`/`anyOf`/`oneOf`, object
 * and array bounds, string formats, lengths and patterns, numeric bounds and `multipleOf`.
 */
import { patternExample } from "./pattern-example.ts";

type Schema = Record<string, any> | boolean;

const maxDepth = 12;

const formatExamples: Readonly<Record<string, string>> = {
  "date-time": "2026-01-01T00:00:00Z",
  date: "2026-01-01",
  time: "12:00:00Z",
  duration: "P1D",
  email: "user@example.com",
  "idn-email": "user@example.com",
  hostname: "example.com",
  "idn-hostname": "example.com",
  ipv4: "192.0.2.1",
  ipv6: "2001:db8::1",
  uri: "https://example.com/",
  "uri-reference": "https://example.com/",
  iri: "https://example.com/",
  "iri-reference": "https://example.com/",
  url: "https://example.com/",
  uuid: "00000000-0000-4000-8000-000000000000",
  "json-pointer": "/example",
  "relative-json-pointer": "0",
  regex: "^example$",
};

function resolveRef(ref: string, root: Record<string, any>): Schema | undefined {
  if (!ref.startsWith("#")) return undefined;
  const parts = ref.slice(1).split("/").filter(Boolean).map((p) => decodeURIComponent(p).replace(/~1/g, "/").replace(/~0/g, "~"));
  let node: any = root;
  for (const part of parts) node = node?.[part];
  return node === undefined ? undefined : (node as Schema);
}

/** Merges `allOf` members into one object schema (properties and required unioned, other keywords last-wins). */
function mergeAll(schemas: Schema[], root: Record<string, any>, depth: number): Record<string, any> {
  const merged: Record<string, any> = {};
  for (const member of schemas) {
    const s = typeof member === "object" ? deref(member, root, depth) : {};
    for (const [key, value] of Object.entries(s)) {
      if (key === "properties") merged.properties = { ...(merged.properties ?? {}), ...value };
      else if (key === "required") merged.required = [...new Set([...(merged.required ?? []), ...value])];
      else if (key !== "allOf") merged[key] = value;
    }
  }
  return merged;
}

function deref(schema: Record<string, any>, root: Record<string, any>, depth: number): Record<string, any> {
  let s = schema;
  for (let hops = 0; typeof s.$ref === "string" && hops < 16; hops++) {
    const target = resolveRef(s.$ref, root);
    if (typeof target !== "object") break;
    const { $ref: _ignored, ...rest } = s;
    s = { ...target, ...rest };
  }
  if (Array.isArray(s.allOf) && depth < maxDepth) {
    const { allOf, ...rest } = s;
    s = mergeAll([rest, ...allOf], root, depth + 1);
  }
  return s;
}

function pickType(s: Record<string, any>): string | undefined {
  if (typeof s.type === "string") return s.type;
  if (Array.isArray(s.type)) return s.type.find((t: string) => t !== "null") ?? s.type[0];
  if (s.properties || s.required || s.additionalProperties !== undefined) return "object";
  if (s.items || s.prefixItems) return "array";
  if (s.minLength !== undefined || s.pattern || s.format) return "string";
  if (s.minimum !== undefined || s.maximum !== undefined) return "number";
  return undefined;
}

function numberExample(s: Record<string, any>, integer: boolean): number {
  const step = typeof s.multipleOf === "number" && s.multipleOf > 0 ? s.multipleOf : integer ? 1 : undefined;
  const nudge = step ?? 0.5;
  let low = typeof s.minimum === "number" ? s.minimum : -Infinity;
  if (typeof s.exclusiveMinimum === "number") low = Math.max(low, s.exclusiveMinimum + nudge);
  let high = typeof s.maximum === "number" ? s.maximum : Infinity;
  if (typeof s.exclusiveMaximum === "number") high = Math.min(high, s.exclusiveMaximum - nudge);
  let value = low > -Infinity ? low : Math.min(high, 1);
  if (step) value = Math.ceil(value / step) * step;
  if (integer) value = Math.ceil(value);
  if (value > high && step) value = Math.floor(high / step) * step;
  return value;
}

function stringExample(s: Record<string, any>, name: string): string {
  let value: string | null = null;
  if (typeof s.format === "string" && formatExamples[s.format]) value = formatExamples[s.format]!;
  if (value === null && typeof s.pattern === "string") value = patternExample(s.pattern);
  if (value === null) value = name ? `example ${name}` : "example";
  const min = typeof s.minLength === "number" ? s.minLength : 0;
  const max = typeof s.maxLength === "number" ? s.maxLength : Infinity;
  if ([...value].length < min) value = value + "x".repeat(min - [...value].length);
  if ([...value].length > max) value = [...value].slice(0, max).join("");
  return value;
}

function distinct(value: unknown, index: number): unknown {
  if (index === 0) return value;
  if (typeof value === "string") return `${value}${index}`;
  if (typeof value === "number") return value + index;
  return value;
}

export function exampleFor(schema: Schema, root: Record<string, any>, name = "", depth = 0): unknown {
  if (schema === true || schema === undefined) return "example";
  if (schema === false) return null;
  const s = deref(schema, root, depth);
  if ("const" in s) return s.const;
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum[0];
  if ("default" in s) return s.default;
  if (Array.isArray(s.examples) && s.examples.length > 0) return s.examples[0];
  if (depth >= maxDepth) return null;
  const options = (s.anyOf ?? s.oneOf) as Schema[] | undefined;
  if (Array.isArray(options) && options.length > 0) {
    // Prefer a branch that is not just `null`, so the input says something.
    const preferred = options.find((o) => !(typeof o === "object" && o.type === "null")) ?? options[0]!;
    const { anyOf: _a, oneOf: _o, ...rest } = s;
    const branch = typeof preferred === "object" ? { ...rest, ...deref(preferred, root, depth + 1) } : preferred;
    return exampleFor(branch, root, name, depth + 1);
  }
  switch (pickType(s)) {
    case "object":
      return objectExample(s, root, depth);
    case "array": {
      const prefix: Schema[] = Array.isArray(s.prefixItems) ? s.prefixItems : [];
      const min = Math.max(typeof s.minItems === "number" ? s.minItems : 1, prefix.length);
      const count = Math.min(min, typeof s.maxItems === "number" ? s.maxItems : Infinity);
      const items: unknown[] = [];
      for (let i = 0; i < count; i++) {
        const itemSchema = prefix[i] ?? (s.items as Schema | undefined) ?? true;
        const value = exampleFor(itemSchema, root, name, depth + 1);
        items.push(s.uniqueItems ? distinct(value, i) : value);
      }
      return items;
    }
    case "string":
      return stringExample(s, name);
    case "integer":
      return numberExample(s, true);
    case "number":
      return numberExample(s, false);
    case "boolean":
      return true;
    case "null":
      return null;
    default:
      return "example";
  }
}

function objectExample(s: Record<string, any>, root: Record<string, any>, depth: number): Record<string, unknown> {
  const properties: Record<string, Schema> = s.properties ?? {};
  const required: string[] = Array.isArray(s.required) ? s.required : [];
  // Required first, then the optional ones, so a `maxProperties` cut never drops a required one.
  const names = [...new Set([...required, ...Object.keys(properties)])];
  const limit = Math.max(required.length, typeof s.maxProperties === "number" ? s.maxProperties : 32);
  const out: Record<string, unknown> = {};
  for (const key of names.slice(0, limit)) {
    const propertySchema = properties[key] ?? (typeof s.additionalProperties === "object" ? s.additionalProperties : true);
    out[key] = exampleFor(propertySchema, root, key, depth + 1);
  }
  let extra = 0;
  while (Object.keys(out).length < (s.minProperties ?? 0) && s.additionalProperties !== false) {
    const schema = typeof s.additionalProperties === "object" ? s.additionalProperties : true;
    out[`extra_${extra}`] = exampleFor(schema, root, `extra_${extra}`, depth + 1);
    extra++;
  }
  return out;
}

/** The `input` of a synthetic `tool_use` for this tool definition. */
export function toolInputFor(inputSchema: unknown): Record<string, unknown> {
  if (typeof inputSchema !== "object" || inputSchema === null) return {};
  const value = exampleFor(inputSchema as Record<string, any>, inputSchema as Record<string, any>);
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
