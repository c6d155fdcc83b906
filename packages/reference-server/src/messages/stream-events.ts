/**
 * A complete Message as the stream of events the API sends for it
 * (https://platform.claude.com/docs/en/build-with-claude/streaming#event-types):
 * `message_start`, then per block `content_block_start`, its deltas and
 * `content_block_stop`, a `ping` after the first block starts (where recordings show it),
 * `message_delta` with the stop reason and cumulative usage, and `message_stop`.
 * Delta shapes follow spec/recorded/README.md: a thinking block ends with one
 * `signature_delta`; a tool_use block starts with `input: {}` and an empty `partial_json`.
 */
type Json = Record<string, any>;

export interface StreamEvent {
  readonly event: string;
  readonly data: Json;
}

/** Splits text into pieces of about `size` characters, at spaces where possible, never inside a surrogate pair. */
export function splitText(text: string, size: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const space = text.lastIndexOf(" ", end);
      if (space > start) end = space + 1;
      const c = text.charCodeAt(end - 1);
      if (c >= 0xd800 && c <= 0xdbff) end++;
    }
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}

function blockStart(block: Json): Json {
  switch (block.type) {
    case "text":
      return { type: "text", text: "" };
    case "thinking":
      return { type: "thinking", thinking: "", signature: "" };
    case "tool_use":
      return { type: "tool_use", id: block.id, name: block.name, input: {} };
    default:
      return block;
  }
}

function blockDeltas(block: Json, size: number): Json[] {
  switch (block.type) {
    case "text":
      return splitText(block.text, size).map((text) => ({ type: "text_delta", text }));
    case "thinking":
      return [
        ...splitText(block.thinking, size).map((thinking) => ({ type: "thinking_delta", thinking })),
        { type: "signature_delta", signature: block.signature },
      ];
    case "tool_use":
      return ["", ...splitText(JSON.stringify(block.input), size)].map((partial_json) => ({ type: "input_json_delta", partial_json }));
    default:
      return [];
  }
}

export function messageToEvents(message: Json, deltaChars: number): StreamEvent[] {
  const usage: Json = message.usage ?? {};
  const events: StreamEvent[] = [];
  const push = (data: Json) => events.push({ event: data.type, data });
  push({
    type: "message_start",
    message: {
      ...message,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      // The output count so far is small but not zero, as recorded.
      usage: { ...usage, output_tokens: Math.min(1, usage.output_tokens ?? 0) },
    },
  });
  const blocks: Json[] = message.content ?? [];
  if (blocks.length === 0) push({ type: "ping" });
  blocks.forEach((block, index) => {
    push({ type: "content_block_start", index, content_block: blockStart(block) });
    if (index === 0) push({ type: "ping" });
    for (const delta of blockDeltas(block, deltaChars)) push({ type: "content_block_delta", index, delta });
    push({ type: "content_block_stop", index });
  });
  push({
    type: "message_delta",
    delta: { stop_reason: message.stop_reason, stop_sequence: message.stop_sequence ?? null },
    // Cumulative, and since mid-2025 the input counters are repeated here too.
    usage: {
      input_tokens: usage.input_tokens,
      cache_creation_input_tokens: usage.cache_creation_input_tokens ?? 0,
      cache_read_input_tokens: usage.cache_read_input_tokens ?? 0,
      output_tokens: usage.output_tokens,
    },
  });
  push({ type: "message_stop" });
  return events;
}
