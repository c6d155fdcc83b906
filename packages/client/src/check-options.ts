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
  // Only a number is shown: a string in the wrong place may be a key.
  const refuse = (name: string, wanted: string, value: unknown) =>
    new ClaudeError(`${where}: ${name} must be ${wanted}, got ${typeof value === "number" ? value : typeof value}`);
  for (const name of ["timeout", "idleTimeout", "maxBufferedBytes"] as const) {
    const value = options[name];
    if (value !== undefined && !(typeof value === "number" && value > 0)) {
      throw refuse(name, `a number ${name === "maxBufferedBytes" ? "of bytes" : "of ms"} above 0 (Infinity: no limit)`, value);
    }
  }
  const { maxRetries, fetchHeadersTimeout } = options;
  if (maxRetries !== undefined && !(Number.isInteger(maxRetries) && (maxRetries as number) >= 0)) throw refuse("maxRetries", "a whole number, 0 or more", maxRetries);
  if (fetchHeadersTimeout !== undefined && !(Number.isFinite(fetchHeadersTimeout) && (fetchHeadersTimeout as number) >= 0)) {
    throw refuse("fetchHeadersTimeout", "a finite number of ms, 0 or more (0: unknown)", fetchHeadersTimeout);
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
