/**
 * The deterministic synthetic reply to a Messages request that no recorded fixture
 * matches. The same body always gives the same message. It honours, in this order:
 * thinking (a thinking block with a signature), tools and `tool_choice` (a `tool_use` whose
 * input is valid against the tool's `input_schema`; with `auto` only when the last user turn
 * names the tool, see chooseTool), `stop_sequences` (the reply echoes the
 * last user turn, so a stop string in the prompt is found in the reply) and `max_tokens`
 * (the reply is cut to fit, stop reason `max_tokens`). Usage is counted with the same
 * tokenizer as count_tokens, so `usage.input_tokens` equals what count_tokens says.
 */
import { ApiError } from "../http/api-error.ts";
import { deterministicId, fnv1a, seededBytes } from "../http/ids.ts";
import { countInputTokens, textTokens, truncateToTokens, valueTokens } from "./tokens.ts";
import { toolInputFor } from "./tool-input.ts";

type Json = Record<string, any>;

export interface SynthesisContext {
  /** `standard` for Messages, `batch` inside batch results (as recorded). */
  readonly serviceTier: "standard" | "batch";
  /** The body's input tokens, when the caller already counted them. */
  readonly inputTokens?: number;
}

/** How much of the last user turn the reply repeats. */
const echoLimit = 2000;

function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content
    .map((block: Json) => {
      if (block?.type === "text" && typeof block.text === "string") return block.text;
      if (block?.type === "tool_result") return textOf(block.content);
      return "";
    })
    .filter((t) => t !== "")
    .join(" ");
}

function lastUserTurn(messages: Json[]): { text: string; hasToolResult: boolean } {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    if (m?.role !== "user") continue;
    const hasToolResult = Array.isArray(m.content) && m.content.some((b: Json) => b?.type === "tool_result");
    return { text: textOf(m.content), hasToolResult };
  }
  return { text: "", hasToolResult: false };
}

/** Tools the synthetic reply may call: client tools, which carry an `input_schema`. */
function clientTools(body: Json): Json[] {
  return Array.isArray(body.tools)
    ? body.tools.filter((t: Json) => t && typeof t.name === "string" && typeof t.input_schema === "object" && (t.type === undefined || t.type === "custom"))
    : [];
}

/** Whether the text names the tool: its name as a whole word (names may hold `_` and `-`), any case. */
function namesTool(lowerText: string, name: string): boolean {
  const lowerName = name.toLowerCase();
  let at = lowerText.indexOf(lowerName);
  while (at !== -1) {
    const before = at === 0 ? "" : lowerText[at - 1]!;
    const after = lowerText[at + lowerName.length] ?? "";
    if (!/[a-z0-9_-]/.test(before) && !/[a-z0-9_-]/.test(after)) return true;
    at = lowerText.indexOf(lowerName, at + 1);
  }
  return false;
}

/**
 * Which tool the reply calls, like a model would decide, deterministically:
 * - `none`, or no client tools: none.
 * - `tool`: that tool.
 * - `any`: the tool the last user turn names, else the first tool.
 * - `auto` (or no `tool_choice`): the tool the last user turn names, else none (a text
 *   answer), and none when that turn carries tool results (the loop's final answer).
 */
function chooseTool(body: Json, userText: string, answeringToolResult: boolean): Json | undefined {
  const tools = clientTools(body);
  const choice: Json = body.tool_choice ?? { type: "auto" };
  if (choice.type === "none" || tools.length === 0) return undefined;
  if (choice.type === "tool") return tools.find((t) => t.name === choice.name);
  const lower = userText.toLowerCase();
  const named = tools.find((t) => namesTool(lower, String(t.name)));
  if (choice.type === "any") return named ?? tools[0];
  return answeringToolResult ? undefined : named;
}

function thinkingRequested(body: Json): boolean {
  const type = body.thinking?.type;
  return type === "enabled" || type === "adaptive";
}

function signatureFor(seed: string): string {
  // Real signatures are long base64 strings; clients only pass them back.
  const bytes = seededBytes(`signature:${seed}`, 96);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function firstWords(text: string, count: number): string {
  return text.split(/\s+/).filter(Boolean).slice(0, count).join(" ");
}

/** Checks the rules the schema cannot express; violations are the API's 400s. */
export function checkMessagesSemantics(body: Json): void {
  const choice = body.tool_choice;
  if (choice?.type === "tool" && !clientTools(body).some((t) => t.name === choice.name)) {
    throw new ApiError(400, `tool_choice.name: tool ${JSON.stringify(choice.name)} is not one of the request's tools`);
  }
  if (body.thinking?.type === "enabled" && typeof body.thinking.budget_tokens === "number" && typeof body.max_tokens === "number") {
    if (body.thinking.budget_tokens >= body.max_tokens) {
      throw new ApiError(400, "max_tokens: must be greater than thinking.budget_tokens");
    }
  }
}

/** The body without `stream`; copied only when it has one (most bodies do not, and this runs per request). */
function withoutStream(body: Json): Json {
  if (!("stream" in body)) return body;
  const { stream: _stream, ...rest } = body;
  return rest;
}

export function synthesizeMessage(body: Json, context: SynthesisContext): Json {
  // Streamed or not, the same request gets the same message.
  const seed = String(fnv1a(JSON.stringify(withoutStream(body))));
  const inputTokens = context.inputTokens ?? countInputTokens(body);
  const maxTokens: number = typeof body.max_tokens === "number" ? body.max_tokens : 1024;
  const messages: Json[] = Array.isArray(body.messages) ? body.messages : [];
  const { text: userText, hasToolResult } = lastUserTurn(messages);
  const echo = userText.slice(0, echoLimit);

  const content: Json[] = [];
  let used = 0;
  let stopReason = "end_turn";
  let stopSequence: string | null = null;

  if (thinkingRequested(body)) {
    const budget = typeof body.thinking.budget_tokens === "number" ? body.thinking.budget_tokens : maxTokens;
    const full = `The user wrote: "${firstWords(echo, 24)}". I will answer briefly and deterministically.`;
    const thinking = truncateToTokens(full, Math.min(budget, maxTokens));
    used += textTokens(thinking);
    content.push({ type: "thinking", thinking, signature: signatureFor(seed) });
    if (used >= maxTokens) stopReason = "max_tokens";
  }

  const tool = stopReason === "end_turn" ? chooseTool(body, userText, hasToolResult) : undefined;
  const forced = body.tool_choice?.type === "any" || body.tool_choice?.type === "tool";
  let text: string;
  if (tool) text = forced ? "" : `I'll call the ${tool.name} tool.`;
  else if (hasToolResult) text = `Thanks, I got the tool result: "${echo}"`;
  else text = echo ? `Hello from the claude-spec reference server. You said: "${echo}"` : "Hello from the claude-spec reference server.";

  if (stopReason === "end_turn" && text !== "") {
    // The earliest stop sequence found in the reply ends it, unless max_tokens ends it first.
    const sequences: string[] = Array.isArray(body.stop_sequences) ? body.stop_sequences.filter((s: unknown) => typeof s === "string" && s !== "") : [];
    let cutAt = -1;
    for (const sequence of sequences) {
      const at = text.indexOf(sequence);
      if (at !== -1 && (cutAt === -1 || at < cutAt)) {
        cutAt = at;
        stopSequence = sequence;
      }
    }
    let reply = cutAt === -1 ? text : text.slice(0, cutAt);
    const room = maxTokens - used;
    let replyTokens = textTokens(reply);
    if (replyTokens > room) {
      reply = truncateToTokens(reply, room);
      replyTokens = textTokens(reply);
      stopReason = "max_tokens";
      stopSequence = null;
    } else if (cutAt !== -1) {
      stopReason = "stop_sequence";
    }
    used += replyTokens;
    if (reply !== "") content.push({ type: "text", text: reply });
  }

  if (tool && stopReason === "end_turn") {
    const input = toolInputFor(tool.input_schema, `tools.${body.tools.indexOf(tool)}.input_schema`);
    const cost = textTokens(tool.name) + valueTokens(input);
    if (used + cost <= maxTokens) {
      content.push({ type: "tool_use", id: deterministicId("toolu", `${seed}:${tool.name}`), name: tool.name, input });
      used += cost;
      stopReason = "tool_use";
    } else {
      stopReason = "max_tokens";
    }
  }

  return {
    id: deterministicId("msg", seed),
    type: "message",
    role: "assistant",
    model: body.model,
    content,
    stop_reason: stopReason,
    stop_sequence: stopSequence,
    stop_details: null,
    usage: usageFor(inputTokens, used, context.serviceTier),
  };
}

export function usageFor(inputTokens: number, outputTokens: number, serviceTier: string): Json {
  return {
    input_tokens: inputTokens,
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: 0,
    cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 },
    output_tokens: outputTokens,
    service_tier: serviceTier,
    inference_geo: "not_available",
  };
}
