/**
 * An agent loop as applications write it, with the official SDK's defaults (tools offered,
 * no `tool_choice`): a run capped at one turn finishes with `end_turn` when the prompt
 * names no tool, and a run that calls the tool and sends its result back ends with a text
 * answer. Both need the synthetic reply to decide like a model (synthesize.ts chooseTool).
 */
import { describe, expect, it } from "vitest";
import Anthropic from "anthropic-sdk-1";
import { testKey, useServer } from "./helpers/server.ts";

const model = "claude-opus-5-5";
const tools: Anthropic.Tool[] = [
  { name: "get_weather", description: "Current weather", input_schema: { type: "object", properties: { city: { type: "string" } }, required: ["city"] } },
  { name: "search_docs", description: "Search the docs", input_schema: { type: "object", properties: { q: { type: "string" } }, required: ["q"] } },
];

async function runAgent(client: Anthropic, prompt: string, maxTurns: number): Promise<{ turns: number; last: Anthropic.Message }> {
  const messages: Anthropic.MessageParam[] = [{ role: "user", content: prompt }];
  for (let turn = 1; ; turn++) {
    const last = await client.messages.create({ model, max_tokens: 1024, tools, messages });
    if (last.stop_reason !== "tool_use" || turn >= maxTurns) return { turns: turn, last };
    messages.push({ role: "assistant", content: last.content });
    const results = last.content
      .filter((b): b is Anthropic.ToolUseBlock => b.type === "tool_use")
      .map((b) => ({ type: "tool_result" as const, tool_use_id: b.id, content: `result of ${b.name}` }));
    messages.push({ role: "user", content: results });
  }
}

describe("an agent loop against the reference server", () => {
  const s = useServer();
  const client = () => new Anthropic({ apiKey: testKey, baseURL: s.url, maxRetries: 0 });

  it("capped at one turn, finishes with end_turn when nothing calls for a tool", async () => {
    const { turns, last } = await runAgent(client(), "Say hello in French.", 1);
    expect(turns).toBe(1);
    expect(last.stop_reason).toBe("end_turn");
    expect(last.content.map((b) => b.type)).toEqual(["text"]);
  });

  it("calls the tool the user names, then answers in text after the tool result", async () => {
    const { turns, last } = await runAgent(client(), "What is the weather in Oslo? Use get_weather.", 5);
    expect(turns).toBe(2);
    expect(last.stop_reason).toBe("end_turn");
    expect(last.content[0]).toMatchObject({ type: "text" });
    expect((last.content[0] as Anthropic.TextBlock).text).toContain("result of get_weather");
  });
});
