import { ResponseTooLargeError } from "../errors/response-too-large-error.ts";
import { StreamError } from "../errors/stream-error.ts";
import type { RequestControl } from "../timeout/request-control.ts";

// Stateless: every body is decoded in one call, so one decoder serves all requests.
const decoder = new TextDecoder();

/**
 * Reads a whole (JSON) body as text under its request's budget. Through a reader rather than
 * `response.text()`: a fetch that was not handed the request's signal does not end the body
 * when the budget runs out, so the abort cancels the reader here, and the read fails with the
 * abort's reason. A body that breaks off is a `StreamError`; one past `maxBytes` (after
 * decompression) a `ResponseTooLargeError`, and the rest is not read.
 */
export async function readText(response: Response, control: RequestControl, maxBytes: number): Promise<string> {
  const body = response.body;
  if (!body) return "";
  const reader = body.getReader();
  control.onAbort(() => reader.cancel().catch(() => {}));
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (control.reason) throw control.reason;
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
      // Ends the request (its abort cancels the reader); the next read reports the reason.
      if (size > maxBytes) control.abort(new ResponseTooLargeError("the JSON answer", maxBytes));
    }
  } catch (error) {
    // The cause is the fetch's own error about the socket, never the server's text.
    throw control.reason ?? new StreamError(`the connection closed while reading the body`, { cause: error });
  } finally {
    control.onAbort(undefined);
  }
  if (chunks.length === 1) return decoder.decode(chunks[0]);
  const whole = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.byteLength;
  }
  return decoder.decode(whole);
}
