/**
 * Applies the redactor to an error before a caller can see it: its message and stack, every
 * string property (`requestId`, `type`, a body excerpt), its `headers` (a proxy may echo the
 * key in one), and its cause chain. A cause that carries a secret is replaced by a plain
 * copy (name, code, masked message and stack), since a foreign error may hold the secret in
 * properties of its own (Node's URL error keeps the `input`). Error bodies are masked as
 * text before they are parsed, so no deep walk is needed here.
 */
import { ClaudeError } from "../errors/claude-error.ts";

type Redact = (text: string) => string;

/** The headers with every value masked; the same object when nothing needed it. */
export function redactedHeaders(headers: Headers, redact: Redact): Headers {
  let out: Headers | null = null;
  headers.forEach((value, name) => {
    const masked = redact(value);
    if (masked !== value) (out ??= new Headers(headers)).set(name, masked);
  });
  return out ?? headers;
}

function cleanCause(cause: unknown, redact: Redact, depth: number): unknown {
  if (!(cause instanceof Error)) return typeof cause === "string" ? redact(cause) : cause;
  const inner = depth < 4 ? cleanCause(cause.cause, redact, depth + 1) : undefined;
  const props = cause as unknown as Record<string, unknown>;
  const clean = inner === cause.cause && Object.getOwnPropertyNames(cause).every((name) => typeof props[name] !== "string" || redact(props[name] as string) === props[name]);
  if (clean) return cause;
  const copy = new Error(redact(cause.message), inner === undefined ? undefined : { cause: inner });
  copy.name = cause.name;
  if (typeof props.code === "string") (copy as Error & { code?: string }).code = props.code;
  copy.stack = redact(cause.stack ?? "");
  return copy;
}

/** Masks an error of this client in place (see above) and returns it. */
export function redactError<E>(error: E, redact: Redact): E {
  if (!(error instanceof ClaudeError)) return error;
  const props = error as unknown as Record<string, unknown>;
  error.message = redact(error.message);
  if (error.stack) error.stack = redact(error.stack);
  for (const name of Object.keys(error)) {
    const value = props[name];
    if (typeof value === "string") props[name] = redact(value);
    else if (value instanceof Headers) props[name] = redactedHeaders(value, redact);
  }
  if (error.cause !== undefined) error.cause = cleanCause(error.cause, redact, 0);
  return error;
}
