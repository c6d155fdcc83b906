/**
 * Applies the redactor to an error before a caller can see it: its message and stack, every
 * string property (`requestId`, `type`, a body excerpt), its `headers` (a proxy may echo the
 * key in one), and its cause chain, which is replaced by a plain copy (name, code, masked
 * message and stack), since a foreign error may hold the secret in properties of its own
 * (Node's URL error keeps the `input`). Error bodies are masked as text before they are
 * parsed, so no deep walk is needed here.
 */
import { ClaudeError } from "../errors/claude-error.ts";

type Redact = (text: string) => string;

/**
 * JSON text with every secret masked, parsed again; the masked text itself if masking broke
 * the JSON (a span cut after a backslash, for a key holding quotes). For a server's error
 * event and a log line's data.
 */
export function maskedJson(text: string, redact: Redact): unknown {
  const masked = redact(text);
  try {
    return JSON.parse(masked);
  } catch {
    return masked;
  }
}

/**
 * A plain, masked copy of a cause: its name, code, message and stack. Its own causes are left
 * out; the messages of this client's errors already quote the one below (a connection
 * failure names the socket's error).
 */
function cleanCause(cause: unknown, redact: Redact): Error {
  const { name = "Error", code, message = cause, stack = message } = cause as { name?: string; code?: unknown; message?: unknown; stack?: unknown };
  return Object.assign(new Error(redact(String(message))), { name, code, stack: redact(String(stack)) });
}

/** Masks an error of this client in place (see above) and returns it. */
export function redactError<E>(error: E, redact: Redact): E {
  if (error instanceof ClaudeError) {
    const props = error as unknown as Record<string, unknown>;
    for (const name of ["message", "stack", ...Object.keys(error)]) {
      const value = props[name];
      if (typeof value === "string") props[name] = redact(value);
      // A copy: the response's own headers stay as the server sent them.
      else if (value instanceof Headers) props[name] = new Headers([...value].map(([key, text]): [string, string] => [key, redact(text)]));
    }
    if (error.cause != null) error.cause = cleanCause(error.cause, redact);
  }
  return error;
}
