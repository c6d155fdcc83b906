/**
 * The SSE checks a case asks for, over the stream model: framing and grammar
 * (CONTRACT.md §3 items 19-20), completion, pings, mid-stream errors (21-22), usage (23),
 * tool input (24), thinking signatures (25), incremental delivery (26) and stop reasons (28).
 */
import { isDeepStrictEqual } from "node:util";
import type { SseExpectations } from "../cases/case-types.ts";
import type { ReceivedResponse } from "../http/exchange.ts";
import { fail, pass, show, type CheckResult } from "./check-result.ts";
import { streamStopReason, type StreamModel } from "./sse-stream-model.ts";

const facts = {
  framing: "every event has an event: line equal to data.type and JSON data; no [DONE] (CONTRACT.md §3 item 19)",
  grammar: "one message_start first, blocks indexed from 0, deltas inside their block and of its kind, message_stop last (§3 item 20)",
  complete: "the stream ends with message_stop, not cut short (§3 item 22)",
  usage: "message_start.usage.input_tokens is real and message_delta usage is cumulative, not double-counted (§3 item 23)",
  toolInput: "tool_use starts with input {} and its input_json_delta chunks join into valid JSON (§3 item 24)",
  thinking: "a thinking block ends with one signature_delta after its thinking_delta chunks (§3 item 25)",
  ping: "ping events pass through (§3 item 21)",
  errorEvent: "a mid-stream error arrives as event: error in the Anthropic envelope (§3 item 22)",
  lead: "events are delivered as the upstream sends them, not buffered until the end (§3 item 26)",
  stop: "stop_reason and stop_sequence are reported correctly (§3 item 28)",
  blocks: "content block and delta types pass through unchanged",
};

function list(problems: readonly string[], max = 6): string {
  const shown = problems.slice(0, max);
  if (problems.length > max) shown.push(`… and ${problems.length - max} more`);
  return shown.join("\n");
}

/** Framing is checked on every stream, asked for or not. */
export function framingCheck(model: StreamModel, response: ReceivedResponse): CheckResult {
  const problems = [...model.framing];
  if (response.events && response.events.length === 0) problems.push("the stream has no events");
  return problems.length ? fail("sse.framing", facts.framing, { message: list(problems) }) : pass("sse.framing", facts.framing);
}

export function sseChecks(model: StreamModel, response: ReceivedResponse, expect: SseExpectations): CheckResult[] {
  const out: CheckResult[] = [];
  if (expect.grammar) {
    out.push(model.grammar.length ? fail("sse.grammar", facts.grammar, { message: list(model.grammar), received: model.eventTypes.join(" ") }) : pass("sse.grammar", facts.grammar));
  }
  if (expect.complete) out.push(completeCheck(model, response));
  if (expect.ping) {
    out.push(model.pings > 0 ? pass("sse.ping", facts.ping) : fail("sse.ping", facts.ping, { expected: "at least one ping event", received: model.eventTypes.join(" ") }));
  }
  if (expect.errorEvent !== undefined) out.push(errorEventCheck(model, expect.errorEvent));
  if (expect.usage) out.push(usageCheck(model));
  if (expect.toolInput) out.push(toolInputCheck(model));
  if (expect.thinking) out.push(thinkingCheck(model));
  if (expect.firstEventLeadMs !== undefined) out.push(leadCheck(model, response, expect.firstEventLeadMs));
  if (expect.stopReason !== undefined || expect.stopSequence !== undefined) {
    const got = streamStopReason(model);
    const wanted = { stopReason: expect.stopReason ?? got.stopReason, stopSequence: expect.stopSequence ?? got.stopSequence };
    out.push(isDeepStrictEqual(got, wanted) ? pass("sse.stop-reason", facts.stop) : fail("sse.stop-reason", facts.stop, { expected: show(wanted), received: show(got) }));
  }
  if (expect.blockTypes) {
    const got = model.blocks.map((b) => b.type);
    out.push(isDeepStrictEqual(got, expect.blockTypes) ? pass("sse.block-types", facts.blocks) : fail("sse.block-types", facts.blocks, { expected: show(expect.blockTypes), received: show(got) }));
  }
  if (expect.deltaTypes) {
    const seen = new Set(model.blocks.flatMap((b) => b.deltaTypes));
    const missing = expect.deltaTypes.filter((t) => !seen.has(t));
    out.push(missing.length === 0 ? pass("sse.delta-types", facts.blocks) : fail("sse.delta-types", facts.blocks, { expected: show(expect.deltaTypes), received: show([...seen]) }));
  }
  return out;
}

function completeCheck(model: StreamModel, response: ReceivedResponse): CheckResult {
  if (model.errors.length > 0) {
    const e = model.errors[0]!;
    return fail("sse.complete", facts.complete, { expected: "message_stop", received: `event: error ${show(e.error?.type)}: ${show(e.error?.message)}`, message: "an error event ended the stream" });
  }
  if (response.unterminated) return fail("sse.complete", facts.complete, { message: "the stream was cut in the middle of an event", received: show(response.unterminated.data.slice(0, 120)) });
  if (!model.stopped) {
    return fail("sse.complete", facts.complete, { expected: "… message_delta message_stop", received: model.eventTypes.slice(-4).join(" ") || "(no events)", message: `the stream ended after ${model.eventTypes.length} events without message_stop` });
  }
  return pass("sse.complete", facts.complete);
}

function errorEventCheck(model: StreamModel, wantedType: string): CheckResult {
  const e = model.errors[0];
  if (!e) return fail("sse.error-event", facts.errorEvent, { expected: `event: error with ${wantedType}`, received: model.eventTypes.slice(-4).join(" ") || "(no events)", message: "no error event reached the client" });
  const shaped = e.type === "error" && e.error && typeof e.error.type === "string" && typeof e.error.message === "string";
  if (!shaped) return fail("sse.error-event", facts.errorEvent, { expected: '{"type":"error","error":{"type","message"}}', received: show(e) });
  if (e.error.type !== wantedType) return fail("sse.error-event", facts.errorEvent, { expected: wantedType, received: e.error.type });
  return pass("sse.error-event", facts.errorEvent);
}

function usageCheck(model: StreamModel): CheckResult {
  const problems: string[] = [];
  const usage = model.start?.message?.usage;
  if (!usage) problems.push("message_start carries no message.usage");
  else if (typeof usage.input_tokens !== "number" || usage.input_tokens <= 0) problems.push(`message_start usage.input_tokens is ${show(usage?.input_tokens)}, not a real count`);
  let previous = typeof usage?.output_tokens === "number" ? usage.output_tokens : 0;
  model.deltas.forEach((d, i) => {
    const u = d.usage;
    if (!u || typeof u.output_tokens !== "number") {
      problems.push(`message_delta ${i} has no usage.output_tokens`);
      return;
    }
    if (u.output_tokens < previous) problems.push(`message_delta ${i} usage.output_tokens ${u.output_tokens} is below an earlier count ${previous} (usage is cumulative)`);
    previous = u.output_tokens;
    if (typeof u.input_tokens === "number" && typeof usage?.input_tokens === "number" && u.input_tokens !== usage.input_tokens) {
      problems.push(`message_delta ${i} usage.input_tokens ${u.input_tokens} differs from message_start's ${usage.input_tokens} (double-counted?)`);
    }
  });
  if (model.deltas.length === 0) problems.push("no message_delta carries the final usage");
  const hasContent = model.blocks.length > 0;
  if (hasContent && previous <= 0) problems.push("the final output_tokens is 0 although content was streamed");
  return problems.length ? fail("sse.usage", facts.usage, { message: list(problems) }) : pass("sse.usage", facts.usage);
}

function toolInputCheck(model: StreamModel): CheckResult {
  const tools = model.blocks.filter((b) => b.type === "tool_use" || b.type === "server_tool_use" || b.type === "mcp_tool_use");
  if (tools.length === 0) return fail("sse.tool-input", facts.toolInput, { expected: "a tool_use block", received: show(model.blocks.map((b) => b.type)) });
  const problems: string[] = [];
  for (const b of tools) {
    if (!isDeepStrictEqual(b.start.input, {})) problems.push(`block ${b.index} starts with input ${show(b.start.input)}, not {}`);
    if (b.deltaTypes.some((t) => t !== "input_json_delta")) problems.push(`block ${b.index} has deltas ${show([...new Set(b.deltaTypes)])}`);
    const text = b.partialJson.trim() === "" ? "{}" : b.partialJson;
    try {
      const input = JSON.parse(text);
      if (input === null || typeof input !== "object" || Array.isArray(input)) problems.push(`block ${b.index} input is ${show(input)}, not an object`);
    } catch {
      problems.push(`block ${b.index}: the partial_json chunks join into invalid JSON: ${show(b.partialJson, 120)}`);
    }
  }
  return problems.length ? fail("sse.tool-input", facts.toolInput, { message: list(problems) }) : pass("sse.tool-input", facts.toolInput);
}

function thinkingCheck(model: StreamModel): CheckResult {
  const thinking = model.blocks.filter((b) => b.type === "thinking");
  if (thinking.length === 0) return fail("sse.thinking", facts.thinking, { expected: "a thinking block", received: show(model.blocks.map((b) => b.type)) });
  const problems: string[] = [];
  for (const b of thinking) {
    if (b.signatures !== 1) problems.push(`block ${b.index} has ${b.signatures} signature_delta events, not 1`);
    if (b.thinkingAfterSignature) problems.push(`block ${b.index} has thinking_delta after its signature_delta`);
    if (!b.stopped) problems.push(`block ${b.index} never stopped`);
  }
  return problems.length ? fail("sse.thinking", facts.thinking, { message: list(problems) }) : pass("sse.thinking", facts.thinking);
}

function leadCheck(model: StreamModel, response: ReceivedResponse, leadMs: number): CheckResult {
  const first = model.firstEventAtMs;
  const end = response.endAtMs ?? model.lastEventAtMs;
  if (first === null || end === null) return fail("sse.incremental", facts.lead, { message: "no events arrived" });
  const lead = Math.round(end - first);
  const received = `first event at ${Math.round(first)} ms, stream end at ${Math.round(end)} ms`;
  return lead >= leadMs
    ? pass("sse.incremental", facts.lead, { received })
    : fail("sse.incremental", facts.lead, {
        expected: `the first event at least ${leadMs} ms before the stream ends`,
        received,
        message: "the events arrived together at the end: something between the client and the upstream buffers the stream",
      });
}
