/**
 * The Bedrock answer the platform benchmarks read: InvokeModelWithResponseStream's AWS event
 * stream for a message of `deltas` text deltas, built once with @smithy/eventstream-codec,
 * one `chunk` frame per API event with random-length padding as Bedrock sends (deterministic
 * here). Served by `platform-server.ts` and decoded in process by `platforms.ts`.
 */
import { EventStreamCodec } from "@smithy/eventstream-codec";

const utf8 = new TextDecoder();
const encoder = new TextEncoder();
const codec = new EventStreamCodec((b) => utf8.decode(b), (s) => encoder.encode(s));
const header = (value: string) => ({ type: "string" as const, value });
const frameHeaders = { ":message-type": header("event"), ":event-type": header("chunk"), ":content-type": header("application/json") };

function chunk(event: unknown, i: number): Uint8Array {
  const bytes = Buffer.from(JSON.stringify(event)).toString("base64");
  return codec.encode({ headers: frameHeaders, body: encoder.encode(JSON.stringify({ bytes, p: "abcdefghijklmnopqrstuvwxyz".slice(0, i % 27) })) });
}

export const benchMessage = { id: "msg_bdrk_bench", type: "message", role: "assistant", content: [], model: "claude-bench", stop_reason: null, stop_sequence: null, usage: { input_tokens: 12, output_tokens: 1 } };

export function bedrockStreamBody(deltas: number): Buffer {
  const events: unknown[] = [
    { type: "message_start", message: benchMessage },
    { type: "content_block_start", index: 0, content_block: { type: "text", text: "" } },
  ];
  for (let i = 0; i < deltas; i++) events.push({ type: "content_block_delta", index: 0, delta: { type: "text_delta", text: "word " } });
  events.push({ type: "content_block_stop", index: 0 });
  events.push({ type: "message_delta", delta: { stop_reason: "end_turn", stop_sequence: null }, usage: { output_tokens: deltas } });
  events.push({ type: "message_stop", "amazon-bedrock-invocationMetrics": { inputTokenCount: 12, outputTokenCount: deltas } });
  return Buffer.concat(events.map((e, i) => chunk(e, i)));
}
