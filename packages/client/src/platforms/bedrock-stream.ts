/**
 * Bedrock's InvokeModelWithResponseStream answer, decoded into the same typed stream events
 * the first-party SSE gives, through the same accumulator: each `chunk` event carries one
 * API stream event as base64 JSON (`{"bytes": "…", "p": "padding"}`); an `exception` or
 * `error` message becomes the typed error for its kind; a corrupt message (bad CRC, bad
 * length) is a `StreamError`; the end of the body before `message_stop` is a `StreamError`.
 * Chunks may split anywhere. Messages of other event types are AWS's own and are skipped.
 */
import type { EventStreamCodec, Message as EventStreamMessage } from "@smithy/eventstream-codec";
import { ClaudeError } from "../errors/claude-error.ts";
import { errorFromEnvelope } from "../errors/error-from-response.ts";
import { StreamError } from "../errors/stream-error.ts";
import { createMessageAccumulator } from "../stream/accumulate-message.ts";
import type { MessageDecoder } from "../stream/message-decoder.ts";
import { streamEventOf } from "../stream/stream-event.ts";
import type { MessageStreamEvent } from "../types.ts";
import { base64ToText } from "./base64.ts";
import { bedrockStreamError } from "./bedrock-errors.ts";
import { createFrameSplitter } from "./frame-splitter.ts";

const utf8 = new TextDecoder();
const encoder = new TextEncoder();
let loading: Promise<EventStreamCodec> | null = null;

/**
 * The codec, loaded on first use: `@smithy/eventstream-codec` brings `@smithy/core`'s event
 * streams, whose import costs Node about 120 ms, which a client that never streams from
 * Bedrock (or talks to another platform) should not pay at start-up. Stateless for `decode`
 * (its message buffer serves only `feed`), so one codec serves every stream.
 */
export function loadEventStreamCodec(): Promise<EventStreamCodec> {
  return (loading ??= import("@smithy/eventstream-codec").then(
    ({ EventStreamCodec }) => new EventStreamCodec((bytes) => utf8.decode(bytes), (text) => encoder.encode(text)),
    (error) => {
      loading = null;
      throw new ClaudeError(`bedrock: could not load @smithy/eventstream-codec to read the event stream: ${(error as Error).message}`, { cause: error });
    },
  ));
}

export const eventStreamContentType = "application/vnd.amazon.eventstream";

function stringHeader(message: EventStreamMessage, name: string): string | null {
  const header = message.headers[name];
  return header?.type === "string" ? header.value : null;
}

export function createBedrockStreamDecoder(codec: EventStreamCodec, headers: Headers, redact: (text: string) => string): MessageDecoder {
  const accumulator = createMessageAccumulator();
  const splitter = createFrameSplitter();
  let each: (event: MessageStreamEvent) => void = () => {};

  const onFrame = (frame: Uint8Array) => {
    let message: EventStreamMessage;
    try {
      message = codec.decode(frame);
    } catch (error) {
      throw new StreamError(`corrupt event stream message: ${(error as Error).message}`, { cause: error });
    }
    const kind = stringHeader(message, ":message-type");
    if (kind === "event") {
      if (stringHeader(message, ":event-type") !== "chunk") return;
      const event = streamEventOf(null, chunkText(message.body));
      if (event.type === "error") throw errorFromEnvelope(event, null, headers, redact);
      accumulator.apply(event);
      each(event);
    } else if (kind === "exception") {
      const name = stringHeader(message, ":exception-type");
      throw bedrockStreamError(name, exceptionMessage(message.body), headers, redact);
    } else if (kind === "error") {
      const message_ = stringHeader(message, ":error-message") ?? "no message";
      throw bedrockStreamError(stringHeader(message, ":error-code"), message_, headers, redact);
    } else {
      throw new StreamError(`corrupt event stream: a message of unknown type ${kind ?? "(none)"}`);
    }
  };

  return {
    accumulator,
    decode(chunk, consumer) {
      each = consumer;
      if (chunk !== null) return splitter.push(chunk, onFrame);
      if (splitter.pending > 0) throw new StreamError(`the event stream ended inside a message (${splitter.pending} bytes of it received)`);
      if (!accumulator.done) throw new StreamError("the stream ended before message_stop");
    },
  };
}

/** The API event JSON inside a `chunk` payload. */
function chunkText(body: Uint8Array): string {
  let payload: { bytes?: unknown };
  try {
    payload = JSON.parse(utf8.decode(body));
  } catch {
    throw new StreamError("corrupt event stream: a chunk's payload is not JSON");
  }
  if (typeof payload?.bytes !== "string") throw new StreamError("corrupt event stream: a chunk carries no bytes");
  return base64ToText(payload.bytes);
}

function exceptionMessage(body: Uint8Array): string {
  try {
    const parsed = JSON.parse(utf8.decode(body)) as { message?: unknown; Message?: unknown };
    const message = parsed.message ?? parsed.Message;
    if (typeof message === "string") return message;
  } catch {
    // Not JSON: the text itself is the message.
  }
  return utf8.decode(body).slice(0, 500) || "no message";
}
