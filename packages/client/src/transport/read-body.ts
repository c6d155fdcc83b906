import { StreamError } from "../errors/stream-error.ts";
import type { RequestControl } from "../timeout/request-control.ts";

/**
 * Reads a response body chunk by chunk under its request's control: a chunk resets the idle
 * watchdog, and a failure becomes the reason the request was aborted (timeout, caller abort)
 * or, failing that, a `StreamError` (the connection broke after the headers).
 */
export interface BodyReader {
  /** The next chunk, or null at the end of the body. */
  read(): Promise<Uint8Array | null>;
  /** Stops reading and ends the request; safe to call more than once. */
  cancel(): void;
  /** What a decoder of this body may hold at once (one line, one event): `maxBufferedBytes`. */
  readonly maxBuffered: number;
  /** Masks secrets in what the decoder of this body puts in its errors. */
  readonly redact: (text: string) => string;
}

export type BodyLimits = Pick<BodyReader, "maxBuffered" | "redact">;

export function readBody(response: Response, control: RequestControl, idleTimeout: number, limits: BodyLimits): BodyReader {
  if (!response.body) {
    control.dispose();
    return { read: async () => null, cancel() {}, ...limits };
  }
  const reader = response.body.getReader();
  const touch = control.watchIdle(idleTimeout);
  // Not every fetch ties the body to the request's signal (an injected one may not, and
  // Node's is not handed it when `fetchHeadersTimeout` lets send withhold it), so an abort
  // cancels the reader here too; a pending read then ends and reports the reason.
  control.onAbort((reason) => reader.cancel(reason).catch(() => {}));
  let finished = false;
  const finish = () => {
    finished = true;
    control.onAbort(undefined);
    control.dispose();
  };
  return {
    async read() {
      if (finished) return null;
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await reader.read();
      } catch (error) {
        finish();
        throw control.reason ?? new StreamError(`the connection closed while reading the body: ${(error as Error)?.message ?? error}`, { cause: error });
      }
      if (control.reason) {
        finish();
        throw control.reason;
      }
      if (result.done) {
        finish();
        return null;
      }
      touch();
      return result.value;
    },
    cancel() {
      if (finished) return;
      finish();
      reader.cancel().catch(() => {});
    },
    ...limits,
  };
}
