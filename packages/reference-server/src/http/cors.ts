/**
 * CORS as the real API does it: preflights are answered for any origin, and a
 * cross-origin request must opt in with `anthropic-dangerous-direct-browser-access: true`
 * or get 401 "CORS requests must set 'anthropic-dangerous-direct-browser-access' header"
 * (https://platform.claude.com/docs/en/api/errors; NextChat #5452).
 */
import type { RequestHeaders } from "./request-headers.ts";
import { ApiError } from "./api-error.ts";

export const browserAccessHeader = "anthropic-dangerous-direct-browser-access";

/** Whether this is a browser's cross-origin request (browsers always send `Origin` on those). */
export function isCrossOrigin(headers: RequestHeaders): boolean {
  return headers.get("origin") !== null;
}

export function isPreflight(method: string, headers: RequestHeaders): boolean {
  return method === "OPTIONS" && headers.get("access-control-request-method") !== null;
}

/** Headers for the answer to a preflight. */
export function preflightHeaders(headers: RequestHeaders): Record<string, string> {
  return {
    "access-control-allow-origin": headers.get("origin") ?? "*",
    "access-control-allow-methods": "GET, POST, DELETE, OPTIONS",
    // Echo what the browser asks for: the SDK adds x-stainless-* and anthropic-* headers.
    "access-control-allow-headers": headers.get("access-control-request-headers") ?? "*",
    "access-control-max-age": "86400",
    vary: "Origin, Access-Control-Request-Headers",
  };
}

/** Headers added to every answer of a cross-origin request, errors included, so the page can read them. */
export function corsResponseHeaders(headers: RequestHeaders): Record<string, string> {
  return {
    "access-control-allow-origin": headers.get("origin") ?? "*",
    "access-control-expose-headers": "*",
    vary: "Origin",
  };
}

export function checkBrowserAccess(headers: RequestHeaders): void {
  if (!isCrossOrigin(headers)) return;
  if (headers.get(browserAccessHeader)?.trim().toLowerCase() === "true") return;
  throw new ApiError(401, `CORS requests must set '${browserAccessHeader}' header`);
}
