/**
 * The request body, read the two ways handlers need: whole into memory within a size
 * limit (JSON operations), or as a stream (uploads). The web-standard version works on any
 * runtime; a runtime entry may supply a faster one (the Node entry reads IncomingMessage
 * directly, node/incoming-body.ts, which avoids several web-stream layers per request).
 */
import { readLimitedBody } from "./body-limit.ts";

export interface RequestBody {
  /**
   * The whole body, at most `limit` bytes; past that it stops reading and rejects with the
   * 413 `ApiError`. `onChunk` sees every chunk read, including the one that went over.
   */
  readAll(limit: number, onChunk?: (chunk: Uint8Array) => void): Promise<Uint8Array>;
  /** The body as a stream, or null when the request has none. */
  stream(): ReadableStream<Uint8Array> | null;
}

/** What a runtime entry may pass to read bodies natively. */
export type NativeBody = RequestBody;

export function webRequestBody(request: Request): RequestBody {
  return {
    readAll: (limit, onChunk) => readLimitedBody(request.body, limit, onChunk),
    stream: () => request.body,
  };
}
