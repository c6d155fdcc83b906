/**
 * The URL of a call: the path template filled with encoded path parameters, and the query.
 * The facade's parameters are all scalars (ids, limits, cursors, `beta=true`), so this is
 * the whole of what it needs; it keeps openapi-fetch's serializers (and its client) out of
 * bundles that use only the facade.
 */
export function fillPath(template: string, values: Readonly<Record<string, unknown>>): string {
  if (!template.includes("{")) return template;
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(values[name])));
}

export function queryString(query: Readonly<Record<string, unknown>>): string {
  let out = "";
  for (const name in query) {
    const value = query[name];
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      out += `${out ? "&" : ""}${encodeURIComponent(name)}=${encodeURIComponent(String(item))}`;
    }
  }
  return out;
}
