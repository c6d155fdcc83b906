/** Builds SSE bodies for tests, padded the way real streams are (spec/recorded/README.md). */
export type Event = readonly [name: string, data: unknown];

export function sseOf(events: readonly Event[], lineEnd = "\n"): string {
  return events
    .map(([name, data]) => {
      const json = name === "ping" ? '{"type": "ping"}' : JSON.stringify(data).replace(/}$/, "      }");
      return `event: ${name}${lineEnd}data: ${json}${lineEnd}${lineEnd}`;
    })
    .join("");
}

export const messageStart = (usage: Record<string, unknown> = { input_tokens: 10, output_tokens: 1 }) =>
  [
    "message_start",
    {
      type: "message_start",
      message: { id: "msg_1", type: "message", role: "assistant", content: [], model: "claude-test", stop_reason: null, stop_sequence: null, usage },
    },
  ] as const;

const delta = (index: number, d: Record<string, unknown>) => ["content_block_delta", { type: "content_block_delta", index, delta: d }] as const;
const start = (index: number, block: Record<string, unknown>) => ["content_block_start", { type: "content_block_start", index, content_block: block }] as const;
const stop = (index: number) => ["content_block_stop", { type: "content_block_stop", index }] as const;

const citation = { type: "char_location", cited_text: "sky", document_index: 0, document_title: null, start_char_index: 0, end_char_index: 3 };

/** A stream with every kind of block and delta, a ping, an unknown event and cumulative usage. */
export const richEvents: readonly Event[] = [
  messageStart({ input_tokens: 10, output_tokens: 1, cache_read_input_tokens: 0 }),
  start(0, { type: "thinking", thinking: "", signature: "" }),
  ["ping", { type: "ping" }],
  delta(0, { type: "thinking_delta", thinking: "Let me " }),
  delta(0, { type: "thinking_delta", thinking: "think." }),
  delta(0, { type: "thinking_delta", thinking: "" }),
  delta(0, { type: "signature_delta", signature: "sig-abc" }),
  stop(0),
  start(1, { type: "text", text: "", citations: [] }),
  delta(1, { type: "text_delta", text: "The sky " }),
  delta(1, { type: "citations_delta", citation }),
  delta(1, { type: "text_delta", text: "is blue ☀️." }),
  ["brand_new_event", { type: "brand_new_event", detail: { x: 1 } }],
  delta(1, { type: "future_delta", stuff: true }),
  stop(1),
  start(2, { type: "tool_use", id: "toolu_1", name: "get_weather", input: {} }),
  delta(2, { type: "input_json_delta", partial_json: "" }),
  delta(2, { type: "input_json_delta", partial_json: '{"city": "Par' }),
  delta(2, { type: "input_json_delta", partial_json: 'is", "days": [1, 2]}' }),
  stop(2),
  [
    "message_delta",
    {
      type: "message_delta",
      delta: { stop_reason: "tool_use", stop_sequence: null },
      usage: { output_tokens: 42, input_tokens: 10, cache_read_input_tokens: 5, cache_creation_input_tokens: null },
    },
  ],
  ["message_stop", { type: "message_stop" }],
];

export const richFinalMessage = {
  id: "msg_1",
  type: "message",
  role: "assistant",
  model: "claude-test",
  content: [
    { type: "thinking", thinking: "Let me think.", signature: "sig-abc" },
    { type: "text", text: "The sky is blue ☀️.", citations: [citation] },
    { type: "tool_use", id: "toolu_1", name: "get_weather", input: { city: "Paris", days: [1, 2] } },
  ],
  stop_reason: "tool_use",
  stop_sequence: null,
  usage: { input_tokens: 10, output_tokens: 42, cache_read_input_tokens: 5 },
};

/** A ReadableStream handing out the given chunks, then closing. */
export function chunked(chunks: readonly (Uint8Array | string)[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      const chunk = chunks[i++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(typeof chunk === "string" ? encoder.encode(chunk) : chunk);
    },
  });
}
