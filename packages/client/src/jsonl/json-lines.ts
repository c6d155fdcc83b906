import { redactError } from "../auth/redact-error.ts";
import { StreamError } from "../errors/stream-error.ts";
import { createLineDecoder } from "../sse/lines.ts";
import { batchIterator } from "../transport/batch-iterator.ts";
import type { BodyReader } from "../transport/read-body.ts";
import { withMeta, type ResponseMeta } from "../transport/response-meta.ts";

/**
 * A JSON Lines body (RFC 7464's newline-delimited cousin, as batch results are served) read
 * as an async iterator of parsed lines, in constant memory whatever its size: each chunk is
 * split and parsed in one pass, and only that chunk's lines are held. Blank lines are
 * skipped; a line that is not JSON is a `StreamError` naming its line number, thrown once
 * the lines before it were handed out.
 */
export class JsonLines<T> implements AsyncIterable<T>, ResponseMeta {
  // Set by `withMeta`, as on every JSON result: one implementation of the three.
  declare readonly response: Response;
  declare readonly requestId: string | null;
  declare readonly rateLimit: Readonly<Record<string, string>>;
  readonly #body: BodyReader;
  #claimed = false;

  constructor(response: Response, body: BodyReader) {
    withMeta(this, response);
    this.#body = body;
  }

  /** Stops reading; the body is cancelled. */
  cancel(): void {
    this.#body.cancel();
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    if (this.#claimed) throw new StreamError("these lines are already being read; a body has one consumer");
    this.#claimed = true;
    const lines = createLineDecoder(this.#body.maxBuffered);
    let lineNumber = 0;
    let ended = false;
    // A line that is not JSON: the lines before it are handed out first, then this is thrown.
    let failure: StreamError | null = null;
    const parse = (texts: string[]): T[] => {
      const out: T[] = [];
      for (const text of texts) {
        lineNumber++;
        if (text.trim() === "") continue;
        try {
          out.push(JSON.parse(text) as T);
        } catch {
          this.#body.cancel();
          failure = new StreamError(`line ${lineNumber} of the body is not JSON: ${this.#body.redact(text.slice(0, 200))}`);
          break;
        }
      }
      return out;
    };
    const readBatch = async (): Promise<T[] | null> => {
      if (failure) throw failure;
      if (ended) return null;
      let chunk: Uint8Array | null;
      try {
        chunk = await this.#body.read();
      } catch (error) {
        // A broken connection's message is the fetch's; masked all the same.
        throw redactError(error, this.#body.redact);
      }
      if (chunk === null) ended = true;
      let texts: string[];
      try {
        texts = chunk === null ? lines.flush() : lines.push(chunk);
      } catch (error) {
        // A line past maxBufferedBytes: no line is held beyond it.
        this.#body.cancel();
        throw (failure = error as StreamError);
      }
      const batch = parse(texts);
      if (batch.length === 0 && failure) throw failure;
      return batch;
    };
    return batchIterator(readBatch, () => this.#body.cancel());
  }
}
