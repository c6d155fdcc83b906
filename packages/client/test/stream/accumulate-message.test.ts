import { describe, expect, it } from "vitest";
import { createMessageAccumulator, StreamError, type MessageStreamEvent } from "../../src/index.ts";
import { richEvents, richFinalMessage } from "../helpers/sse.ts";

const apply = (events = richEvents) => {
  const accumulator = createMessageAccumulator();
  for (const [, data] of events) accumulator.apply(structuredClone(data) as MessageStreamEvent);
  return accumulator;
};

describe("createMessageAccumulator", () => {
  it("builds the final message: thinking with signature, text with citations, parsed tool input", () => {
    const accumulator = apply();
    expect(accumulator.done).toBe(true);
    expect(accumulator.message).toEqual(richFinalMessage);
  });

  it("overwrites usage with message_delta's cumulative counts and ignores nulls", () => {
    const { usage } = apply().message!;
    expect(usage.output_tokens).toBe(42);
    expect(usage.cache_read_input_tokens).toBe(5);
    expect(usage).not.toHaveProperty("cache_creation_input_tokens");
  });

  it("exposes the partial tool input while it streams", () => {
    const accumulator = apply(richEvents.slice(0, 18));
    expect(accumulator.partialJson(2)).toBe('{"city": "Par');
    expect(accumulator.done).toBe(false);
  });

  it("keeps a tool's start input when no JSON deltas arrive", () => {
    const accumulator = apply([
      richEvents[0]!,
      ["content_block_start", { type: "content_block_start", index: 0, content_block: { type: "tool_use", id: "t", name: "n", input: {} } }],
      ["content_block_stop", { type: "content_block_stop", index: 0 }],
    ]);
    expect((accumulator.message!.content[0] as { input: unknown }).input).toEqual({});
  });

  it("rejects a delta for a block that never started", () => {
    const accumulator = createMessageAccumulator();
    accumulator.apply(structuredClone(richEvents[0]![1]) as MessageStreamEvent);
    expect(() =>
      accumulator.apply({ type: "content_block_delta", index: 3, delta: { type: "text_delta", text: "x" } } as MessageStreamEvent),
    ).toThrow(StreamError);
  });

  it("rejects tool input that is not JSON", () => {
    const events = [...richEvents.slice(0, 17), ["content_block_delta", { type: "content_block_delta", index: 2, delta: { type: "input_json_delta", partial_json: "{oops" } }] as const, richEvents[19]!];
    expect(() => apply(events)).toThrow(/not valid JSON/);
  });

  it("appends compaction deltas", () => {
    const accumulator = apply([
      richEvents[0]!,
      ["content_block_start", { type: "content_block_start", index: 0, content_block: { type: "compaction", content: null } }],
      ["content_block_delta", { type: "content_block_delta", index: 0, delta: { type: "compaction_delta", content: "Summary." } }],
    ]);
    expect(accumulator.message!.content[0]).toEqual({ type: "compaction", content: "Summary." });
  });
});
