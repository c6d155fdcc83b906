/**
 * The code every user writes first, pinned under `strict: true` (tsc checks this file; the
 * functions marked "type-level" are never called): a `type` check narrows a content block, a
 * delta and a stream event to its own shape. Types list only the known members (closed
 * unions, scripts/lib/closed-unions.ts); at run time a type the spec does not know yet
 * still reaches the caller, which the last tests here show.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import { createClient, type ContentBlock, type ContentBlockDelta, type Message, type MessageStream, type MessageStreamEvent } from "../../src/index.ts";
import { fakeFetch, jsonResponse } from "../helpers/fake-fetch.ts";
import { sseOf } from "../helpers/sse.ts";

/** Type-level: the text of a message, the input of a tool call, thinking. */
export function readMessage(message: Message): void {
  for (const block of message.content) {
    if (block.type === "text") expectTypeOf(block.text).toEqualTypeOf<string>();
    if (block.type === "tool_use") {
      expectTypeOf(block.input).toEqualTypeOf<{ [key: string]: unknown }>();
      expectTypeOf(block.name).toEqualTypeOf<string>();
      expectTypeOf(block.id).toEqualTypeOf<string>();
    }
    if (block.type === "thinking") {
      expectTypeOf(block.thinking).toEqualTypeOf<string>();
      expectTypeOf(block.signature).toEqualTypeOf<string>();
    }
    if (block.type === "redacted_thinking") expectTypeOf(block.data).toEqualTypeOf<string>();
    // @ts-expect-error a text block has no input: the check narrowed it to the text block alone
    if (block.type === "text") void block.input;
    // @ts-expect-error no such block type: a typo is caught
    if (block.type === "txet") void block;
  }
  // The usual one-liners.
  const text: string = message.content.map((b) => (b.type === "text" ? b.text : "")).join("");
  const calls = message.content.filter((b) => b.type === "tool_use");
  expectTypeOf(text).toEqualTypeOf<string>();
  expectTypeOf(calls[0]!.input).toEqualTypeOf<{ [key: string]: unknown }>();
}

/** Type-level: a `switch` over every known block type leaves nothing unhandled. */
export function everyBlockType(block: ContentBlock): string {
  switch (block.type) {
    case "text":
      return block.text;
    case "thinking":
      return block.thinking;
    case "tool_use":
      return block.name;
    default:
      expectTypeOf(block.type).not.toEqualTypeOf<string>();
      return block.type;
  }
}

/** Type-level: events and deltas through the client's stream API. */
export async function readStream(stream: MessageStream): Promise<void> {
  for await (const event of stream) {
    expectTypeOf(event).toEqualTypeOf<MessageStreamEvent>();
    if (event.type === "message_start") expectTypeOf(event.message.id).toEqualTypeOf<string>();
    if (event.type === "content_block_start" && event.content_block.type === "tool_use") {
      expectTypeOf(event.content_block.input).toEqualTypeOf<{ [key: string]: unknown }>();
    }
    if (event.type === "content_block_delta") {
      expectTypeOf(event.index).toEqualTypeOf<number>();
      const delta = event.delta;
      expectTypeOf(delta).toEqualTypeOf<ContentBlockDelta>();
      if (delta.type === "text_delta") expectTypeOf(delta.text).toEqualTypeOf<string>();
      if (delta.type === "input_json_delta") expectTypeOf(delta.partial_json).toEqualTypeOf<string>();
      if (delta.type === "thinking_delta") expectTypeOf(delta.thinking).toEqualTypeOf<string>();
      if (delta.type === "signature_delta") expectTypeOf(delta.signature).toEqualTypeOf<string>();
      // @ts-expect-error a text delta carries no partial_json
      if (delta.type === "text_delta") void delta.partial_json;
    }
    if (event.type === "message_delta") expectTypeOf(event.usage.output_tokens).toEqualTypeOf<number>();
    // @ts-expect-error a message_stop event has no delta
    if (event.type === "message_stop") void event.delta;
  }
  for await (const delta of stream.deltas()) {
    if (delta.type === "text") expectTypeOf(delta.text).toEqualTypeOf<string>();
    if (delta.type === "input_json") expectTypeOf(delta.partialJson).toEqualTypeOf<string>();
    if (delta.type === "thinking") expectTypeOf(delta.thinking).toEqualTypeOf<string>();
  }
}

// A block, delta and event type that no version of the spec knows.
const futureBlock = { type: "hologram_block", frames: 3 };
const message = {
  id: "msg_future",
  type: "message",
  role: "assistant",
  model: "claude-test",
  content: [{ type: "text", text: "hi" }, futureBlock],
  stop_reason: "end_turn",
  stop_sequence: null,
  usage: { input_tokens: 1, output_tokens: 2 },
};

describe("types the spec does not know yet, at run time", () => {
  it("reach the caller in a message's content", async () => {
    const client = createClient({ apiKey: "sk-ant-narrowing-test", fetch: fakeFetch(jsonResponse(message)) });
    const result = await client.messages.create({ model: "m", max_tokens: 5, messages: [{ role: "user", content: "hi" }] });
    expect(result.content).toEqual([{ type: "text", text: "hi" }, futureBlock]);
  });

  it("reach the caller as stream events, and the final message keeps the block", async () => {
    const events = [
      { type: "message_start", message: { ...message, content: [], stop_reason: null } },
      { type: "content_block_start", index: 0, content_block: futureBlock },
      { type: "content_block_delta", index: 0, delta: { type: "hologram_delta", frame: 1 } },
      { type: "content_block_stop", index: 0 },
      { type: "weather_report", sunny: true },
      { type: "message_delta", delta: { stop_reason: "end_turn", stop_sequence: null }, usage: { output_tokens: 2 } },
      { type: "message_stop" },
    ];
    const client = createClient({ apiKey: "sk-ant-narrowing-test", fetch: fakeFetch(() => new Response(sseOf(events.map((e) => [e.type, e] as const)), { headers: { "content-type": "text/event-stream" } })) });
    const stream = await client.messages.stream({ model: "m", max_tokens: 5, messages: [{ role: "user", content: "hi" }] });
    const seen: string[] = [];
    for await (const event of stream) {
      seen.push(event.type);
      if (event.type === "content_block_delta") seen.push((event.delta as { type: string }).type);
    }
    expect(seen).toEqual(["message_start", "content_block_start", "content_block_delta", "hologram_delta", "content_block_stop", "weather_report", "message_delta", "message_stop"]);
    expect((await stream.finalMessage()).content).toEqual([futureBlock]);
  });
});
