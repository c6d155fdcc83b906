import { redactError } from "../auth/redact-error.ts";
import { parseRetryAfter } from "../retry/timing.ts";
import type { APIError } from "./api-error.ts";
import { errorClassFor } from "./error-classes.ts";

/** How much of a non-JSON error body (an HTML page from a proxy, say) an error keeps. */
const excerptLength = 500;
/** Error bodies are small; one that is not is not read past this. */
const maxErrorBody = 64 * 1024;

interface Envelope {
  error?: { type?: unknown; message?: unknown };
  request_id?: unknown;
}

/**
 * Builds the typed error for an `{type:"error", error:{…}}` envelope, masked by `redact`
 * (the envelope itself must have been parsed from masked text).
 */
export function errorFromEnvelope(
  envelope: unknown,
  status: number | null,
  headers: Headers | null,
  redact: (text: string) => string,
): APIError {
  const env = (envelope ?? {}) as Envelope;
  const type = typeof env.error?.type === "string" ? env.error.type : null;
  const detail = typeof env.error?.message === "string" ? env.error.message : "no message";
  const requestId =
    headers?.get("request-id") ?? (typeof env.request_id === "string" ? env.request_id : null);
  const Class = errorClassFor(status, type);
  const prefix = status === null ? "stream error" : String(status);
  return redactError(
    new Class({
      status,
      type,
      message: `${prefix} ${type ?? "error"}: ${detail}`,
      requestId,
      headers,
      retryAfter: headers ? parseRetryAfter(headers) : null,
      body: envelope,
    }),
    redact,
  );
}

/**
 * Reads at most `limit` bytes of a body as text, then lets go of the rest. `onAbort` is handed
 * a way to stop the read early (the request's budget ran out); what was read so far is kept.
 */
async function readBounded(response: Response, limit: number, onAbort?: (stop: () => void) => void): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  onAbort?.(() => reader.cancel().catch(() => {}));
  const decoder = new TextDecoder();
  let text = "";
  try {
    while (text.length < limit) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      text += decoder.decode(value, { stream: true });
    }
    return text;
  } catch {
    return text; // a body that breaks off still says what it said so far
  } finally {
    reader.cancel().catch(() => {});
  }
}

/**
 * The typed error for a non-2xx response. A body that is not the JSON envelope (an HTML 502
 * from a proxy) still gives an error with the status and a bounded excerpt, never a JSON
 * parse failure. `onAbort` receives a way to stop reading the body (see `readBounded`);
 * `platformEnvelope` turns a platform's error body into the envelope.
 */
export async function errorFromResponse(
  response: Response,
  redact: (text: string) => string,
  onAbort?: (stop: () => void) => void,
  platformEnvelope?: (body: unknown, response: Response) => object | null,
): Promise<APIError> {
  const text = redact(await readBounded(response, maxErrorBody, onAbort));
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  // A cloud platform's own error shape (AWS, Google, Azure), read as the API's envelope.
  if (platformEnvelope) parsed = platformEnvelope(parsed, response) ?? parsed;
  if (parsed && typeof parsed === "object" && "error" in parsed) {
    return errorFromEnvelope(parsed, response.status, response.headers, redact);
  }
  const excerpt = text.replace(/\s+/g, " ").trim().slice(0, excerptLength);
  const Class = errorClassFor(response.status, null);
  const contentType = response.headers.get("content-type") ?? "no content type";
  return redactError(
    new Class({
      status: response.status,
      type: null,
      message: `${response.status} ${response.statusText || "error"} (${contentType}, not an API error envelope)${excerpt ? `: ${excerpt}` : ""}`,
      requestId: response.headers.get("request-id"),
      headers: response.headers,
      retryAfter: parseRetryAfter(response.headers),
      body: excerpt,
    }),
    redact,
  );
}
