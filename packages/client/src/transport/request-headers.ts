import type { ClientContext, RequestOptions } from "./context.ts";

/** Merges header sources, lower-casing names; a `null` value removes the header. */
export function mergeHeaders(
  base: Readonly<Record<string, string>>,
  ...layers: (Readonly<Record<string, string | null>> | undefined)[]
): Record<string, string> {
  const out: Record<string, string> = { ...base };
  for (const layer of layers) {
    if (!layer) continue;
    for (const name in layer) {
      const value = layer[name];
      const key = name.toLowerCase();
      if (value === null || value === undefined) delete out[key];
      else out[key] = value;
    }
  }
  return out;
}

const none: readonly string[] = [];

/**
 * The `anthropic-beta` list for a call: the client's default, the operation's own beta when
 * the operation is beta-only (`x-beta.required`), and the call's `betas`. A generally
 * available operation that still has a beta shape (Files, Skills) gets no header unless the
 * caller asks: sending the name is how the caller picks the beta response shape.
 */
export function betasFor(
  context: ClientContext,
  operationBeta: { readonly name: string; readonly required: boolean } | null,
  options: RequestOptions | undefined,
): readonly string[] {
  const fromDefaults = context.headers["anthropic-beta"];
  const needed = operationBeta?.required === true;
  if (!fromDefaults && !needed && !options?.betas?.length) return none;
  const list: string[] = [];
  if (fromDefaults) list.push(...fromDefaults.split(",").map((b) => b.trim()).filter(Boolean));
  if (needed) list.push(operationBeta.name);
  if (options?.betas) list.push(...options.betas);
  return [...new Set(list)];
}
