import { BodyLimitError } from "../errors/body-limit-error.ts";

/** UTF-8 length of a string without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else {
      bytes += 2;
      // A surrogate pair is 2 UTF-16 units and 4 bytes; a lone surrogate becomes U+FFFD (3).
      const next = text.charCodeAt(i + 1);
      if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return bytes;
}

// Per part: boundary line, Content-Disposition and Content-Type lines; RFC 2046 allows a
// 70-character boundary, so this bounds what any runtime's FormData encoder adds.
const partOverhead = 256;

/** The size a body will have on the wire, or null when it cannot be known before sending. */
export function bodySize(body: BodyInit | null | undefined): number | null {
  if (body == null) return 0;
  if (typeof body === "string") return utf8Length(body);
  if (body instanceof Blob) return body.size;
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return body.byteLength;
  if (body instanceof URLSearchParams) return utf8Length(body.toString());
  if (body instanceof FormData) {
    let total = partOverhead;
    body.forEach((value, name) => {
      total += partOverhead + utf8Length(name) + (typeof value === "string" ? utf8Length(value) : value.size + utf8Length(value.name));
    });
    return total;
  }
  return null;
}

/**
 * Refuses a text body (JSON) over the operation's `x-body-size-limit` before anything is
 * sent. Most bodies are far below their limit; a string of n UTF-16 units is at most 3n
 * bytes, so those are passed without counting. Apart from `checkBodyLimit` so that a client
 * sending only JSON carries no code for the other body kinds.
 */
export function checkTextLimit(operationId: string, text: string, limit: number | null): void {
  if (limit === null || text.length * 3 <= limit) return;
  const size = utf8Length(text);
  if (size > limit) throw new BodyLimitError(operationId, size, limit);
}

/** `checkTextLimit` for any body: a string, bytes, a Blob, form data; unknown sizes pass. */
export function checkBodyLimit(operationId: string, body: BodyInit | null | undefined, limit: number | null): void {
  if (typeof body === "string") return checkTextLimit(operationId, body, limit);
  const size = limit === null ? null : bodySize(body);
  if (size !== null && size > limit!) throw new BodyLimitError(operationId, size, limit!);
}

/**
 * For a body whose size is unknown up front (a stream), counts bytes as they go and errors
 * the stream (so the request fails) once the limit is passed.
 */
export function limitStream(operationId: string, stream: ReadableStream<Uint8Array>, limit: number): ReadableStream<Uint8Array> {
  let seen = 0;
  return stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > limit) controller.error(new BodyLimitError(operationId, seen, limit));
        else controller.enqueue(chunk);
      },
    }),
  );
}
