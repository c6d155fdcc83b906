/**
 * Splits an AWS event stream (application/vnd.amazon.eventstream) into whole messages by
 * their length prefix, across chunk boundaries anywhere (inside the prelude included). Each
 * message is then decoded, and both its CRCs checked, by `@smithy/eventstream-codec`; this
 * only finds where one ends, which the codec leaves to its caller.
 */
import { StreamError } from "../errors/stream-error.ts";

/** The prelude (total length, headers length, prelude CRC) plus the message CRC. */
const overhead = 16;
/**
 * The largest message accepted. A Bedrock chunk carries one stream event; a length beyond
 * this is a corrupt prelude, reported at once instead of waiting for bytes that never come.
 */
export const maxFrameLength = 24 * 1024 * 1024;

export interface FrameSplitter {
  /** Feeds one chunk, passing each message it completes to `each` (a view, valid during the call). */
  push(chunk: Uint8Array, each: (frame: Uint8Array) => void): void;
  /** Bytes held of a message not yet complete (non-zero at the end of a body: it was cut). */
  readonly pending: number;
}

export function createFrameSplitter(): FrameSplitter {
  // The start of an incomplete message, as the chunks it came in (joined once it is whole).
  let parts: Uint8Array[] = [];
  let held = 0;
  let needed = 0;

  const lengthAt = (bytes: Uint8Array, at: number) => {
    const length = ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
    if (length < overhead || length > maxFrameLength) {
      throw new StreamError(`corrupt event stream: a message declares ${length} bytes (a message is ${overhead} to ${maxFrameLength} bytes)`);
    }
    return length;
  };

  const join = (): Uint8Array => {
    const whole = new Uint8Array(held);
    let at = 0;
    for (const part of parts) {
      whole.set(part, at);
      at += part.length;
    }
    return whole;
  };

  return {
    get pending() {
      return held;
    },
    push(chunk, each) {
      let data = chunk;
      if (held > 0) {
        // Most chunks complete the held message or add to it; a join happens only when the
        // length is known and reached, so a large message costs one copy, not one per chunk.
        parts.push(chunk);
        held += chunk.length;
        if (needed === 0 && held >= 4) needed = lengthAt(join(), 0);
        if (needed === 0 || held < needed) return;
        data = join();
        parts = [];
        held = 0;
        needed = 0;
      }
      let offset = 0;
      while (data.length - offset >= 4) {
        const length = lengthAt(data, offset);
        if (data.length - offset < length) break;
        each(data.subarray(offset, offset + length));
        offset += length;
      }
      if (offset < data.length) {
        // Copied: a view would keep the whole chunk alive while waiting for the rest.
        parts = [data.slice(offset)];
        held = data.length - offset;
        needed = held >= 4 ? lengthAt(data, offset) : 0;
      }
    },
  };
}
