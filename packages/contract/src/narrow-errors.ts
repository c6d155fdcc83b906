/**
 * Makes Ajv's errors for open unions readable. An `anyOf` of variants told apart by
 * `type` fails with the errors of every variant; only the variant whose `type` matches
 * the value explains what is wrong. So, for each failed `anyOf` whose value has a string
 * `type`, the value is validated again against the named schemas that pin that `type`,
 * and the errors of the closest one replace the union's. (Ajv's schemaPath cannot tell
 * the branches apart: referenced schemas report paths relative to themselves.)
 */
import type { ErrorObject } from "ajv";

export type ValidateNamed = (schemaName: string, value: unknown) => ErrorObject[];

/** Maps each `type` constant to the component schemas that pin it. */
export function indexVariantsByType(schemas: Record<string, any>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [name, schema] of Object.entries(schemas)) {
    const pinned = schema?.properties?.type?.const;
    if (typeof pinned !== "string") continue;
    index.set(pinned, [...(index.get(pinned) ?? []), name]);
  }
  return index;
}

function valueAt(root: unknown, pointer: string): unknown {
  return pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<any>((v, key) => (v === null || v === undefined ? undefined : v[key]), root);
}

const within = (path: string, root: string) => path === root || path.startsWith(root + "/");

export function narrowErrors(
  errors: readonly ErrorObject[],
  data: unknown,
  variants: Map<string, string[]>,
  validateNamed: ValidateNamed,
  depth = 0,
): ErrorObject[] {
  let out = [...errors];
  if (depth < 8) {
    const unions = [...new Set(errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath))].sort(
      (a, b) => a.split("/").length - b.split("/").length,
    );
    const handled: string[] = [];
    for (const at of unions) {
      if (handled.some((h) => within(at, h))) continue;
      const value = valueAt(data, at) as { type?: unknown } | undefined;
      const candidates = typeof value?.type === "string" ? variants.get(value.type) ?? [] : [];
      if (candidates.length === 0) continue;
      const best = candidates
        .map((name) => validateNamed(name, value))
        .sort((a, b) => a.length - b.length)[0]!;
      const replaced = narrowErrors(best, value, variants, validateNamed, depth + 1).map((e) => ({
        ...e,
        instancePath: at + e.instancePath,
      }));
      out = [...out.filter((e) => !within(e.instancePath, at)), ...replaced];
      handled.push(at);
    }
  }
  // A union of different JSON types (string or array of blocks): once something deeper is
  // reported, the "must be string" of the other branch is noise.
  out = out.filter(
    (e) => !(e.keyword === "type" && out.some((d) => d.instancePath.startsWith(e.instancePath + "/"))),
  );
  const specific = out.filter((e) => e.keyword !== "anyOf" && e.keyword !== "oneOf");
  if (specific.length > 0) out = specific;
  if (out.length === 0) out = [...errors];
  const seen = new Set<string>();
  return out.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
