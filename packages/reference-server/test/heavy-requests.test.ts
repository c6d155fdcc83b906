/**
 * The spec may only be strict (`additionalProperties: false` on request bodies) if it knows
 * every field a current client sends. The heaviest requests we can build go through both
 * official SDKs with their default settings and must get 200: adaptive thinking,
 * `context_management` edits, `output_config` with effort and a JSON-schema format, a
 * mid-conversation `system` message, every kind of tool (28), eight betas and `?beta=true`
 * (the beta resource), plus the newer top-level parameters (speed, diagnostics, fallbacks,
 * inference_geo, service_tier, cache_control, container, mcp_servers).
 */
import { describe, expect, it } from "vitest";
import Anthropic0 from "anthropic-sdk-0";
import Anthropic1 from "anthropic-sdk-1";
import { testKey, useServer } from "./helpers/server.ts";

const model = "claude-opus-5-5";

const customTools = Array.from({ length: 3 }, (_, i) => ({
  name: `lookup_${i}`,
  description: `Looks up record kind ${i}`,
  input_schema: { type: "object" as const, properties: { q: { type: "string" } }, required: ["q"] },
  strict: true,
  cache_control: i === 2 ? { type: "ephemeral" as const, ttl: "1h" as const } : undefined,
}));

/** One of each tool type of the SDK's beta ToolUnion (1.17), every field it documents filled where cheap. */
const betaTools: readonly { readonly type?: string; readonly [key: string]: unknown }[] = [
  ...customTools.map((t) => ({ ...t })),
  { type: "custom", name: "eager", input_schema: { type: "object", properties: {} }, eager_input_streaming: true, input_examples: [{}] },
  { type: "bash_20241022", name: "bash" },
  { type: "bash_20250124", name: "bash" },
  { type: "code_execution_20250522", name: "code_execution" },
  { type: "code_execution_20250825", name: "code_execution" },
  { type: "code_execution_20260120", name: "code_execution" },
  { type: "code_execution_20260521", name: "code_execution" },
  { type: "browser_toolset_20260801" },
  { type: "computer_20241022", name: "computer", display_width_px: 1024, display_height_px: 768 },
  { type: "computer_20250124", name: "computer", display_width_px: 1024, display_height_px: 768, display_number: 1 },
  { type: "computer_20251124", name: "computer", display_width_px: 1024, display_height_px: 768, enable_zoom: true },
  { type: "computer_toolset_20260801" },
  { type: "memory_20250818", name: "memory" },
  { type: "text_editor_20241022", name: "str_replace_editor" },
  { type: "text_editor_20250124", name: "str_replace_editor" },
  { type: "text_editor_20250429", name: "str_replace_based_edit_tool" },
  { type: "text_editor_20250728", name: "str_replace_based_edit_tool", max_characters: 10_000 },
  { type: "web_search_20250305", name: "web_search", max_uses: 3, allowed_domains: ["example.com"], user_location: { type: "approximate", city: "Oslo", country: "NO" } },
  { type: "web_search_20260209", name: "web_search" },
  { type: "web_search_20260318", name: "web_search", response_inclusion: "excluded" },
  { type: "web_fetch_20250910", name: "web_fetch", citations: { enabled: true }, max_content_tokens: 5000 },
  { type: "web_fetch_20260209", name: "web_fetch" },
  { type: "web_fetch_20260309", name: "web_fetch" },
  { type: "web_fetch_20260318", name: "web_fetch", use_cache: false },
  { type: "advisor_20260301", name: "advisor", model: "claude-opus-5-5" },
  { type: "tool_search_tool_bm25_20251119", name: "tool_search_tool_bm25" },
  { type: "tool_search_tool_regex", name: "tool_search_tool_regex" },
  { type: "mcp_toolset", mcp_server_name: "docs", default_config: { enabled: true }, configs: { search: { enabled: true } } },
];

/** The GA ToolUnion's members (no beta-only tools). */
const gaTools = betaTools.filter((t) => !["bash_20241022", "computer_20241022", "computer_20250124", "computer_20251124", "text_editor_20241022", "advisor_20260301", "mcp_toolset"].includes(String(t.type ?? "custom")));

const betas = [
  "context-management-2025-06-27",
  "compact-2026-01-12",
  "mcp-client-2025-11-20",
  "advisor-tool-2026-03-01",
  "computer-use-2025-11-24",
  "fast-mode-2026-02-01",
  "structured-outputs-2025-11-13",
  "mid-conversation-tool-changes-2026-07-01",
];

function heavyBody(tools: readonly object[], beta: boolean): Record<string, unknown> {
  return {
    model,
    max_tokens: 16_000,
    system: [{ type: "text", text: "You are terse.", cache_control: { type: "ephemeral" } }],
    thinking: { type: "adaptive", display: "summarized" },
    output_config: {
      effort: "high",
      format: { type: "json_schema", schema: { type: "object", properties: { answer: { type: "string" } }, required: ["answer"], additionalProperties: false } },
    },
    context_management: {
      edits: [
        { type: "clear_thinking_20251015", keep: { type: "thinking_turns", value: 1 } },
        { type: "clear_tool_uses_20250919", trigger: { type: "input_tokens", value: 50_000 }, keep: { type: "tool_uses", value: 3 } },
        { type: "compact_20260112" },
      ],
    },
    tools,
    tool_choice: { type: "auto", disable_parallel_tool_use: false },
    metadata: { user_id: "user-123" },
    service_tier: "auto",
    stop_sequences: ["</done>"],
    inference_geo: "global",
    speed: "fast",
    diagnostics: { previous_message_id: null },
    cache_control: { type: "ephemeral" },
    ...(beta
      ? {
          mcp_servers: [{ type: "url", url: "https://mcp.example.com/sse", name: "docs", authorization_token: "t" }],
          container: { id: null, skills: [{ type: "anthropic", skill_id: "pptx", version: "latest" }] },
          fallbacks: "default",
        }
      : {}),
    messages: [
      { role: "user", content: [{ type: "text", text: "Plan the trip." }, { type: "image", source: { type: "url", url: "https://example.com/a.png" } }] },
      { role: "assistant", content: [{ type: "text", text: "Which city?" }] },
      { role: "system", content: "From now on answer in French." },
      { role: "user", content: [{ type: "document", source: { type: "text", media_type: "text/plain", data: "Oslo" }, title: "city" }, { type: "text", text: "This one." }] },
    ],
  };
}

describe("the heaviest requests real SDKs can send, with their defaults", () => {
  const s = useServer();

  it("@anthropic-ai/sdk 1.x: beta resource (?beta=true, eight betas), every tool kind", async () => {
    const client = new Anthropic1({ apiKey: testKey, baseURL: s.url, maxRetries: 0 });
    const body = heavyBody(betaTools, true);
    const message = await client.beta.messages.create({ ...body, betas } as never);
    expect(message).toMatchObject({ type: "message", role: "assistant" });
    expect((body.tools as unknown[]).length).toBeGreaterThanOrEqual(24);
    const streamed = await client.beta.messages.stream({ ...body, betas } as never).finalMessage();
    expect(streamed.type).toBe("message");
    const count = await client.beta.messages.countTokens({ model, messages: body.messages, tools: betaTools, system: body.system, thinking: body.thinking, speed: "fast", betas } as never);
    expect(count.input_tokens).toBeGreaterThan(0);
  });

  it("@anthropic-ai/sdk 1.x: GA resource, every GA tool kind", async () => {
    const client = new Anthropic1({ apiKey: testKey, baseURL: s.url, maxRetries: 0 });
    const message = await client.messages.create(heavyBody(gaTools, false) as never);
    expect(message.type).toBe("message");
    const batch = await client.messages.batches.create({ requests: [{ custom_id: "heavy", params: heavyBody(gaTools, false) as never }] });
    expect(batch.type).toBe("message_batch");
  });

  it("@anthropic-ai/sdk 0.x (last): beta resource, eight betas, every tool kind", async () => {
    const client = new Anthropic0({ apiKey: testKey, baseURL: s.url, maxRetries: 0 });
    const message = await client.beta.messages.create({ ...heavyBody(betaTools, true), betas } as never);
    expect(message.type).toBe("message");
    expect((await client.messages.create(heavyBody(gaTools, false) as never)).type).toBe("message");
  });
});
