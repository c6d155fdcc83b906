/**
 * The streaming layers composed for one message: each chunk goes through lines, SSE events
 * and typed events into the accumulator in one synchronous pass. An `event: error` becomes
 * the typed error for its `error.type`; the end of the body without `message_stop` is a
 * `StreamError` (naming the unterminated event the SSE layer discarded, if any).
 */
import { maskedJson } from "../auth/redact-error.ts";
import { errorFromEnvelope } from "../errors/error-from-response.ts";
import { StreamError } from "../errors/stream-error.ts";
import { createEventScanner } from "../sse/events.ts";
import { createLineScanner } from "../sse/lines.ts";
import type { MessageStreamEvent } from "../types.ts";
import { createMessageAccumulator, type MessageAccumulator } from "./accumulate-message.ts";
import { streamEventOf } from "./stream-event.ts";

export interface MessageDecoder {
  readonly accumulator: MessageAccumulator;
  /**
   * Decodes a chunk (null: the end of the body), applying each event and passing it to
   * `each`. Throws at the first failure; events before it were already passed on.
   */
  decode(chunk: Uint8Array | null, each: (event: MessageStreamEvent) => void): void;
}

/**
 * `maxBuffered` bounds one SSE line and one event's data (a `ResponseTooLargeError` past it);
 * an error event's envelope is parsed from text masked by `redact`. The errors thrown are
 * masked by the stream that hands them to its caller.
 */
export function createMessageDecoder(headers: Headers | null, redact: (text: string) => string, maxBuffered = Infinity): MessageDecoder {
  const accumulator = createMessageAccumulator();
  // The layers are chained by callbacks, so a chunk's lines and events are never collected
  // into arrays; the consumer for the chunk being decoded is swapped in by `decode`.
  let each: (event: MessageStreamEvent) => void = () => {};
  const sse = createEventScanner((name, data) => {
    const event = streamEventOf(name, data);
    if (event.type === "error") throw errorFromEnvelope(maskedJson(data, redact), null, headers, redact);
    accumulator.apply(event);
    each(event);
  }, maxBuffered);
  const lines = createLineScanner(maxBuffered);
  return {
    accumulator,
    decode(chunk, consumer) {
      each = consumer;
      if (chunk !== null) return lines.push(chunk, sse.lines);
      lines.flush(sse.lines);
      const cut = sse.flush();
      if (!accumulator.done) {
        const detail = cut ? ` (an unterminated ${cut.event ?? "unnamed"} event was discarded)` : "";
        throw new StreamError(`the stream ended before message_stop${detail}`);
      }
    },
  };
}
