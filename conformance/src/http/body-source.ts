/**
 * Request bodies as sources of chunks with a known size, so a 500 MB upload is produced
 * piece by piece while it is sent and never held in memory. Small bodies keep their text
 * for reports and curl commands; generated ones describe how to regenerate them.
 */

export interface BodySource {
  /** Exact size in bytes (sent as Content-Length). */
  readonly size: number;
  /** The Content-Type this body needs (multipart carries its boundary). */
  readonly contentType: string | null;
  /** Yields the bytes; may be called once per send. */
  chunks(): AsyncIterable<Uint8Array>;
  /** The whole body as text when it is small enough to show; otherwise null. */
  readonly text: string | null;
  /** A short description for reports when `text` is null. */
  readonly summary: string;
  /** For curl: a shell snippet writing the body to stdout (big bodies), or null to use `text`. */
  readonly shell: string | null;
}

const encoder = new TextEncoder();
/** Bodies up to this size are kept as text for reports and reproducers. */
export const showableBytes = 64 * 1024;

export function textBody(text: string, contentType: string | null): BodySource {
  const bytes = encoder.encode(text);
  return {
    size: bytes.byteLength,
    contentType,
    async *chunks() {
      yield bytes;
    },
    text: bytes.byteLength <= showableBytes ? text : null,
    summary: `${bytes.byteLength} bytes`,
    shell: null,
  };
}

export function jsonBody(value: unknown): BodySource {
  return textBody(JSON.stringify(value), "application/json");
}

export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** A printf command that writes `text` exactly, CR and LF included, in any POSIX shell. */
export function printfCommand(text: string): string {
  const escaped = text.replace(/\\/g, "\\\\").replace(/\r/g, "\\r").replace(/\n/g, "\\n");
  return `printf '%b' ${shellQuote(escaped)}`;
}

/** One padding block shared by every generated body (ASCII words, JSON-safe). */
const padBlockSize = 1024 * 1024;
let padBlock: Uint8Array | undefined;
function pad(): Uint8Array {
  if (!padBlock) {
    const word = "conformance padding ";
    padBlock = encoder.encode(word.repeat(Math.ceil(padBlockSize / word.length)).slice(0, padBlockSize));
  }
  return padBlock;
}

/**
 * `prefix`, `padBytes` bytes of padding, `suffix`. The padding block is reused for every
 * piece (it is never written to), so memory stays at one block whatever the size.
 */
export function paddedBody(prefix: string, padBytes: number, suffix: string, contentType: string, summary: string, shell: string): BodySource {
  const head = encoder.encode(prefix);
  const tail = encoder.encode(suffix);
  if (padBytes < 0) throw new RangeError(`body template is larger than the requested size (${summary})`);
  return {
    size: head.byteLength + padBytes + tail.byteLength,
    contentType,
    async *chunks() {
      yield head;
      const block = pad();
      let left = padBytes;
      while (left > 0) {
        const n = Math.min(left, block.byteLength);
        yield n === block.byteLength ? block : block.subarray(0, n);
        left -= n;
      }
      yield tail;
    },
    text: null,
    summary,
    shell,
  };
}
