/**
 * Bedrock InvokeModelWithResponseStream framing: the shared core's SSE stream re-framed as
 * an AWS event stream (`application/vnd.amazon.eventstream`), encoded with
 * `@smithy/eventstream-codec` (prelude and message CRC-32s included). Each Anthropic event
 * becomes one `chunk` frame whose JSON payload carries the event base64-encoded in `bytes`
 * and random-length padding in `p`; `ping` is dropped (Bedrock sends none); `message_stop`
 * gains `amazon-bedrock-invocationMetrics`; an `event: error` becomes an exception frame
 * (`:message-type: exception`) named after the error, as Bedrock reports failures after
 * the 200. The `corrupt_frame_after_events` fault sends one frame with a broken CRC.
 */
import { EventStreamCodec, type MessageHeaders } from "@smithy/eventstream-codec";
import { fnv1a } from "../http/ids.ts";

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const codec = new EventStreamCodec((bytes) => decoder.decode(bytes), (text) => encoder.encode(text));

export const eventStreamContentType = "application/vnd.amazon.eventstream";

const paddingAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

const stringHeader = (value: string) => ({ type: "string" as const, value });

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** One `chunk` frame carrying `eventJson`; the padding's length is deterministic per event. */
export function chunkFrame(eventJson: string, index: number): Uint8Array {
  const padding = paddingAlphabet.slice(0, 1 + (fnv1a(`${index}:${eventJson.length}`) % paddingAlphabet.length));
  const payload = JSON.stringify({ bytes: base64(encoder.encode(eventJson)), p: padding });
  const headers: MessageHeaders = {
    ":event-type": stringHeader("chunk"),
    ":content-type": stringHeader("application/json"),
    ":message-type": stringHeader("event"),
  };
  return codec.encode({ headers, body: encoder.encode(payload) });
}

/** A modelled exception frame, e.g. `throttlingException` with `{"message": …}`. */
export function exceptionFrame(exceptionType: string, body: Record<string, unknown>): Uint8Array {
  const headers: MessageHeaders = {
    ":exception-type": stringHeader(exceptionType),
    ":content-type": stringHeader("application/json"),
    ":message-type": stringHeader("exception"),
  };
  return codec.encode({ headers, body: encoder.encode(JSON.stringify(body)) });
}

/** The stream exception names Bedrock documents, by the Anthropic error type they stand for. */
const exceptionForErrorType: Readonly<Record<string, string>> = {
  invalid_request_error: "validationException",
  rate_limit_error: "throttlingException",
  timeout_error: "modelTimeoutException",
  api_error: "internalServerException",
  overloaded_error: "serviceUnavailableException",
};

/**
 * The exception frame for an Anthropic `error` event. A fault may name a Bedrock exception
 * directly in `error_type` (`throttlingException`); other types map by kind, and anything
 * unknown is a `modelStreamErrorException` carrying the original status and message.
 */
export function exceptionFor(error: { type?: string; message?: string }, knownExceptions: Readonly<Record<string, number>>): Uint8Array {
  const type = error.type ?? "api_error";
  const message = error.message ?? "";
  if (type in knownExceptions) return exceptionFrame(type, { message });
  const mapped = exceptionForErrorType[type];
  if (mapped) return exceptionFrame(mapped, { message });
  return exceptionFrame("modelStreamErrorException", { message, originalStatusCode: 500, originalMessage: message });
}

export interface EventStreamOptions {
  /** Stream exceptions the platform documents (`:exception-type` → status). */
  readonly exceptions: Readonly<Record<string, number>>;
  /** After this many chunk frames, send one with a corrupt message CRC and end. */
  readonly corruptAfterEvents?: number;
  readonly now: () => number;
  readonly startedAt: number;
}

interface SseEvent {
  readonly event: string | null;
  readonly data: string;
}

function parseSseBlock(block: string): SseEvent | null {
  let event: string | null = null;
  const data: string[] = [];
  for (const line of block.split("\n")) {
    if (line.startsWith("event:")) event = line.slice(6).trim();
    else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
  }
  return data.length > 0 ? { event, data: data.join("\n") } : null;
}

/** Re-frames an SSE byte stream (as the core writes it) into AWS event-stream frames, with backpressure. */
export function sseToEventStream(sse: ReadableStream<Uint8Array>, options: EventStreamOptions): ReadableStream<Uint8Array> {
  const reader = sse.getReader();
  const text = new TextDecoder();
  let buffered = "";
  let frames = 0;
  let firstByteAt: number | undefined;
  let inputTokens = 0;
  let outputTokens = 0;
  let done = false;


  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        for (;;) {
          if (done) return controller.close();
          const split = buffered.indexOf("\n\n");
          if (split >= 0) {
            const block = buffered.slice(0, split);
            buffered = buffered.slice(split + 2);
            const event = parseSseBlock(block);
            if (!event) continue;
            const out = emit(event);
            if (out.frames.length === 0 && !out.end) continue;
            for (const frame of out.frames) controller.enqueue(frame);
            if (out.end) {
              done = true;
              await reader.cancel().catch(() => {});
              controller.close();
            }
            return;
          }
          const { value, done: ended } = await reader.read();
          if (ended) {
            done = true;
            return controller.close();
          }
          buffered += text.decode(value, { stream: true }).replace(/\r\n/g, "\n");
        }
      },
      async cancel(reason) {
        await reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );

  function emit(event: SseEvent): { frames: Uint8Array[]; end: boolean } {
    let parsed: Record<string, any>;
    try {
      parsed = JSON.parse(event.data);
    } catch {
      return { frames: [], end: false };
    }
    const type = parsed.type ?? event.event;
    if (type === "ping") return { frames: [], end: false };
    // Bedrock ends the stream after an exception.
    if (type === "error") return { frames: [exceptionFor(parsed.error ?? {}, options.exceptions)], end: true };
    if (type === "message_start") inputTokens = parsed.message?.usage?.input_tokens ?? 0;
    if (type === "message_delta") outputTokens = parsed.usage?.output_tokens ?? outputTokens;
    if (type === "message_stop") {
      const now = options.now();
      parsed["amazon-bedrock-invocationMetrics"] = {
        inputTokenCount: inputTokens,
        outputTokenCount: outputTokens,
        invocationLatency: Math.max(0, now - options.startedAt),
        firstByteLatency: Math.max(0, (firstByteAt ?? now) - options.startedAt),
      };
    }
    firstByteAt ??= options.now();
    const frame = chunkFrame(JSON.stringify(parsed), frames);
    if (options.corruptAfterEvents !== undefined && frames >= options.corruptAfterEvents) {
      // Flip the message CRC's last byte: any decoder must refuse this frame.
      frame[frame.length - 1] = frame[frame.length - 1]! ^ 0xff;
      return { frames: [frame], end: true };
    }
    frames++;
    return { frames: [frame], end: false };
  }
}
