/**
 * The document the offline docs render: the bundled spec with its source URLs as links,
 * request samples on every operation, and uniform unions typed (each step says why in its
 * own module). The spec itself is not changed; only this copy is.
 */
import { operations } from "@claude-spec/generated/operations";
import { codeSamples } from "./code-samples.ts";
import { linkDescriptions } from "./link-references.ts";
import { typeUniformUnions } from "./schema-types.ts";

type Json = Record<string, unknown>;

/**
 * `samples`: the first-party document gets a curl and a TypeScript sample per operation; a
 * platform's document (its own paths, signed or token auth) gets the links and types only.
 */
export function docsSpec(bundled: Json, { samples = true }: { samples?: boolean } = {}): Json {
  const doc = typeUniformUnions(linkDescriptions(structuredClone(bundled)));
  if (!samples) return doc;
  const paths = doc.paths as Record<string, Record<string, Json>>;
  for (const op of operations) {
    const operation = paths[op.path]?.[op.method];
    if (!operation) throw new Error(`${op.operationId}: ${op.method.toUpperCase()} ${op.path} is not in the bundled spec`);
    operation["x-codeSamples"] = codeSamples(doc, op, operation);
  }
  return doc;
}
