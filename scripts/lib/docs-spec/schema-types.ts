/**
 * Redoc names a schema's type from its own `type`. An open enumeration is an `anyOf` of the
 * known values and any string (spec/README.md), with no `type` of its own, so a header such
 * as `anthropic-beta` (an array of those) renders as "Array of any". In the docs copy, a
 * schema whose `anyOf`/`oneOf` branches all have one and the same `type` gets that type.
 */
type Schema = Record<string, unknown>;

function resolve(doc: Schema, node: unknown): Schema | undefined {
  if (!node || typeof node !== "object") return undefined;
  const ref = (node as Schema).$ref;
  if (typeof ref !== "string") return node as Schema;
  const target = ref.replace(/^#\//, "").split("/").reduce<unknown>((at, key) => (at as Schema | undefined)?.[key], doc);
  return resolve(doc, target);
}

/** The one `type` every branch shares, or undefined. */
function sharedType(doc: Schema, branches: unknown): string | undefined {
  if (!Array.isArray(branches) || branches.length === 0) return undefined;
  const types = new Set(branches.map((b) => resolve(doc, b)?.type));
  const [only] = types;
  return types.size === 1 && typeof only === "string" ? only : undefined;
}

/** The document with every such union typed (mutates and returns its argument). */
export function typeUniformUnions(doc: Schema): Schema {
  const seen = new Set<unknown>();
  const walk = (node: unknown): void => {
    if (!node || typeof node !== "object" || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) return node.forEach(walk);
    const schema = node as Schema;
    if (schema.type === undefined && schema.$ref === undefined) {
      const type = sharedType(doc, schema.anyOf) ?? sharedType(doc, schema.oneOf);
      if (type) schema.type = type;
    }
    Object.values(schema).forEach(walk);
  };
  walk(doc);
  return doc;
}
