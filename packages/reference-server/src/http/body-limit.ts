/**
 * Request bodies read against an operation's size limit (`x-body-size-limit`). Bytes are
 * counted as they arrive, because `Content-Length` may be absent (chunked) or wrong; once
 * the count passes the limit reading stops and the caller answers 413 `request_too_large`.
 * Nothing past the limit is buffered. The reader is released, never cancelled: cancelling
 * would tear down the connection (on Node it destroys the socket) before the 413 is sent.
 */
import type { RequestHeaders } from "./request-headers.ts";
import { ApiError } from "./api-error.ts";

export function tooLarge(limit: number): ApiError {
  return new ApiError(413, `Request exceeds the maximum allowed number of bytes (${limit}).`, {
    // The rest of the body is never taken in (on Node it is drained and dropped, see
    // node/drain-body.ts), so the connection is not reused.
    headers: { connection: "close" },
  });
}

/** Rejects early when the declared length is already over the limit. */
export function checkDeclaredLength(headers: RequestHeaders, limit: number): void {
  const declared = headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit) throw tooLarge(limit);
}

/** Reads the whole body into memory, up to `limit` bytes. */
export async function readLimitedBody(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
  onChunk?: (chunk: Uint8Array) => void,
): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      onChunk?.(value);
      size += value.byteLength;
      if (size > limit) throw tooLarge(limit);
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  return joinChunks(chunks, size);
}

export function joinChunks(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * A pass-through that errors with the 413 once more than `limit` bytes went through, for
 * bodies that are streamed onward (uploads) rather than read into memory.
 */
export function limitStream(body: ReadableStream<Uint8Array>, limit: number): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let size = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let result: ReadableStreamReadResult<Uint8Array>;
        try {
          result = await reader.read();
        } catch (error) {
          controller.error(error);
          return;
        }
        if (result.done) {
          reader.releaseLock();
          controller.close();
          return;
        }
        size += result.value.byteLength;
        if (size > limit) {
          reader.releaseLock();
          controller.error(tooLarge(limit));
          return;
        }
        controller.enqueue(result.value);
      },
      cancel() {
        // Same rule as above: stop reading, but leave the connection to the response.
        reader.releaseLock();
      },
    },
    { highWaterMark: 0 },
  );
}
