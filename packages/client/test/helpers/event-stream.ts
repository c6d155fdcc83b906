/**
 * Bedrock event-stream bodies for tests, encoded by `@smithy/eventstream-codec` (the codec
 * AWS's SDKs use), the way Bedrock frames them: each API stream event base64-encoded in a
 * `chunk` event's JSON payload, with random-length padding `p`.
 */
import { EventStreamCodec, type MessageHeaders } from "@smithy/eventstream-codec";

const utf8 = new TextDecoder();
const encoder = new TextEncoder();
export const codec = new EventStreamCodec((b) => utf8.decode(b), (s) => encoder.encode(s));

const str = (value: string) => ({ type: "string" as const, value });

export function frame(headers: MessageHeaders, payload: string | Uint8Array): Uint8Array {
  return codec.encode({ headers, body: typeof payload === "string" ? encoder.encode(payload) : payload });
}

export function chunkFrame(event: unknown, padding = "abcdefghij"): Uint8Array {
  const bytes = Buffer.from(JSON.stringify(event)).toString("base64");
  return frame(
    { ":message-type": str("event"), ":event-type": str("chunk"), ":content-type": str("application/json") },
    JSON.stringify({ bytes, p: padding }),
  );
}

export function exceptionFrame(name: string, message: string): Uint8Array {
  return frame(
    { ":message-type": str("exception"), ":exception-type": str(name), ":content-type": str("application/json") },
    JSON.stringify({ message }),
  );
}

export function errorFrame(code: string, message: string): Uint8Array {
  return frame({ ":message-type": str("error"), ":error-code": str(code), ":error-message": str(message) }, "");
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The events of a short message: start, one text block in `pieces`, delta, stop. */
export function textEvents(pieces: readonly string[], model = "claude-test"): unknown[] {
  return [
    {
      type: "message_start",
      message: { id: "msg_bdrk_1", type: "message", role: "assistant", content: [], model, stop_reason: null, stop_sequence: null, usage: { input_tokens: 10, output_tokens: 1 } },
    },
    { type: "content_block_start", index: 0, content_block: { type: "text", text: "" } },
    ...pieces.map((text) => ({ type: "content_block_delta", index: 0, delta: { type: "text_delta", text } })),
    { type: "content_block_stop", index: 0 },
    { type: "message_delta", delta: { stop_reason: "end_turn", stop_sequence: null }, usage: { output_tokens: pieces.length } },
    { type: "message_stop", "amazon-bedrock-invocationMetrics": { inputTokenCount: 10, outputTokenCount: pieces.length } },
  ];
}
