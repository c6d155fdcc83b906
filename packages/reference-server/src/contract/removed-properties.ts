/**
 * Request properties an API version no longer accepts, read from the spec's
 * `x-removed-in-version` extension (2026-10-21 rejects `temperature`, `top_p` and `top_k`
 * with 400 even at their defaults; https://platform.claude.com/docs/en/api/migration-2026-10-21).
 */
import { ApiError } from "../http/api-error.ts";
import { versionAtLeast } from "../http/api-version.ts";

type Json = Record<string, any>;

export interface RemovedProperty {
  /** Property names from the body's root, e.g. `["temperature"]`. */
  readonly path: readonly string[];
  readonly removedIn: string;
}

function deref(doc: Json, node: Json | undefined): Json | undefined {
  let current = node;
  for (let hops = 0; current && typeof current.$ref === "string" && hops < 32; hops++) {
    current = current.$ref
      .replace(/^#\//, "")
      .split("/")
      .reduce((at: Json | undefined, part: string) => at?.[part.replace(/~1/g, "/").replace(/~0/g, "~")], doc);
  }
  return current;
}

/** Walks object properties (through `allOf`) from a request body schema and collects marked ones. */
export function removedProperties(doc: Json, bodySchema: Json | undefined): RemovedProperty[] {
  const found: RemovedProperty[] = [];
  const seen = new Set<Json>();
  const walk = (node: Json | undefined, path: string[]) => {
    const schema = deref(doc, node);
    if (!schema || seen.has(schema) || path.length > 4) return;
    seen.add(schema);
    for (const member of schema.allOf ?? []) walk(member, path);
    for (const [name, property] of Object.entries<Json>(schema.properties ?? {})) {
      const resolved = deref(doc, property);
      const marker = property?.["x-removed-in-version"] ?? resolved?.["x-removed-in-version"];
      if (typeof marker === "string") found.push({ path: [...path, name], removedIn: marker });
      else walk(property, [...path, name]);
    }
    seen.delete(schema);
  };
  walk(bodySchema, []);
  return found;
}

export function checkRemovedProperties(body: Json, version: string, removed: readonly RemovedProperty[]): void {
  for (const property of removed) {
    if (!versionAtLeast(version, property.removedIn)) continue;
    let at: any = body;
    for (const part of property.path) at = at?.[part];
    if (at !== undefined) {
      throw new ApiError(400, `${property.path.join(".")}: is not supported in anthropic-version ${version}`);
    }
  }
}
