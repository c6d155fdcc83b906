/**
 * Record mode: one JSON line per request received, saying what arrived (method, path,
 * headers, body size and SHA-256), so a suite can compare what a proxy forwarded with what
 * its client sent. Secrets never reach the record, wherever they were put (redact.ts). The runtime supplies the sink and the digest (Node: a file and node:crypto).
 */
import type { RequestHeaders } from "../http/request-headers.ts";
import type { RequestBody } from "../http/request-body.ts";
import type { PlatformRecord } from "../http/request-state.ts";

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
    /**
     * The body as UTF-8 when it was read whole, is JSON and at most `recordedTextBytes`: a
     * suite diffs it field by field against what its client sent (a rewritten model, a
     * removed field) and finds the request by a marker inside it.
     */
    readonly text?: string;
  };
  /**
   * Each credential header received → a keyed fingerprint of its secret (the token after a
   * scheme): never the secret, yet a suite that knows the record's salt can tell its own
   * key from a gateway's, and two headers carrying one key from two keys.
   */
  readonly credentials?: Readonly<Record<string, string>>;
  readonly status: number;
  /** Calls on a platform wire: which platform and operation, how it authenticated, the body's platform fields. */
  readonly platform?: PlatformRecord;
}

/** Bodies up to this size are kept as text in the record (JSON only). */
export const recordedTextBytes = 256 * 1024;

export interface Digest {
  update(chunk: Uint8Array): void;
  hex(): string;
}

export interface Recorder {
  createDigest(): Digest;
  /** A keyed, one-way fingerprint of a credential (HMAC under the record's salt). */
  fingerprint?(secret: string): string;
  write(entry: RecordEntry): void;
}

/** The credential headers of a request → fingerprints of their secrets (schemes dropped). */
export function credentialFingerprints(headers: RequestHeaders, fingerprint: (secret: string) => string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    const lower = name.toLowerCase();
    if (lower !== "x-api-key" && lower !== "authorization") return;
    const secret = lower === "authorization" ? value.replace(/^\S+\s+/, "") : value;
    out[lower] = fingerprint(secret.trim());
  });
  return Object.keys(out).length ? out : undefined;
}

export interface BodyTap {
  /** The tapped body: what handlers read through it is counted and digested. */
  readonly body: RequestBody;
  /** Size, digest and completeness of what has been read so far. */
  summary(): RecordEntry["body"];
}

/** Wraps a request body so everything read through it is counted and digested on the way. */
export function tapBody(source: RequestBody, digest: Digest, bodyless: boolean, keepText = false): BodyTap {
  let size = 0;
  // The first bytes, kept for the record's `text` while the body is small enough.
  const kept: Uint8Array[] = [];
  // Until something reads it, a body counts as received only when the method has none.
  let complete = bodyless;
  const see = (chunk: Uint8Array) => {
    size += chunk.byteLength;
    if (keepText && size <= recordedTextBytes) kept.push(chunk);
    digest.update(chunk);
  };
  const text = (): string | undefined => {
    if (!keepText || !complete || size > recordedTextBytes) return undefined;
    const all = new Uint8Array(size);
    let at = 0;
    for (const c of kept) all.set(c, (at += c.byteLength) - c.byteLength);
    return new TextDecoder().decode(all);
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
    summary: () => {
      const body = text();
      return { size, sha256: (hex ??= digest.hex()), complete, ...(body !== undefined && size > 0 ? { text: body } : {}) };
    },
  };
}
