/**
 * The streaming layers composed for one message: each chunk goes through lines, SSE events
 * and typed events into the accumulator in one synchronous pass. An `event: error` becomes
 * the typed error for its `error.type`; the end of the body without `message_stop` is a
 * `StreamError` (naming the unterminated event the SSE layer discarded, if any).
 */
import { errorFromEnvelope } from "../errors/error-from-response.ts";
import { StreamError } from "../errors/stream-error.ts";
import { createEventDecoder } from "../sse/events.ts";
import { createLineDecoder } from "../sse/lines.ts";
import type { MessageStreamEvent } from "../types.ts";
import { createMessageAccumulator, type MessageAccumulator } from "./accumulate-message.ts";
import { toStreamEvent } from "./stream-event.ts";

export interface MessageDecoder {
  readonly accumulator: MessageAccumulator;
  /**
   * Decodes a chunk (null: the end of the body), applying each event and passing it to
   * `each`. Throws at the first failure; events before it were already passed on.
   */
  decode(chunk: Uint8Array | null, each: (event: MessageStreamEvent) => void): void;
}

export function createMessageDecoder(headers: Headers | null, redact: (text: string) => string): MessageDecoder {
  const lines = createLineDecoder();
  const sse = createEventDecoder();
  const accumulator = createMessageAccumulator();
  return {
    accumulator,
    decode(chunk, each) {
      for (const line of chunk === null ? lines.flush() : lines.push(chunk)) {
        const raw = sse.push(line);
        if (raw === null) continue;
        const event = toStreamEvent(raw);
        if (event.type === "error") throw errorFromEnvelope(event, null, headers, redact);
        accumulator.apply(event);
        each(event);
      }
      if (chunk !== null) return;
      const cut = sse.flush();
      if (!accumulator.done) {
        const detail = cut ? ` (an unterminated ${cut.event ?? "unnamed"} event was discarded)` : "";
        throw new StreamError(`the stream ended before message_stop${detail}`);
      }
    },
  };
}
