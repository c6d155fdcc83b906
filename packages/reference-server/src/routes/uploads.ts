/**
 * Shared handling of multipart upload bodies (Files and Skills): the boundary, the size
 * limit counted on the stream, and small text fields read with a cap.
 */
import { ApiError } from "../http/api-error.ts";
import { checkDeclaredLength, limitStream } from "../http/body-limit.ts";
import { MultipartReader, multipartBoundary } from "../multipart/multipart-reader.ts";
import type { Call } from "./call.ts";

export function multipartReader(call: Call): MultipartReader {
  const boundary = multipartBoundary(call.headers.get("content-type"));
  if (!boundary) throw new ApiError(400, "content-type: expected multipart/form-data with a boundary parameter");
  checkDeclaredLength(call.headers, call.bodyLimit);
  const body = call.state.body.stream();
  if (!body) throw new ApiError(400, "request body is empty; expected multipart/form-data");
  return new MultipartReader(limitStream(body, call.bodyLimit), boundary);
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** A text field's value, refusing anything longer than `max` bytes. */
export async function readField(body: ReadableStream<Uint8Array>, name: string, max = 65_536): Promise<string> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new ApiError(400, `${name}: field is longer than ${max} bytes`);
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  try {
    return utf8.decode(all);
  } catch {
    throw new ApiError(400, `${name}: field is not valid UTF-8`);
  }
}
