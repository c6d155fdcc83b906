import { describe, expect, it } from "vitest";
import { createClient, parsePartialJson, StreamError, type FetchFn, type MessageStreamDelta } from "../../src/index.ts";
import { fakeFetch } from "../helpers/fake-fetch.ts";
import { isPartialOf } from "../helpers/json-documents.ts";
import { chunked, messageStart, sseOf, type Event } from "../helpers/sse.ts";

const params = { model: "claude-test", max_tokens: 10, messages: [{ role: "user" as const, content: "hi" }] };
const sseResponse = (body: ReadableStream<Uint8Array> | string) =>
  new Response(body, { headers: { "content-type": "text/event-stream; charset=utf-8" } });
const clientFor = (fetch: FetchFn) => createClient({ apiKey: "sk-test-key-123", fetch, maxRetries: 0, logLevel: "off" });

type InputJsonDelta = Extract<MessageStreamDelta, { type: "input_json" }>;

const toolInput = {
  city: "Paris \"Île-de-France\" 😀",
  days: [1, 2.5, -0.25, 1e-5],
  units: { metric: true, wind: null, note: "line\nbreak" },
  tags: [],
};
const searchInput = { query: "weather\tparis", max_results: 3 };

/** A tool block started, its input sent as `partial_json` pieces of `size` characters, stopped. */
function toolBlock(index: number, block: Record<string, unknown>, input: unknown, size: number): Event[] {
  const json = JSON.stringify(input);
  const pieces = [""];
  for (let i = 0; i < json.length; i += size) pieces.push(json.slice(i, i + size));
  return [
    ["content_block_start", { type: "content_block_start", index, content_block: { ...block, input: {} } }],
    ...pieces.map((partial_json): Event => ["content_block_delta", { type: "content_block_delta", index, delta: { type: "input_json_delta", partial_json } }]),
    ["content_block_stop", { type: "content_block_stop", index }],
  ];
}

const events: Event[] = [
  messageStart(),
  ...toolBlock(0, { type: "server_tool_use", id: "srvtoolu_1", name: "web_search" }, searchInput, 5),
  ...toolBlock(1, { type: "tool_use", id: "toolu_1", name: "get_weather" }, toolInput, 3),
  ["message_delta", { type: "message_delta", delta: { stop_reason: "tool_use", stop_sequence: null }, usage: { output_tokens: 30 } }],
  ["message_stop", { type: "message_stop" }],
];

async function deltasOf(body: string | ReadableStream<Uint8Array>) {
  const stream = await clientFor(fakeFetch(() => sseResponse(body))).messages.stream(params);
  const deltas: MessageStreamDelta[] = [];
  for await (const delta of stream.deltas()) deltas.push(delta);
  return { deltas, message: await stream.finalMessage() };
}

describe("MessageStream deltas(): input_json snapshots through parsePartialJson", () => {
  it("grows each tool's parsed input toward its final input, ending equal to it", async () => {
    // One byte per chunk, so the SSE layers see every split too.
    const bytes = new TextEncoder().encode(sseOf(events));
    const { deltas, message } = await deltasOf(chunked(Array.from(bytes, (_, i) => bytes.subarray(i, i + 1))));
    for (const index of [0, 1]) {
      const final = (message.content[index] as { input: unknown }).input;
      const inputs = deltas.filter((d): d is InputJsonDelta => d.type === "input_json" && d.index === index);
      expect(inputs.length).toBeGreaterThan(5);
      expect(inputs[0]!.snapshot).toBe("");
      expect(parsePartialJson(inputs[0]!.snapshot)).toBeUndefined();
      let previous: unknown;
      for (const delta of inputs) {
        const input = parsePartialJson(delta.snapshot);
        expect(isPartialOf(input, final), delta.snapshot).toBe(true);
        expect(isPartialOf(previous, input), delta.snapshot).toBe(true);
        previous = input;
      }
      expect(parsePartialJson(inputs.at(-1)!.snapshot)).toEqual(final);
      // The block this delta belongs to finished with the same value.
      const finished = deltas.find((d) => d.type === "content_block" && d.index === index);
      expect((finished as { block: { input: unknown } }).block.input).toEqual(final);
    }
    expect((message.content[1] as { input: unknown }).input).toEqual(toolInput);
    expect((message.content[0] as { input: unknown }).input).toEqual(searchInput);
  });

  it("shows a tool's input so far midway", async () => {
    const { deltas } = await deltasOf(sseOf(events));
    const inputs = deltas.filter((d): d is InputJsonDelta => d.type === "input_json" && d.index === 1);
    const midway = inputs.find((d) => d.snapshot === '{"city":"Paris \\"Île-de-France\\" 😀","days":[1,2.5,-0.')!;
    expect(midway).toMatchObject({ type: "input_json", index: 1, partialJson: "-0." });
    const input = parsePartialJson(midway.snapshot) as { days: number[] };
    expect(input).toEqual({ city: 'Paris "Île-de-France" 😀', days: [1, 2.5, -0] });
    expect(Object.is(input.days[2], -0)).toBe(true);
  });

  it("names the position where a broken snapshot stops being JSON, and the stream fails at the block's stop", async () => {
    const broken: Event[] = [
      messageStart(),
      ["content_block_start", { type: "content_block_start", index: 0, content_block: { type: "tool_use", id: "t", name: "n", input: {} } }],
      ["content_block_delta", { type: "content_block_delta", index: 0, delta: { type: "input_json_delta", partial_json: '{"a": [1' } }],
      ["content_block_delta", { type: "content_block_delta", index: 0, delta: { type: "input_json_delta", partial_json: "}" } }],
      ["content_block_stop", { type: "content_block_stop", index: 0 }],
      ["message_stop", { type: "message_stop" }],
    ];
    const stream = await clientFor(fakeFetch(() => sseResponse(sseOf(broken)))).messages.stream(params);
    const deltas: InputJsonDelta[] = [];
    await expect(async () => {
      for await (const delta of stream.deltas()) deltas.push(delta as InputJsonDelta);
    }).rejects.toThrow(StreamError);
    expect(deltas.map((d) => d.snapshot)).toEqual(['{"a": [1', '{"a": [1}']);
    expect(parsePartialJson(deltas[0]!.snapshot)).toEqual({ a: [1] });
    expect(() => parsePartialJson(deltas[1]!.snapshot)).toThrow(/expected ',' or '\]' at position 8/);
  });
});
