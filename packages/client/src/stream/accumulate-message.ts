/**
 * Layer 4 of streaming: folds stream events into the message they describe, following the
 * streaming contract: `message_start` gives the message with empty content; each block
 * starts, takes deltas (text and thinking append, `partial_json` pieces join into the tool
 * input, a signature replaces, citations append) and stops; `message_delta` sets the stop
 * fields and its cumulative usage overwrites the fields it carries (never added: the counts
 * are already totals). Unknown events and deltas are left alone.
 * See https://platform.claude.com/docs/en/build-with-claude/streaming
 */
import { StreamError } from "../errors/stream-error.ts";
import type { Message, MessageStreamEvent } from "../types.ts";

type Loose = Record<string, any>;

export interface MessageAccumulator {
  /** Applies one event to the message. */
  apply(event: MessageStreamEvent): void;
  /** The message so far (null before `message_start`). */
  readonly message: Message | null;
  /** True once `message_stop` arrived. */
  readonly done: boolean;
  /** The tool input JSON received so far for a block, as text. */
  partialJson(index: number): string;
}

export function createMessageAccumulator(): MessageAccumulator {
  let message: Loose | null = null;
  let done = false;
  const json: string[] = [];

  const blockAt = (event: Loose): Loose => {
    const block = message?.content[event.index];
    if (!block) throw new StreamError(`${event.type} for content block ${event.index}, which never started`);
    return block;
  };

  const applyDelta = (block: Loose, index: number, delta: Loose) => {
    switch (delta.type) {
      case "input_json_delta":
        json[index] = (json[index] ?? "") + delta.partial_json;
        break;
      case "thinking_delta":
        block.thinking = (block.thinking ?? "") + delta.thinking;
        break;
      case "signature_delta":
        block.signature = delta.signature;
        break;
      case "citations_delta":
        (block.citations ??= []).push(delta.citation);
        break;
      case "compaction_delta":
        if (typeof delta.content === "string") block.content = (block.content ?? "") + delta.content;
        break;
    }
  };

  const applyOther = (e: Loose) => {
    switch (e.type) {
      case "message_start":
        message = e.message;
        message!.content ??= [];
        break;
      case "content_block_start":
        if (!message) throw new StreamError("content_block_start before message_start");
        message.content[e.index] = e.content_block;
        break;
      case "content_block_stop": {
        const block = blockAt(e);
        const text = json[e.index];
        if (text) {
          try {
            block.input = JSON.parse(text);
          } catch {
            throw new StreamError(`the tool input of content block ${e.index} is not valid JSON`);
          }
        }
        break;
      }
      case "message_delta": {
        if (!message) throw new StreamError("message_delta before message_start");
        Object.assign(message, e.delta);
        if (e.context_management !== undefined) message.context_management = e.context_management;
        for (const key in e.usage) {
          const value = e.usage[key];
          if (value !== null && value !== undefined) message.usage[key] = value;
        }
        break;
      }
      case "message_stop":
        done = true;
        break;
    }
  };

  return {
    // Deltas are nearly every event of a long stream, and text deltas nearly every delta:
    // this path is kept small enough for the JIT to inline it into the decoder, and every
    // other event and delta is handled out of line.
    apply(event) {
      const e = event as Loose;
      if (e.type !== "content_block_delta") return applyOther(e);
      const block = blockAt(e);
      const delta = e.delta as Loose;
      if (delta.type === "text_delta") block.text = block.text === undefined ? delta.text : block.text + delta.text;
      else applyDelta(block, e.index, delta);
    },
    get message() {
      return message as Message | null;
    },
    get done() {
      return done;
    },
    partialJson(index) {
      return json[index] ?? "";
    },
  };
}
