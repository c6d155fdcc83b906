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

/**
 * The codec's UTF-8 decoder, for header names and values. Every message of a Bedrock stream
 * carries the same three headers (`:message-type: event`, `:event-type: chunk`,
 * `:content-type: application/json`), so the codec would decode the same six short strings
 * for each of them; a TextDecoder call costs more than comparing a few bytes, and those six
 * calls were a third of the codec's time. The strings seen are kept (at most 16, of at most
 * 32 bytes) and matched byte for byte, so a match is exact; anything else is decoded.
 */
const knownHeaderText: { readonly bytes: Uint8Array; readonly text: string }[] = [];

export function headerText(bytes: Uint8Array): string {
  const length = bytes.length;
  if (length > 32) return utf8.decode(bytes);
  next: for (const known of knownHeaderText) {
    if (known.bytes.length !== length) continue;
    for (let i = 0; i < length; i++) if (known.bytes[i] !== bytes[i]) continue next;
    return known.text;
  }
  const text = utf8.decode(bytes);
  if (knownHeaderText.length < 16) knownHeaderText.push({ bytes: bytes.slice(), text });
  return text;
}

let loading: Promise<EventStreamCodec> | null = null;

/**
 * The codec, loaded on first use: importing `@smithy/eventstream-codec` costs Node about 50 ms
 * and a page about 3.6 KB, which a client that never streams from Bedrock (or talks to another
 * platform) should not pay at start-up. Stateless for `decode` (its message buffer serves only
 * `feed`), so one codec serves every stream.
 */
export function loadEventStreamCodec(): Promise<EventStreamCodec> {
  return (loading ??= import("./lazy/event-stream-codec.ts").then(
    ({ EventStreamCodec }) => new EventStreamCodec(headerText, (text) => encoder.encode(text)),
    (error: unknown) => {
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
export function chunkText(body: Uint8Array): string {
  const text = utf8.decode(body);
  let bytes: unknown = chunkBytesAsWritten(text);
  if (bytes === null) {
    try {
      bytes = (JSON.parse(text) as { bytes?: unknown } | null)?.bytes;
    } catch {
      throw new StreamError("corrupt event stream: a chunk's payload is not JSON");
    }
  }
  if (typeof bytes !== "string") throw new StreamError("corrupt event stream: a chunk carries no bytes");
  return base64ToText(bytes);
}

const bytesField = '{"bytes":"';
// Sticky: tested from the closing quote on, with no copy of the payload's tail.
const paddingAndEnd = /"(?:,"p":"[A-Za-z0-9]*")?\}$/y;

/**
 * The base64 of a payload in the exact form Bedrock writes (`{"bytes":"…","p":"…"}`, the
 * padding letters and digits), read by position, or null for any other form, which is then
 * parsed as JSON. On a stream of short deltas a full parse of this outer object costs about
 * as much as parsing the event inside it; this form holds no escapes, so reading it by
 * position gives what the parse would.
 */
function chunkBytesAsWritten(text: string): string | null {
  if (!text.startsWith(bytesField)) return null;
  const end = text.indexOf('"', bytesField.length);
  if (end < 0) return null;
  paddingAndEnd.lastIndex = end;
  if (!paddingAndEnd.test(text)) return null;
  const bytes = text.slice(bytesField.length, end);
  return bytes.includes("\\") ? null : bytes;
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
