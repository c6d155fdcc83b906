/** One way a piece of traffic breaks the spec. */
export interface Violation {
  /** Which part of the exchange: `request.body`, `response.header.retry-after`, `response.sse[3].data`, ... */
  readonly where: string;
  /** JSON pointer into that part's value ("" for the whole value). */
  readonly pointer: string;
  /** The JSON Schema keyword (or contract rule) that failed: `required`, `const`, `status-declared`, ... */
  readonly rule: string;
  readonly message: string;
  /** Where the rule lives in the bundled spec, when it comes from a schema. */
  readonly schemaPath?: string;
}

export function formatViolation(v: Violation): string {
  const at = v.pointer ? `${v.where}${v.pointer}` : v.where;
  return `${at}: ${v.message} [${v.rule}]${v.schemaPath ? ` (${v.schemaPath})` : ""}`;
}
