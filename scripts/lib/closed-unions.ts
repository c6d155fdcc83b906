/**
 * The spec's unions of tagged shapes are open: each ends in a catch-all member whose `type`
 * is "any string but the known ones" (`type: string` with a `not` that lists or matches them), so a
 * block, delta, event or tool the API adds later still validates. In TypeScript that member
 * is `{ type: string }`, and `block.type === "text"` can no longer narrow `block` to the text
 * block. The generated types therefore leave the catch-all members out of their unions,
 * as the official SDKs do (closed unions in types, unknown values still pass at run time):
 * the bundled spec, and everything that validates with it, keeps them.
 *
 * Found by shape, not by name, so a union the spec adds later, and a member added to an
 * existing one, is picked up without a list to update here.
 */
type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null && !Array.isArray(value);

/** A schema whose `type` property is any string that is not one of the known values. */
export function isCatchAll(schema: unknown): boolean {
  if (!isNode(schema) || !isNode(schema.properties)) return false;
  const type = schema.properties.type;
  return isNode(type) && type.type === "string" && isNode(type.not) && type.const === undefined && type.enum === undefined;
}

/** A copy of `doc` whose `anyOf`/`oneOf` unions no longer list their catch-all members. */
export function closeOpenUnions<T>(doc: T): T {
  const schemas = isNode(doc) && isNode(doc.components) && isNode(doc.components.schemas) ? doc.components.schemas : {};
  const target = (member: unknown): unknown => {
    if (!isNode(member) || typeof member.$ref !== "string") return member;
    const name = /^#\/components\/schemas\/([^/]+)$/.exec(member.$ref)?.[1];
    return name === undefined ? member : schemas[decodeURIComponent(name)];
  };
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (!isNode(value)) return value;
    const out: Node = {};
    for (const [key, child] of Object.entries(value)) {
      if ((key === "anyOf" || key === "oneOf") && Array.isArray(child)) {
        const known = child.filter((member) => !isCatchAll(target(member)));
        // A union of nothing but catch-alls stays as it is: there is nothing to narrow to.
        out[key] = (known.length > 0 ? known : child).map(walk);
      } else {
        out[key] = walk(child);
      }
    }
    return out;
  };
  return walk(doc) as T;
}
