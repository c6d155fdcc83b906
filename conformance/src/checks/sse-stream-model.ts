/**
 * Walks a Messages event stream once and keeps what the SSE checks need: framing
 * problems (an `event:` line that differs from `data.type`, data that is not JSON,
 * `[DONE]`), grammar problems (one `message_start` first, blocks with contiguous indices,
 * deltas inside their block and of its kind, `message_stop` last), and the message the
 * events add up to. Unknown event, block and delta types pass: the API adds them without
 * a new version (https://platform.claude.com/docs/en/build-with-claude/streaming).
 */
import type { TimedEvent } from "../http/exchange.ts";

type Json = Record<string, any>;

export interface BlockModel {
  readonly index: number;
  readonly type: string;
  readonly start: Json;
  readonly deltaTypes: string[];
  stopped: boolean;
  text: string;
  partialJson: string;
  thinking: string;
  signatures: number;
  /** A thinking_delta arrived after the signature_delta. */
  thinkingAfterSignature: boolean;
}

export interface StreamModel {
  readonly framing: string[];
  readonly grammar: string[];
  readonly eventTypes: string[];
  readonly blocks: BlockModel[];
  readonly pings: number;
  readonly errors: Json[];
  readonly start: Json | null;
  readonly deltas: Json[];
  readonly stopped: boolean;
  /** Where the first event arrived and the last one, in ms since the request started. */
  readonly firstEventAtMs: number | null;
  readonly lastEventAtMs: number | null;
}

/** The delta types each known block type takes; unknown block types take anything. */
const deltasByBlock: Readonly<Record<string, readonly string[]>> = {
  text: ["text_delta", "citations_delta"],
  thinking: ["thinking_delta", "signature_delta"],
  redacted_thinking: [],
  tool_use: ["input_json_delta"],
  server_tool_use: ["input_json_delta"],
  mcp_tool_use: ["input_json_delta"],
  compaction: ["compaction_delta"],
};
/** Delta types we know; an unknown delta type passes whatever the block. */
const knownDeltas = new Set(Object.values(deltasByBlock).flat());

export function modelStream(events: readonly TimedEvent[]): StreamModel {
  const framing: string[] = [];
  const grammar: string[] = [];
  const eventTypes: string[] = [];
  const blocks: BlockModel[] = [];
  const errors: Json[] = [];
  const deltas: Json[] = [];
  let pings = 0;
  let start: Json | null = null;
  let stopped = false;
  let ended = false;

  events.forEach(({ event }, i) => {
    const at = `event ${i}`;
    if (event.data.trim() === "[DONE]") {
      framing.push(`${at}: "data: [DONE]" is an OpenAI stream terminator, not an Anthropic event`);
      return;
    }
    let data: Json;
    try {
      data = JSON.parse(event.data);
    } catch {
      framing.push(`${at}: data is not JSON: ${JSON.stringify(event.data.slice(0, 80))}`);
      return;
    }
    const type = typeof data?.type === "string" ? data.type : null;
    if (type === null) {
      framing.push(`${at}: data has no "type"${data?.object ? ` (an ${JSON.stringify(data.object)} chunk: OpenAI format)` : ""}`);
      return;
    }
    if (event.event === null) framing.push(`${at}: no "event:" line (data.type is "${type}"); clients dispatch on the event name`);
    else if (event.event !== type) framing.push(`${at}: "event: ${event.event}" but data.type is "${type}"`);
    eventTypes.push(type);

    if (ended && type !== "ping") grammar.push(`${at}: ${type} after the stream ended`);
    switch (type) {
      case "ping":
        pings++;
        return;
      case "error":
        errors.push(data);
        ended = true;
        return;
      case "message_start":
        if (start) grammar.push(`${at}: a second message_start`);
        else if (eventTypes.some((t) => t !== "ping" && t !== "message_start")) grammar.push(`${at}: message_start is not the first event`);
        start ??= data;
        return;
      default:
        break;
    }
    if (!start && !ended) grammar.push(`${at}: ${type} before message_start`);
    switch (type) {
      case "content_block_start": {
        const index = data.index;
        if (index !== blocks.length) grammar.push(`${at}: content_block_start index ${JSON.stringify(index)}, expected ${blocks.length} (indices run from 0 without gaps)`);
        const block = data.content_block ?? {};
        // Kept under the index it announced, so its deltas still find it.
        blocks.push({ index: typeof index === "number" ? index : blocks.length, type: String(block.type), start: block, deltaTypes: [], stopped: false, text: "", partialJson: "", thinking: "", signatures: 0, thinkingAfterSignature: false });
        return;
      }
      case "content_block_delta": {
        const block = blocks.find((b) => b.index === data.index);
        const deltaType = String(data.delta?.type);
        if (!block) grammar.push(`${at}: delta for block ${JSON.stringify(data.index)}, which never started`);
        else if (block.stopped) grammar.push(`${at}: delta for block ${block.index} after its content_block_stop`);
        if (!block) return;
        block.deltaTypes.push(deltaType);
        const allowed = deltasByBlock[block.type];
        if (allowed && knownDeltas.has(deltaType) && !allowed.includes(deltaType)) {
          grammar.push(`${at}: ${deltaType} in a ${block.type} block (expected ${allowed.join(" or ") || "no deltas"})`);
        }
        const d = data.delta ?? {};
        if (deltaType === "text_delta") block.text += String(d.text ?? "");
        if (deltaType === "input_json_delta") block.partialJson += String(d.partial_json ?? "");
        if (deltaType === "thinking_delta") {
          block.thinking += String(d.thinking ?? "");
          if (block.signatures > 0) block.thinkingAfterSignature = true;
        }
        if (deltaType === "signature_delta") block.signatures++;
        return;
      }
      case "content_block_stop": {
        const block = blocks.find((b) => b.index === data.index);
        if (!block) grammar.push(`${at}: content_block_stop for block ${JSON.stringify(data.index)}, which never started`);
        else if (block.stopped) grammar.push(`${at}: a second content_block_stop for block ${block.index}`);
        else block.stopped = true;
        return;
      }
      case "message_delta": {
        const open = blocks.filter((b) => !b.stopped).map((b) => b.index);
        if (open.length) grammar.push(`${at}: message_delta while block ${open.join(", ")} is open`);
        deltas.push(data);
        return;
      }
      case "message_stop":
        if (deltas.length === 0) grammar.push(`${at}: message_stop without a message_delta before it`);
        stopped = true;
        ended = true;
        return;
      default:
        // An event type this suite does not know: clients ignore it, so do we.
        return;
    }
  });
  if (events.length > 0 && !start) grammar.push("the stream has no message_start");
  return {
    framing,
    grammar,
    eventTypes,
    blocks,
    pings,
    errors,
    start,
    deltas,
    stopped,
    firstEventAtMs: events[0]?.atMs ?? null,
    lastEventAtMs: events[events.length - 1]?.atMs ?? null,
  };
}

/** The stop reason the stream ended with (the last message_delta's). */
export function streamStopReason(model: StreamModel): { stopReason: unknown; stopSequence: unknown } {
  const last = model.deltas[model.deltas.length - 1]?.delta ?? {};
  return { stopReason: last.stop_reason, stopSequence: last.stop_sequence };
}
