/**
 * The synthetic reply, in-process through `createApp().fetch`: deterministic, honours
 * max_tokens, stop sequences, tools, tool_choice and thinking, and its stream carries
 * every event kind in the documented grammar and adds up to the JSON reply.
 */
import { describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import formats from "ajv-formats";
import { parseServerSentEvents } from "@claude-spec/client/sse";
import { createApp } from "../src/index.ts";
import { countInputTokens } from "../src/messages/tokens.ts";

type Json = Record<string, any>;

const key = "sk-ant-in-process";
const reference = createApp({ apiKeys: [key] });
const model = "claude-sonnet-5";

async function send(body: Json, version = "2023-06-01"): Promise<Response> {
  return reference.fetch(
    new Request("http://reference.test/v1/messages", {
      method: "POST",
      headers: { "x-api-key": key, "anthropic-version": version, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );
}

async function message(body: Json): Promise<Json> {
  const res = await send(body);
  expect(res.status).toBe(200);
  return (await res.json()) as Json;
}

async function streamed(body: Json): Promise<{ event: string | null; data: Json }[]> {
  const res = await send({ ...body, stream: true });
  expect(res.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
  return parseServerSentEvents(await res.text()).map((e) => ({ event: e.event, data: JSON.parse(e.data) as Json }));
}

/** Rebuilds the message from its events, checking the grammar on the way (CONTRACT.md §3 items 19-25). */
function accumulate(events: { event: string | null; data: Json }[]): Json {
  for (const e of events) expect(e.event).toBe(e.data.type);
  expect(events[0]!.event).toBe("message_start");
  expect(events.at(-1)!.event).toBe("message_stop");
  expect(events.filter((e) => e.event === "message_start")).toHaveLength(1);
  expect(events.some((e) => e.event === "ping")).toBe(true);
  const msg: Json = structuredClone(events[0]!.data.message);
  expect(msg.stop_reason).toBeNull();
  expect(msg.usage.input_tokens).toBeGreaterThan(0);
  const open = new Map<number, Json>();
  const partial = new Map<number, string>();
  for (const { data } of events.slice(1, -1)) {
    switch (data.type) {
      case "content_block_start":
        expect(data.index).toBe(msg.content.length);
        msg.content.push(structuredClone(data.content_block));
        open.set(data.index, msg.content[data.index]);
        break;
      case "content_block_delta": {
        const block = open.get(data.index)!;
        expect(block).toBeDefined();
        const d = data.delta;
        if (d.type === "text_delta") (expect(block.type).toBe("text"), (block.text += d.text));
        else if (d.type === "thinking_delta") (expect(block.type).toBe("thinking"), (block.thinking += d.thinking));
        else if (d.type === "signature_delta") (expect(block.type).toBe("thinking"), (block.signature = d.signature));
        else if (d.type === "input_json_delta") partial.set(data.index, (partial.get(data.index) ?? "") + d.partial_json);
        else throw new Error(`unexpected delta ${d.type}`);
        break;
      }
      case "content_block_stop": {
        const block = open.get(data.index)!;
        if (block.type === "thinking") expect(block.signature).not.toBe("");
        if (block.type === "tool_use") block.input = JSON.parse(partial.get(data.index) ?? "{}");
        open.delete(data.index);
        break;
      }
      case "message_delta":
        msg.stop_reason = data.delta.stop_reason;
        msg.stop_sequence = data.delta.stop_sequence;
        msg.usage = { ...msg.usage, ...data.usage };
        break;
      case "ping":
        break;
      default:
        throw new Error(`unexpected event ${data.type}`);
    }
  }
  expect(open.size).toBe(0);
  return msg;
}

const weatherTool = {
  name: "get_weather",
  description: "Current weather",
  input_schema: { type: "object", properties: { city: { type: "string" }, unit: { type: "string", enum: ["c", "f"] } }, required: ["city"] },
};

const cases: Record<string, Json> = {
  text: { model, max_tokens: 200, messages: [{ role: "user", content: "Tell me something" }] },
  "max tokens": { model, max_tokens: 4, messages: [{ role: "user", content: "This prompt is long enough to be cut" }] },
  "stop sequence": { model, max_tokens: 200, stop_sequences: ["zebra", "END"], messages: [{ role: "user", content: "one two END three" }] },
  "tool use": { model, max_tokens: 500, tools: [weatherTool], messages: [{ role: "user", content: "Weather in Oslo? Use get_weather." }] },
  "forced tool": { model, max_tokens: 500, tools: [weatherTool], tool_choice: { type: "tool", name: "get_weather" }, messages: [{ role: "user", content: "x" }] },
  thinking: { model, max_tokens: 3000, thinking: { type: "enabled", budget_tokens: 1024 }, messages: [{ role: "user", content: "Think first" }] },
  "thinking and tools": { model, max_tokens: 3000, thinking: { type: "adaptive" }, tools: [weatherTool], messages: [{ role: "user", content: "get_weather please" }] },
};

describe("synthetic replies", () => {
  it("are deterministic", async () => {
    expect(await message(cases.text!)).toEqual(await message(cases.text!));
  });

  it("honour max_tokens", async () => {
    const m = await message(cases["max tokens"]!);
    expect(m.stop_reason).toBe("max_tokens");
    expect(m.usage.output_tokens).toBe(4);
  });

  it("honour stop sequences", async () => {
    const m = await message(cases["stop sequence"]!);
    expect(m).toMatchObject({ stop_reason: "stop_sequence", stop_sequence: "END" });
    expect(m.content[0].text).not.toContain("END");
  });

  it("call tools as tool_choice says", async () => {
    const auto = await message(cases["tool use"]!);
    expect(auto.stop_reason).toBe("tool_use");
    expect(auto.content.at(-1)).toMatchObject({ type: "tool_use", name: "get_weather", input: { city: expect.any(String), unit: "c" } });
    expect(auto.content.at(-1).id).toMatch(/^toolu_/);
    const forced = await message(cases["forced tool"]!);
    expect(forced.content.map((b: Json) => b.type)).toEqual(["tool_use"]);
    // auto answers in text when the last user turn names no tool; `any` still forces one.
    const unnamed = { ...cases["tool use"]!, messages: [{ role: "user", content: "Weather in Oslo?" }] };
    const text = await message(unnamed);
    expect(text.stop_reason).toBe("end_turn");
    expect(text.content.map((b: Json) => b.type)).toEqual(["text"]);
    expect((await message({ ...unnamed, tool_choice: { type: "auto" } })).stop_reason).toBe("end_turn");
    expect((await message({ ...unnamed, tool_choice: { type: "any" } })).content.at(-1)).toMatchObject({ type: "tool_use", name: "get_weather" });
    // A name inside a longer word does not count.
    expect((await message({ ...unnamed, messages: [{ role: "user", content: "my_get_weather_helper broke" }] })).stop_reason).toBe("end_turn");
    const none = await message({ ...cases["tool use"]!, tool_choice: { type: "none" } });
    expect(none.stop_reason).toBe("end_turn");
    const answered = await message({
      ...cases["tool use"]!,
      messages: [
        ...cases["tool use"]!.messages,
        { role: "assistant", content: [auto.content.at(-1)] },
        { role: "user", content: [{ type: "tool_result", tool_use_id: auto.content.at(-1).id, content: "12 degrees" }] },
      ],
    });
    expect(answered.stop_reason).toBe("end_turn");
    expect(answered.content[0].text).toContain("12 degrees");
    const unknownTool = await send({ ...cases["tool use"]!, tool_choice: { type: "tool", name: "nope" } });
    expect(unknownTool.status).toBe(400);
  });

  it("think with a signature", async () => {
    const m = await message(cases.thinking!);
    expect(m.content[0]).toMatchObject({ type: "thinking", thinking: expect.any(String), signature: expect.stringMatching(/^[A-Za-z0-9+/]+=*$/) });
    const tooBig = await send({ ...cases.thinking!, max_tokens: 1024 });
    expect(tooBig.status).toBe(400);
  });

  it("count usage with the count_tokens tokenizer", async () => {
    for (const body of Object.values(cases)) expect((await message(body)).usage.input_tokens).toBe(countInputTokens(body));
  });

  for (const [name, body] of Object.entries(cases)) {
    it(`stream the same reply in the documented grammar: ${name}`, async () => {
      const fromStream = accumulate(await streamed(body));
      const { usage: streamedUsage, ...rest } = fromStream;
      const { usage, ...json } = await message(body);
      expect(rest).toEqual(json);
      expect(streamedUsage.output_tokens).toBe(usage.output_tokens);
      expect(streamedUsage.input_tokens).toBe(usage.input_tokens);
    });
  }
});

describe("tool inputs", () => {
  const ajv = new Ajv2020({ strict: false });
  // ajv-formats is CommonJS: under NodeNext its default import is the module object.
  formats.default(ajv);
  const schemas: Json[] = [
    { type: "object", properties: { a: { type: "integer", minimum: 5, maximum: 9, multipleOf: 3 }, b: { type: "number", exclusiveMinimum: 0.5 } }, required: ["a", "b"] },
    { type: "object", properties: { tags: { type: "array", items: { type: "string", minLength: 3 }, minItems: 2, uniqueItems: true } }, required: ["tags"], additionalProperties: false },
    { type: "object", properties: { when: { type: "string", format: "date-time" }, mail: { type: "string", format: "email" }, id: { type: "string", pattern: "^[A-Z]{3}-\\d{4}$" } }, required: ["when", "mail", "id"] },
    { type: "object", $defs: { point: { type: "object", properties: { x: { type: "number" }, y: { type: "number" } }, required: ["x", "y"] } }, properties: { p: { $ref: "#/$defs/point" } }, required: ["p"] },
    { type: "object", properties: { v: { anyOf: [{ type: "null" }, { type: "string", maxLength: 2 }] }, w: { oneOf: [{ const: "fixed" }] } }, required: ["v", "w"] },
    { type: "object", allOf: [{ properties: { a: { type: "boolean" } }, required: ["a"] }, { properties: { b: { type: ["integer", "null"] } }, required: ["b"] }] },
    { type: "object", properties: { nested: { type: "object", properties: { deep: { type: "array", prefixItems: [{ type: "string" }, { type: "integer" }] } } } }, minProperties: 1 },
    { type: "object", properties: { code: { type: "string", pattern: "^(?:foo|bar)[0-9]{2,3}$" }, n: { type: "integer", exclusiveMaximum: 0 } }, required: ["code", "n"] },
    { type: "object", properties: {}, additionalProperties: { type: "string" }, minProperties: 2 },
  ];
  it("are valid against each tool's input_schema", async () => {
    for (const schema of schemas) {
      const m = await message({ model, max_tokens: 1000, tools: [{ name: "t", input_schema: schema }], tool_choice: { type: "any" }, messages: [{ role: "user", content: "go" }] });
      const input = m.content.at(-1).input;
      const validate = ajv.compile(schema);
      expect(validate(input), `${JSON.stringify(schema)} → ${JSON.stringify(input)}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });
});
