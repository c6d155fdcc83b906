import { ClaudeError } from "./errors/claude-error.ts";

/**
 * Refuses, naming it, a timing option that would misbehave quietly later: a `NaN`, zero or
 * negative timeout fires at once, a string one breaks the budget arithmetic, and a
 * fractional or negative `maxRetries` does not retry as meant.
 */
export function checkOptions(
  options: { readonly timeout?: unknown; readonly idleTimeout?: unknown; readonly maxBufferedBytes?: unknown; readonly maxRetries?: unknown; readonly fetchHeadersTimeout?: unknown },
  where: string,
): void {
  const { timeout, idleTimeout, maxBufferedBytes, maxRetries, fetchHeadersTimeout } = options;
  const above0 = (value: unknown) => value === undefined || (typeof value === "number" && value > 0);
  const bad =
    !above0(timeout) ? ["timeout", timeout]
    : !above0(idleTimeout) ? ["idleTimeout", idleTimeout]
    : !above0(maxBufferedBytes) ? ["maxBufferedBytes", maxBufferedBytes]
    : maxRetries !== undefined && !(Number.isInteger(maxRetries) && (maxRetries as number) >= 0) ? ["maxRetries", maxRetries]
    : fetchHeadersTimeout !== undefined && !(Number.isFinite(fetchHeadersTimeout) && (fetchHeadersTimeout as number) >= 0) ? ["fetchHeadersTimeout", fetchHeadersTimeout]
    : null;
  if (bad) {
    const [name, value] = bad;
    const wanted =
      name === "maxRetries" ? "a whole number, 0 or more"
      : name === "fetchHeadersTimeout" ? "a finite number of ms, 0 or more (0: unknown)"
      : `a number ${name === "maxBufferedBytes" ? "of bytes" : "of ms"} above 0 (Infinity: no limit)`;
    // Only a number is shown: a string in the wrong place may be a key.
    throw new ClaudeError(`${where}: ${name} must be ${wanted}, got ${typeof value === "number" ? value : typeof value}`);
  }
}

/** The parsed `baseURL`, or a `ClaudeError` when it is not an absolute http(s) URL. */
export function checkBaseURL(baseURL: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(baseURL);
  } catch {
    // Reported below, without the value (it may be a key passed in the wrong place).
  }
  if (!url || !/^https?:$/.test(url.protocol)) throw new ClaudeError("createClient: baseURL must be an absolute http:// or https:// URL");
  return url;
}
