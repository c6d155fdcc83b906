/**
 * The URL of a call: the path template filled with encoded path parameters, and the query.
 * The facade's query parameters are scalars (limits, cursors, `beta=true`) and arrays of
 * scalars (`ids`, `lifecycle`), so this is the whole of what it needs; it keeps
 * openapi-fetch's serializers (and its client) out of bundles that use only the facade.
 */
export function fillPath(template: string, values: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(values[name])));
}

/**
 * The query of a call. An array goes as `name[]=…` once per item (`ids[]=a&ids[]=b`), the
 * form the official SDKs send every array in (the spec's `x-array-brackets`).
 */
export function queryString(query: Readonly<Record<string, unknown>>): string {
  const search = new URLSearchParams();
  for (const name in query) {
    const value = query[name];
    if (Array.isArray(value)) for (const item of value) search.append(`${name}[]`, String(item));
    else if (value != null) search.append(name, String(value));
  }
  return search.toString();
}
