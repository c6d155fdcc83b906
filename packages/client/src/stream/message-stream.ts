import { redactError } from "../auth/redact-error.ts";
import { ClaudeError } from "../errors/claude-error.ts";
import { UserAbortError } from "../errors/user-abort-error.ts";
import { batchIterator } from "../transport/batch-iterator.ts";
import type { BodyReader } from "../transport/read-body.ts";
import { withMeta, type ResponseMeta } from "../transport/response-meta.ts";
import type { RequestControl } from "../timeout/request-control.ts";
import type { Message, MessageStreamEvent } from "../types.ts";
import type { MessageAccumulator } from "./accumulate-message.ts";
import { deferred, type Deferred } from "./deferred.ts";
import { createMessageDecoder, type MessageDecoder } from "./message-decoder.ts";
import { deltaOf, type MessageStreamDelta } from "./message-deltas.ts";

/**
 * A streamed message: iterate it for every typed event (unknown ones included), or ask for
 * `deltas()`, `text()` or `finalMessage()`. Each chunk is decoded in one synchronous pass
 * (lines, events, typed events, accumulator), so only consumers that ask for events one by
 * one pay a promise per event. A stream has one consumer; breaking out of a loop or calling
 * `abort()` cancels the body, and no promise is left to reject unobserved.
 */
export class MessageStream implements AsyncIterable<MessageStreamEvent>, ResponseMeta {
  // Set by `withMeta`, as on every JSON result: one implementation of the three.
  declare readonly response: Response;
  declare readonly requestId: string | null;
  declare readonly rateLimit: Readonly<Record<string, string>>;
  readonly #body: BodyReader;
  readonly #control: RequestControl;
  readonly #decoder: MessageDecoder;
  readonly #accumulator: MessageAccumulator;
  #claimed = false;
  #ended = false;
  #error: unknown = null;
  #pendingError: unknown = null;
  #waiter: Deferred<Message> | null = null;

  /** `decoder`: a cloud platform's own framing (Bedrock's event stream) instead of SSE. */
  constructor(response: Response, body: BodyReader, control: RequestControl, decoder?: MessageDecoder) {
    withMeta(this, response);
    this.#body = body;
    this.#control = control;
    this.#decoder = decoder ?? createMessageDecoder(response.headers, body.redact, body.maxBuffered);
    this.#accumulator = this.#decoder.accumulator;
  }

  /** The message accumulated so far (null before `message_start`). */
  get currentMessage(): Message | null {
    return this.#accumulator.message;
  }

  /** Stops the stream; pending reads reject with a `UserAbortError`. */
  abort(reason = "stream aborted by the caller"): void {
    if (this.#ended) return;
    this.#control.abort(new UserAbortError(reason));
    this.#body.cancel();
    this.#fail(this.#control.reason);
  }

  [Symbol.asyncIterator](): AsyncIterator<MessageStreamEvent> {
    return this.#iterate((event) => event);
  }

  /** Text, tool input, thinking, signatures, citations, finished blocks and the final message. */
  deltas(): AsyncIterable<MessageStreamDelta> {
    // Derived as each event is applied, so a snapshot is the state at that event.
    return { [Symbol.asyncIterator]: () => this.#iterate((event) => deltaOf(event, this.#accumulator)) };
  }

  /** Only the text, as it arrives. */
  text(): AsyncIterable<string> {
    return {
      [Symbol.asyncIterator]: () =>
        this.#iterate((event) => {
          const e = event as { type: string; delta?: { type?: string; text?: string } };
          return e.type === "content_block_delta" && e.delta?.type === "text_delta" ? e.delta.text! : null;
        }),
    };
  }

  #iterate<T>(map: (event: MessageStreamEvent) => T | null): AsyncIterator<T> {
    this.#claim();
    return batchIterator(
      () => this.#readBatch(map),
      () => this.#ended || this.abort("the consumer stopped reading"),
    );
  }

  /** The complete message, with the final stop reason and usage; reads the rest of the stream. */
  finalMessage(): Promise<Message> {
    if (this.#ended) return this.#error ? Promise.reject(this.#error) : Promise.resolve(this.#accumulator.message!);
    if (this.#claimed) return (this.#waiter ??= deferred<Message>()).promise;
    this.#claim();
    return (async () => {
      while ((await this.#readBatch(skip)) !== null);
      return this.#accumulator.message!;
    })();
  }

  /** The text of every text block of the final message, joined. */
  async finalText(): Promise<string> {
    const message = await this.finalMessage();
    return message.content.map((b) => (b.type === "text" ? (b as { text: string }).text : "")).join("");
  }

  #claim(): void {
    if (this.#claimed) throw new ClaudeError("this stream is already being read: it has one consumer");
    this.#claimed = true;
  }

  async #readBatch<T>(map: (event: MessageStreamEvent) => T | null): Promise<T[] | null> {
    if (this.#pendingError) this.#fail(this.#pendingError);
    if (this.#error) throw this.#error;
    if (this.#ended) return null;
    for (;;) {
      let chunk: Uint8Array | null;
      try {
        chunk = await this.#body.read();
      } catch (error) {
        throw this.#fail(error);
      }
      const out: T[] = [];
      try {
        this.#decoder.decode(chunk, (event) => {
          const item = map(event);
          if (item !== null) out.push(item);
        });
      } catch (error) {
        this.#body.cancel();
        // Deliver what came before the failure; the next read throws.
        if (out.length > 0) this.#pendingError = error;
        else throw this.#fail(error);
      }
      if (chunk === null && !this.#pendingError) {
        this.#ended = true;
        this.#waiter?.resolve(this.#accumulator.message!);
      }
      if (out.length > 0) return out;
      if (chunk === null) return null;
    }
  }

  #fail(error: unknown): unknown {
    if (this.#error) return this.#error;
    // Every error of the stream reaches its caller through here: a server's text in it (bad
    // JSON data, an error event, a broken connection's message) may echo the key.
    this.#error = error = redactError(error, this.#body.redact);
    this.#ended = true;
    this.#body.cancel();
    this.#waiter?.reject(error);
    return error;
  }
}

const skip = () => null;
