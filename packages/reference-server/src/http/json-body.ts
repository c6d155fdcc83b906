/**
 * Request bytes to a JSON value, with the checks a hostile body needs: strict UTF-8,
 * valid JSON, an object at the top, and bounded nesting (validators and token counting
 * walk the value recursively; a 32 MB `[[[[…` must be a 400, not a stack overflow).
 */
import { ApiError } from "./api-error.ts";

const utf8 = new TextDecoder("utf-8", { fatal: true });

export const maxNestingDepth = 256;

export function parseJsonBody(bytes: Uint8Array): Record<string, unknown> {
  if (bytes.byteLength === 0) throw new ApiError(400, "request body is empty; expected a JSON object");
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ApiError(400, "request body is not valid UTF-8");
  }
  // Deeper than the cap takes more brackets than a short body has: the scan is skipped for those.
  if (text.length > maxNestingDepth && nestingDepth(text) > maxNestingDepth) {
    throw new ApiError(400, `request body is nested more than ${maxNestingDepth} levels deep`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ApiError(400, `request body is not valid JSON: ${(error as Error).message.slice(0, 200)}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ApiError(400, "request body must be a JSON object");
  }
  return value as Record<string, unknown>;
}

/** The deepest bracket nesting in JSON text, ignoring brackets inside strings. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) max = depth;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}
