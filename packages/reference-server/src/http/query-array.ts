/**
 * An array parameter of a query, in either form a client sends it: `name[]=a&name[]=b`, as
 * the official SDKs send every array (the spec's `x-array-brackets`), or a repeated `name=a`.
 */
export function queryArray(query: URLSearchParams, name: string): string[] {
  return [...query.getAll(`${name}[]`), ...query.getAll(name)];
}
