/**
 * A streaming `multipart/form-data` reader (RFC 7578 over RFC 2046 §5.1). Parts come out
 * one at a time and each part's bytes are a stream, so a 500 MB upload flows to storage
 * without being held in memory: at most one network chunk plus a delimiter's length is
 * buffered. Web standards only.
 */
import { ApiError } from "../http/api-error.ts";
import { parsePartHeaders, type PartHeaders } from "./part-headers.ts";

export interface MultipartPart extends PartHeaders {
  /** The part's bytes. Read it before asking for the next part; unread bytes are skipped. */
  readonly body: ReadableStream<Uint8Array>;
}

export interface MultipartLimits {
  /** Largest header block of one part, in bytes. @default 16384 */
  readonly maxHeaderBytes?: number;
  /** Most parts in one body. @default 10000 */
  readonly maxParts?: number;
}

const encoder = new TextEncoder();
const crlfcrlf = encoder.encode("\r\n\r\n");

/** The `boundary` parameter of a multipart content type, or null. */
export function multipartBoundary(contentType: string | null): string | null {
  if (!contentType || !/^multipart\/form-data\s*(;|$)/i.test(contentType.trim())) return null;
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;"]{1,70}))/i.exec(contentType);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

function malformed(detail: string): ApiError {
  return new ApiError(400, `malformed multipart/form-data body: ${detail}`);
}

/** Finds `needle` in `hay` from `from`; -1 when absent. */
function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from = 0): number {
  const first = needle[0]!;
  const last = hay.length - needle.length;
  for (let i = hay.indexOf(first, from); i !== -1 && i <= last; i = hay.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && hay[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

export class MultipartReader {
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  /** `CRLF--boundary`: the body is read as if it began with CRLF, so the first boundary needs no special case. */
  readonly #delimiter: Uint8Array;
  readonly #maxHeaderBytes: number;
  readonly #maxParts: number;
  #buffer: Uint8Array = encoder.encode("\r\n");
  #ended = false;

  constructor(body: ReadableStream<Uint8Array>, boundary: string, limits: MultipartLimits = {}) {
    this.#reader = body.getReader();
    this.#delimiter = encoder.encode(`\r\n--${boundary}`);
    this.#maxHeaderBytes = limits.maxHeaderBytes ?? 16_384;
    this.#maxParts = limits.maxParts ?? 10_000;
  }

  /** Reads one more chunk into the buffer; false at the end of the body. */
  async #fill(): Promise<boolean> {
    if (this.#ended) return false;
    const { done, value } = await this.#reader.read();
    if (done) {
      this.#ended = true;
      return false;
    }
    this.#buffer = concat(this.#buffer, value);
    return true;
  }

  async #need(bytes: number, what: string): Promise<void> {
    while (this.#buffer.length < bytes) if (!(await this.#fill())) throw malformed(`body ended inside ${what}`);
  }

  /** Discards everything up to and including the next delimiter. */
  async #skipPast(): Promise<void> {
    for (;;) {
      const at = indexOfBytes(this.#buffer, this.#delimiter);
      if (at !== -1) {
        this.#buffer = this.#buffer.subarray(at + this.#delimiter.length);
        return;
      }
      this.#buffer = this.#buffer.subarray(Math.max(0, this.#buffer.length - this.#delimiter.length + 1));
      if (!(await this.#fill())) throw malformed("no boundary found");
    }
  }

  /** After a delimiter: true when it was the closing one (`--`). */
  async #afterDelimiter(): Promise<boolean> {
    await this.#need(2, "a boundary");
    if (this.#buffer[0] === 45 && this.#buffer[1] === 45) return true;
    // Transport padding (spaces, tabs) may follow a boundary before its CRLF.
    let i = 0;
    for (;;) {
      await this.#need(i + 2, "a boundary");
      const c = this.#buffer[i]!;
      if (c === 32 || c === 9) {
        if (++i > 256) throw malformed("boundary line too long");
        continue;
      }
      if (c === 13 && this.#buffer[i + 1] === 10) break;
      throw malformed("boundary not followed by CRLF");
    }
    this.#buffer = this.#buffer.subarray(i + 2);
    return false;
  }

  async #headers(): Promise<PartHeaders> {
    for (;;) {
      // A part without headers starts right away with the blank line.
      if (this.#buffer.length >= 2 && this.#buffer[0] === 13 && this.#buffer[1] === 10) {
        this.#buffer = this.#buffer.subarray(2);
        return parsePartHeaders(new Uint8Array(0));
      }
      const end = indexOfBytes(this.#buffer, crlfcrlf);
      if (end !== -1) {
        const block = this.#buffer.subarray(0, end);
        this.#buffer = this.#buffer.subarray(end + 4);
        return parsePartHeaders(block);
      }
      if (this.#buffer.length > this.#maxHeaderBytes) throw malformed("part headers too large");
      if (!(await this.#fill())) throw malformed("body ended inside part headers");
    }
  }

  /** The next piece of the current part's body; `last` when the delimiter that ends it was reached. */
  async #bodyChunk(): Promise<{ chunk: Uint8Array; last: boolean }> {
    for (;;) {
      const at = indexOfBytes(this.#buffer, this.#delimiter);
      if (at !== -1) {
        const chunk = this.#buffer.subarray(0, at);
        this.#buffer = this.#buffer.subarray(at + this.#delimiter.length);
        return { chunk, last: true };
      }
      // Everything but a possible delimiter prefix at the end is part data.
      const safe = this.#buffer.length - (this.#delimiter.length - 1);
      if (safe > 0) {
        const chunk = this.#buffer.subarray(0, safe);
        this.#buffer = this.#buffer.subarray(safe);
        return { chunk, last: false };
      }
      if (!(await this.#fill())) throw malformed("body ended inside a part");
    }
  }

  async *parts(): AsyncGenerator<MultipartPart> {
    await this.#skipPast();
    for (let count = 0; ; count++) {
      if (await this.#afterDelimiter()) return;
      if (count >= this.#maxParts) throw malformed(`more than ${this.#maxParts} parts`);
      const headers = await this.#headers();
      let finished = false;
      const body = new ReadableStream<Uint8Array>(
        {
          pull: async (controller) => {
            const { chunk, last } = await this.#bodyChunk();
            if (chunk.length > 0) controller.enqueue(chunk);
            if (last) {
              finished = true;
              controller.close();
            }
          },
        },
        { highWaterMark: 0 },
      );
      yield { ...headers, body };
      if (!finished) {
        // The consumer left bytes unread: skip them so the next part starts in the right place.
        const reader = body.getReader();
        while (!(await reader.read()).done) {
          /* discard */
        }
      }
    }
  }
}
