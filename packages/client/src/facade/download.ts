import { redactError } from "../auth/redact-error.ts";
import type { BodyReader } from "../transport/read-body.ts";
import { rateLimitOf, type ResponseMeta } from "../transport/response-meta.ts";

/** A binary download (a file's content): its bytes as a stream, read under the idle timeout. */
export interface Download extends ResponseMeta {
  readonly body: ReadableStream<Uint8Array>;
  readonly contentType: string | null;
  /** From `content-length`, when sent. */
  readonly size: number | null;
  /** From `content-disposition`, when sent. */
  readonly filename: string | null;
  /** Reads the whole body into memory. */
  blob(): Promise<Blob>;
}

/** The filename of a `content-disposition` header (RFC 6266), preferring `filename*` (RFC 8187). */
export function filenameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(disposition);
  if (extended?.[2]) {
    try {
      return decodeURIComponent(extended[2].trim());
    } catch {
      // fall through to the plain parameter
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(disposition);
  return plain ? (plain[2] ?? plain[1]!).trim() : null;
}

/** Re-exposes a guarded body as a stream a caller can pipe anywhere. */
export function streamOf(reader: BodyReader): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk: Uint8Array | null;
      try {
        chunk = await reader.read();
      } catch (error) {
        throw redactError(error, reader.redact);
      }
      if (chunk === null) controller.close();
      else controller.enqueue(chunk);
    },
    cancel() {
      reader.cancel();
    },
  });
}

export function toDownload(response: Response, reader: BodyReader): Download {
  const body = streamOf(reader);
  const length = response.headers.get("content-length");
  let rateLimit: Record<string, string> | undefined;
  return {
    body,
    response,
    requestId: response.headers.get("request-id"),
    get rateLimit() {
      return (rateLimit ??= rateLimitOf(response.headers));
    },
    contentType: response.headers.get("content-type"),
    size: length !== null && /^\d+$/.test(length) ? Number(length) : null,
    filename: filenameOf(response.headers.get("content-disposition")),
    blob: () => new Response(body).blob(),
  };
}
