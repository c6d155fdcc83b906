import { StreamError } from "./stream-error.ts";

/**
 * An answer bigger than the client holds in memory to parse it: a JSON answer, one SSE line
 * or event, or one JSON Lines line over `maxBufferedBytes` (after decompression). What was
 * already delivered stays delivered; the rest is not read. Raise the client's or the call's
 * `maxBufferedBytes` to accept larger answers.
 */
export class ResponseTooLargeError extends StreamError {
  override name = "ResponseTooLargeError";
  /** The limit that was passed, in bytes (characters for a line or an event). */
  readonly limit: number;

  constructor(what: string, limit: number) {
    super(`${what} is over maxBufferedBytes (${limit}); raise it to accept more`);
    this.limit = limit;
  }
}
