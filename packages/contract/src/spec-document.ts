/** The bundled spec and JSON-pointer helpers over it. */
import openapi from "@claude-spec/generated/openapi.json" with { type: "json" };

export type Json = Record<string, any>;

export const specDocument: Json = openapi as Json;

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** Follows `$ref`s from `pointer` until it reaches a real object; returns the object and its final pointer. */
export function resolve(doc: Json, pointer: string): { node: Json; pointer: string } | undefined {
  let at = pointer;
  for (let hops = 0; hops < 32; hops++) {
    const node = at
      .replace(/^#?\//, "")
      .split("/")
      .filter((s) => s !== "")
      .reduce<Json | undefined>((n, part) => n?.[unescapePointer(part)], doc);
    if (node === undefined) return undefined;
    if (typeof node.$ref !== "string" || !node.$ref.startsWith("#")) return { node, pointer: at };
    at = node.$ref.slice(1);
  }
  throw new Error(`$ref chain too long at ${pointer}`);
}
