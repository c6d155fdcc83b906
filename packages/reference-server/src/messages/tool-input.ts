/**
 * A value valid against a tool's `input_schema` (JSON Schema, draft 2020-12 as the API
 * accepts it), for the synthetic `tool_use` block. Deterministic: the same schema always
 * gives the same input. Handles the keywords tool schemas use in practice: types, `enum`,
 * `const`, `default`, `$ref` into `$defs`/`definitions`, `allOf`/`anyOf`/`oneOf`, object
 * and array bounds, string formats, lengths and patterns, numeric bounds and `multipleOf`.
 */
import { ApiError } from "../http/api-error.ts";
import { patternExample, PatternTooLongError } from "./pattern-example.ts";

type Schema = Record<string, any> | boolean;

/**
 * How much work one tool input may cost, whatever its schema (a 250-byte schema can ask for
 * 16,000 properties or recurse through `$ref: "#"` forever). Optional content (properties not
 * `required`, array items beyond `minItems`) stops being added once `optionalDepth` or
 * `optionalValues` is reached, so a recursive schema with optional members gets a small
 * deterministic input. Content the schema requires is always made; when it needs more than
 * these bounds the request is a 400 naming the construct (see the README).
 */
export interface ToolInputBounds {
  /** Deepest nesting of the generated value. */
  readonly maxDepth: number;
  /** Optional properties and extra array items only above this depth. */
  readonly optionalDepth: number;
  /** Most values (objects, arrays, strings, numbers, ...) in one input. */
  readonly maxValues: number;
  /** Optional content stops once this many values have been made. */
  readonly optionalValues: number;
  /** Longest generated string, in characters. */
  readonly maxStringChars: number;
  /** Most characters in the whole input (strings and property names). */
  readonly maxChars: number;
  /** Most `$ref` resolutions. */
  readonly maxRefs: number;
  /** Most steps of work (schema nodes visited, `$ref`s followed, `allOf` members merged, names considered). */
  readonly maxWork: number;
}

export const toolInputBounds: ToolInputBounds = {
  maxDepth: 12,
  optionalDepth: 6,
  maxValues: 10_000,
  optionalValues: 1_000,
  maxStringChars: 16_384,
  maxChars: 1_048_576,
  maxRefs: 2_000,
  maxWork: 200_000,
};

/** The schema asks for more than the bounds allow: `construct` names the keyword, `at` where it is. */
export class ToolInputBoundError extends Error {
  override readonly name = "ToolInputBoundError";
  constructor(
    readonly construct: string,
    readonly at: string,
    readonly detail: string,
  ) {
    super(`${construct} at ${at || "the top level"}: ${detail}`);
  }
}

/** What one synthesis spent: the work counter tests assert on. */
export interface ToolInputCost {
  values: number;
  chars: number;
  refs: number;
  work: number;
}

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

function distinct(value: unknown, index: number): unknown {
  if (index === 0) return value;
  if (typeof value === "string") return `${value}${index}`;
  if (typeof value === "number") return value + index;
  return value;
}

/** A non-negative count keyword (`minItems`, `minProperties`, ...), or `fallback`. */
function countKeyword(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;
}

/** One synthesis: the root for `$ref`s, the bounds, what has been spent and where it is. */
class Synthesis {
  readonly cost: ToolInputCost = { values: 0, chars: 0, refs: 0, work: 0 };
  /** The schema location being generated, for the error that names it. */
  readonly #path: string[] = [];

  constructor(
    readonly root: Record<string, any>,
    readonly bounds: ToolInputBounds,
  ) {}

  fail(construct: string, detail: string): never {
    throw new ToolInputBoundError(construct, this.#path.join("."), detail);
  }

  step(construct: string, by = 1): void {
    this.cost.work += by;
    if (this.cost.work > this.bounds.maxWork) this.fail(construct, `needs more than ${this.bounds.maxWork} steps of work`);
  }

  value(construct: string, chars = 0): void {
    this.cost.values++;
    this.cost.chars += chars;
    if (this.cost.values > this.bounds.maxValues) this.fail(construct, `needs more than ${this.bounds.maxValues} values`);
    if (this.cost.chars > this.bounds.maxChars) this.fail(construct, `needs more than ${this.bounds.maxChars} characters`);
  }

  /** Whether optional content may still be added at this depth. */
  optionalAllowed(depth: number): boolean {
    return depth < this.bounds.optionalDepth && this.cost.values < this.bounds.optionalValues;
  }

  within<T>(segment: string, run: () => T): T {
    this.#path.push(segment);
    try {
      return run();
    } finally {
      this.#path.pop();
    }
  }

  /** Merges `allOf` members into one object schema (properties and required unioned, other keywords last-wins). */
  mergeAll(schemas: Schema[], depth: number): Record<string, any> {
    const merged: Record<string, any> = {};
    for (const member of schemas) {
      const s = typeof member === "object" && member !== null ? this.deref(member, depth) : {};
      this.step("allOf", 1 + Object.keys(s).length);
      for (const [key, value] of Object.entries(s)) {
        if (key === "properties" && typeof value === "object" && value !== null) {
          this.step("allOf", Object.keys(value).length);
          merged.properties = { ...(merged.properties ?? {}), ...value };
        } else if (key === "required" && Array.isArray(value)) {
          this.step("allOf", value.length);
          merged.required = [...new Set([...(merged.required ?? []), ...value])];
        } else if (key !== "allOf") merged[key] = value;
      }
    }
    return merged;
  }

  deref(schema: Record<string, any>, depth: number): Record<string, any> {
    let s = schema;
    for (let hops = 0; typeof s.$ref === "string" && hops < 16; hops++) {
      this.cost.refs++;
      if (this.cost.refs > this.bounds.maxRefs) this.fail("$ref", `needs more than ${this.bounds.maxRefs} $ref resolutions`);
      this.step("$ref");
      const target = resolveRef(s.$ref, this.root);
      if (typeof target !== "object" || target === null) break;
      const { $ref: _ignored, ...rest } = s;
      s = { ...target, ...rest };
    }
    if (Array.isArray(s.allOf) && depth < this.bounds.maxDepth) {
      const { allOf, ...rest } = s;
      s = this.mergeAll([rest, ...allOf], depth + 1);
    }
    return s;
  }

  example(schema: Schema | undefined, name: string, depth: number): unknown {
    this.step("schema");
    if (schema === false) {
      this.value("schema");
      return null;
    }
    if (schema === true || schema === undefined || schema === null || typeof schema !== "object") {
      this.value("schema", 7);
      return "example";
    }
    const s = this.deref(schema, depth);
    if ("const" in s) return this.given(s.const, "const");
    if (Array.isArray(s.enum) && s.enum.length > 0) return this.given(s.enum[0], "enum");
    if ("default" in s) return this.given(s.default, "default");
    if (Array.isArray(s.examples) && s.examples.length > 0) return this.given(s.examples[0], "examples");
    if (depth >= this.bounds.maxDepth) this.fail("$ref", `required content nests deeper than ${this.bounds.maxDepth} levels`);
    const options = (s.anyOf ?? s.oneOf) as Schema[] | undefined;
    if (Array.isArray(options) && options.length > 0) {
      const isNull = (o: Schema) => typeof o === "object" && o !== null && o.type === "null";
      // Prefer a branch that is not just `null`, so the input says something; deep down,
      // where optional content stops, `null` ends a recursive structure instead.
      const preferred = (this.optionalAllowed(depth) ? options.find((o) => !isNull(o)) : options.find(isNull)) ?? options.find((o) => !isNull(o)) ?? options[0]!;
      const { anyOf: _a, oneOf: _o, ...rest } = s;
      const branch = typeof preferred === "object" && preferred !== null ? { ...rest, ...this.deref(preferred, depth + 1) } : preferred;
      return this.within(s.anyOf ? "anyOf" : "oneOf", () => this.example(branch, name, depth + 1));
    }
    switch (pickType(s)) {
      case "object":
        return this.object(s, depth);
      case "array":
        return this.array(s, name, depth);
      case "string": {
        const text = this.string(s, name);
        this.value("minLength", text.length);
        return text;
      }
      case "integer":
        this.value("integer");
        return numberExample(s, true);
      case "number":
        this.value("number");
        return numberExample(s, false);
      case "boolean":
        this.value("boolean");
        return true;
      case "null":
        this.value("null");
        return null;
      default:
        this.value("schema", 7);
        return "example";
    }
  }

  /** A value the schema spells out (`const`, `enum`, ...): counted by its JSON size. */
  given(value: unknown, construct: string): unknown {
    const text = JSON.stringify(value) ?? "null";
    this.step(construct, Math.ceil(text.length / 64));
    this.value(construct, text.length);
    return value;
  }

  string(s: Record<string, any>, name: string): string {
    const min = countKeyword(s.minLength, 0);
    const max = countKeyword(s.maxLength, Infinity);
    if (min > this.bounds.maxStringChars) this.fail("minLength", `asks for ${min} characters; at most ${this.bounds.maxStringChars} are generated`);
    let value: string | null = null;
    if (typeof s.format === "string" && formatExamples[s.format]) value = formatExamples[s.format]!;
    if (value === null && typeof s.pattern === "string") {
      this.step("pattern", Math.ceil(s.pattern.length / 16));
      // Pattern-made strings are tested against the pattern: kept short, so a pattern with
      // nested quantifiers cannot make that test backtrack for long.
      try {
        value = patternExample(s.pattern, Math.min(256, this.bounds.maxStringChars));
      } catch (error) {
        if (error instanceof PatternTooLongError) this.fail("pattern", error.message);
        throw error;
      }
    }
    if (value === null) value = name ? `example ${name.slice(0, 64)}` : "example";
    const length = [...value].length;
    if (length < min) value = value + "x".repeat(min - length);
    if (length > max) value = [...value].slice(0, max).join("");
    return value;
  }

  array(s: Record<string, any>, name: string, depth: number): unknown[] {
    const prefix: Schema[] = Array.isArray(s.prefixItems) ? s.prefixItems : [];
    const required = Math.max(countKeyword(s.minItems, 0), prefix.length);
    if (required > this.bounds.maxValues) this.fail("minItems", `asks for ${required} items; at most ${this.bounds.maxValues} values are generated`);
    // One item says more than none, unless optional content has stopped.
    const wanted = Math.max(required, this.optionalAllowed(depth) ? 1 : 0);
    const count = Math.min(wanted, countKeyword(s.maxItems, Infinity));
    this.value("items");
    const items: unknown[] = [];
    for (let i = 0; i < count; i++) {
      const itemSchema = prefix[i] ?? (s.items as Schema | undefined) ?? true;
      const value = this.within(i < prefix.length ? `prefixItems.${i}` : "items", () => this.example(itemSchema, name, depth + 1));
      items.push(s.uniqueItems ? distinct(value, i) : value);
    }
    return items;
  }

  object(s: Record<string, any>, depth: number): Record<string, unknown> {
    const properties: Record<string, Schema> = typeof s.properties === "object" && s.properties !== null ? s.properties : {};
    const required: string[] = Array.isArray(s.required) ? s.required.filter((r: unknown) => typeof r === "string") : [];
    const minProperties = countKeyword(s.minProperties, 0);
    if (required.length > this.bounds.maxValues) this.fail("required", `lists ${required.length} properties; at most ${this.bounds.maxValues} values are generated`);
    if (minProperties > this.bounds.maxValues) this.fail("minProperties", `asks for ${minProperties} properties; at most ${this.bounds.maxValues} values are generated`);
    this.value("properties");
    // Required first, then the optional ones, so a `maxProperties` cut never drops a required one.
    const out: Record<string, unknown> = {};
    const extraSchema = typeof s.additionalProperties === "object" ? s.additionalProperties : true;
    const add = (key: string) => {
      this.step("properties");
      const schema = Object.hasOwn(properties, key) ? properties[key] : extraSchema;
      this.cost.chars += key.length;
      out[key] = this.within(`properties.${key.slice(0, 64)}`, () => this.example(schema, key, depth + 1));
    };
    for (const key of required) if (!Object.hasOwn(out, key)) add(key);
    const limit = Math.max(required.length, countKeyword(s.maxProperties, 32));
    let count = Object.keys(out).length;
    for (const key in properties) {
      if (count >= limit || !this.optionalAllowed(depth)) break;
      if (Object.hasOwn(out, key)) continue;
      add(key);
      count++;
    }
    for (let extra = 0; count < minProperties && s.additionalProperties !== false; extra++) {
      const key = `extra_${extra}`;
      if (Object.hasOwn(out, key)) continue;
      add(key);
      count++;
    }
    return out;
  }
}

/** A tool input and what it cost; throws `ToolInputBoundError` past the bounds. */
export function synthesizeToolInput(inputSchema: unknown, bounds: ToolInputBounds = toolInputBounds): { input: Record<string, unknown>; cost: ToolInputCost } {
  if (typeof inputSchema !== "object" || inputSchema === null) return { input: {}, cost: { values: 0, chars: 0, refs: 0, work: 0 } };
  const synthesis = new Synthesis(inputSchema as Record<string, any>, bounds);
  const value = synthesis.example(inputSchema as Record<string, any>, "", 0);
  const input = typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return { input, cost: synthesis.cost };
}

/**
 * The `input` of a synthetic `tool_use` for this tool definition; a schema that needs more
 * than the bounds is a 400 naming the construct, under `where` (the tool's field path).
 */
export function toolInputFor(inputSchema: unknown, where = "input_schema"): Record<string, unknown> {
  try {
    return synthesizeToolInput(inputSchema).input;
  } catch (error) {
    if (!(error instanceof ToolInputBoundError)) throw error;
    throw new ApiError(400, `${where}: ${error.message} (the reference server's bound for synthesized tool inputs)`);
  }
}
