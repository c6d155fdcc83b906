/**
 * `{{...}}` references in case data: `{{model}}`, `{{target}}` (the target's origin),
 * `{{run}}` (a per-run nonce) and answers of earlier steps, `{{create.body.id}}`,
 * `{{create.headers.request-id}}`, `{{create.status}}`. A string that is exactly one
 * reference takes the referenced value with its JSON type; elsewhere it is interpolated.
 */

export interface TemplateScope {
  readonly vars: Readonly<Record<string, unknown>>;
}

export class TemplateError extends Error {
  override readonly name = "TemplateError";
}

const reference = /\{\{\s*([A-Za-z0-9_.\-]+)\s*\}\}/g;
const whole = /^\{\{\s*([A-Za-z0-9_.\-]+)\s*\}\}$/;

function lookup(scope: TemplateScope, path: string): unknown {
  const [head, ...rest] = path.split(".");
  if (!head || !(head in scope.vars)) throw new TemplateError(`unknown reference {{${path}}}`);
  let value: unknown = scope.vars[head];
  // Header names contain dashes and no dots, so `headers.request-id` is one segment.
  for (const segment of rest) {
    if (value === null || typeof value !== "object") throw new TemplateError(`{{${path}}}: nothing at "${segment}"`);
    value = (value as Record<string, unknown>)[segment];
  }
  if (value === undefined) throw new TemplateError(`{{${path}}} is undefined`);
  return value;
}

export function fillString(text: string, scope: TemplateScope): unknown {
  const single = whole.exec(text);
  if (single) return lookup(scope, single[1]!);
  return text.replace(reference, (_, path: string) => {
    const value = lookup(scope, path);
    return typeof value === "string" ? value : JSON.stringify(value);
  });
}

/** Fills every string in a JSON value. */
export function fill<T>(value: T, scope: TemplateScope): T {
  if (typeof value === "string") return fillString(value, scope) as T;
  if (Array.isArray(value)) return value.map((v) => fill(v, scope)) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = fill(v, scope);
    return out as T;
  }
  return value;
}

/** The references a value uses (for the corpus check). */
export function referencesIn(value: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "string") for (const m of v.matchAll(reference)) out.push(m[1]!);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(value);
  return out;
}
