/**
 * Record mode: one JSON line per request received, saying what arrived (method, path,
 * headers, body size and SHA-256), so a suite can compare what a proxy forwarded with what
 * its client sent. Secrets never reach the record, wherever they were put (redact.ts). The runtime supplies the sink and the digest (Node: a file and node:crypto).
 */
import type { RequestBody } from "../http/request-body.ts";

export interface RecordEntry {
  readonly time: string;
  readonly request_id: string;
  readonly method: string;
  readonly path: string;
  readonly query: string | null;
  /** Lower-case names; values of credential headers replaced by `[redacted]`. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: {
    readonly size: number;
    /** Hex SHA-256 of the bytes received (of what was read, when `complete` is false). */
    readonly sha256: string;
    /** False when the server stopped reading early (size limit, error before reading). */
    readonly complete: boolean;
  };
  readonly status: number;
}

export interface Digest {
  update(chunk: Uint8Array): void;
  hex(): string;
}

export interface Recorder {
  createDigest(): Digest;
  write(entry: RecordEntry): void;
}

export interface BodyTap {
  /** The tapped body: what handlers read through it is counted and digested. */
  readonly body: RequestBody;
  /** Size, digest and completeness of what has been read so far. */
  summary(): RecordEntry["body"];
}

/** Wraps a request body so everything read through it is counted and digested on the way. */
export function tapBody(source: RequestBody, digest: Digest, bodyless: boolean): BodyTap {
  let size = 0;
  // Until something reads it, a body counts as received only when the method has none.
  let complete = bodyless;
  const see = (chunk: Uint8Array) => {
    size += chunk.byteLength;
    digest.update(chunk);
  };
  let hex: string | undefined;
  return {
    body: {
      async readAll(limit, onChunk) {
        complete = false;
        const bytes = await source.readAll(limit, (chunk) => {
          see(chunk);
          onChunk?.(chunk);
        });
        complete = true;
        return bytes;
      },
      stream() {
        const body = source.stream();
        if (body === null) {
          complete = true;
          return null;
        }
        complete = false;
        const reader = body.getReader();
        return new ReadableStream<Uint8Array>(
          {
            async pull(controller) {
              try {
                const { done, value } = await reader.read();
                if (done) {
                  complete = true;
                  reader.releaseLock();
                  controller.close();
                  return;
                }
                see(value);
                controller.enqueue(value);
              } catch (error) {
                controller.error(error);
              }
            },
            cancel() {
              reader.releaseLock();
            },
          },
          { highWaterMark: 0 },
        );
      },
    },
    summary: () => ({ size, sha256: (hex ??= digest.hex()), complete }),
  };
}
