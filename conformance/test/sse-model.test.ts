/** The stream model: framing and grammar problems named, the message accumulated, usage and tool input checked. */
import { describe, expect, it } from "vitest";
import { parseServerSentEvents } from "@claude-spec/client/sse";
import { modelStream } from "../src/checks/sse-stream-model.ts";
import { sseChecks } from "../src/checks/sse-checks.ts";
import type { ReceivedResponse } from "../src/http/exchange.ts";

function events(text: string) {
  return parseServerSentEvents(text).map((event, i) => ({ event, atMs: i * 10 }));
}
const ev = (type: string, data: object, name: string | null = type) => `${name === null ? "" : `event: ${name}\n`}data: ${JSON.stringify({ type, ...data })}\n\n`;
const start = ev("message_start", { message: { id: "msg_1", type: "message", role: "assistant", content: [], model: "m", stop_reason: null, usage: { input_tokens: 12, output_tokens: 1 } } });
const good =
  start +
  ev("content_block_start", { index: 0, content_block: { type: "text", text: "" } }) +
  `event: ping\ndata: {"type": "ping"}\n\n` +
  ev("content_block_delta", { index: 0, delta: { type: "text_delta", text: "Hi" } }) +
  ev("content_block_stop", { index: 0 }) +
  ev("content_block_start", { index: 1, content_block: { type: "tool_use", id: "toolu_1", name: "t", input: {} } }) +
  ev("content_block_delta", { index: 1, delta: { type: "input_json_delta", partial_json: '{"city": ' } }) +
  ev("content_block_delta", { index: 1, delta: { type: "input_json_delta", partial_json: '"Lisbon"}' } }) +
  ev("content_block_stop", { index: 1 }) +
  ev("message_delta", { delta: { stop_reason: "tool_use", stop_sequence: null }, usage: { output_tokens: 9 } }) +
  ev("message_stop", {});
const response = (endAtMs = 100) => ({ endAtMs, unterminated: null, events: [] }) as unknown as ReceivedResponse;

describe("stream model", () => {
  it("accepts a well-formed stream and accumulates it", () => {
    const m = modelStream(events(good));
    expect(m.framing).toEqual([]);
    expect(m.grammar).toEqual([]);
    expect(m.blocks.map((b) => b.type)).toEqual(["text", "tool_use"]);
    expect(m.pings).toBe(1);
    const checks = sseChecks(m, response(), { grammar: true, complete: true, usage: true, toolInput: true, ping: true, stopReason: "tool_use", blockTypes: ["text", "tool_use"] });
    expect(checks.filter((c) => c.status === "fail")).toEqual([]);
  });

  it("names framing problems: no event line, a different name, [DONE], OpenAI chunks", () => {
    const text = ev("message_start", { message: {} }, null) + ev("message_stop", {}, "message_delta") + "data: [DONE]\n\n" + 'data: {"object":"chat.completion.chunk","choices":[]}\n\n';
    const m = modelStream(events(text));
    expect(m.framing.join("\n")).toMatch(/no "event:" line/);
    expect(m.framing.join("\n")).toMatch(/"event: message_delta" but data.type is "message_stop"/);
    expect(m.framing.join("\n")).toMatch(/\[DONE\]/);
    expect(m.framing.join("\n")).toMatch(/OpenAI format/);
  });

  it("names grammar problems: a second start, index gaps, stray deltas, wrong delta kinds, early stop", () => {
    const text =
      start +
      start +
      ev("content_block_start", { index: 1, content_block: { type: "text", text: "" } }) +
      ev("content_block_delta", { index: 1, delta: { type: "input_json_delta", partial_json: "{" } }) +
      ev("content_block_delta", { index: 5, delta: { type: "text_delta", text: "x" } }) +
      ev("message_stop", {});
    const grammar = modelStream(events(text)).grammar.join("\n");
    expect(grammar).toMatch(/a second message_start/);
    expect(grammar).toMatch(/index 1, expected 0/);
    expect(grammar).toMatch(/input_json_delta in a text block/);
    expect(grammar).toMatch(/block 5, which never started/);
    expect(grammar).toMatch(/message_stop without a message_delta/);
  });

  it("lets unknown event, block and delta types through", () => {
    const text =
      start +
      ev("conformance_future_event", { x: 1 }) +
      ev("content_block_start", { index: 0, content_block: { type: "future_block" } }) +
      ev("content_block_delta", { index: 0, delta: { type: "future_delta" } }) +
      ev("content_block_stop", { index: 0 }) +
      ev("message_delta", { delta: { stop_reason: "end_turn" }, usage: { output_tokens: 2 } }) +
      ev("message_stop", {});
    const m = modelStream(events(text));
    expect([...m.framing, ...m.grammar]).toEqual([]);
  });

  it("fails usage that is zero or shrinks, tool input that is not JSON, and a buffered stream", () => {
    const bad =
      ev("message_start", { message: { usage: { input_tokens: 0, output_tokens: 5 } } }) +
      ev("content_block_start", { index: 0, content_block: { type: "tool_use", id: "t", name: "n", input: { city: "x" } } }) +
      ev("content_block_delta", { index: 0, delta: { type: "input_json_delta", partial_json: '{"city": "Li' } }) +
      ev("content_block_stop", { index: 0 }) +
      ev("message_delta", { delta: { stop_reason: "tool_use" }, usage: { output_tokens: 3, input_tokens: 24 } }) +
      ev("message_stop", {});
    const m = modelStream(events(bad));
    const byName = Object.fromEntries(sseChecks(m, response(75), { usage: true, toolInput: true, firstEventLeadMs: 500 }).map((c) => [c.name, c]));
    expect(byName["sse.usage"]!.status).toBe("fail");
    expect(byName["sse.usage"]!.message).toMatch(/not a real count[\s\S]*below an earlier count[\s\S]*double-counted/);
    expect(byName["sse.tool-input"]!.message).toMatch(/starts with input[\s\S]*invalid JSON/);
    expect(byName["sse.incremental"]!.status).toBe("fail");
  });

  it("checks thinking signatures and mid-stream errors", () => {
    const text =
      start +
      ev("content_block_start", { index: 0, content_block: { type: "thinking", thinking: "", signature: "" } }) +
      ev("content_block_delta", { index: 0, delta: { type: "signature_delta", signature: "sig" } }) +
      ev("content_block_delta", { index: 0, delta: { type: "thinking_delta", thinking: "late" } }) +
      ev("content_block_stop", { index: 0 }) +
      ev("error", { error: { type: "overloaded_error", message: "Overloaded" } });
    const m = modelStream(events(text));
    const byName = Object.fromEntries(sseChecks(m, response(), { thinking: true, errorEvent: "overloaded_error", complete: true }).map((c) => [c.name, c]));
    expect(byName["sse.thinking"]!.message).toMatch(/thinking_delta after its signature_delta/);
    expect(byName["sse.error-event"]!.status).toBe("pass");
    expect(byName["sse.complete"]!.message).toMatch(/an error event ended the stream/);
  });
});
