/**
 * The stream the SSE benchmarks decode: a message with `deltas` text deltas, framed and
 * padded as the real API's streams are (spaces before the closing brace, a ping).
 */
export function sseBody(deltas: number): Buffer {
  const parts = [
    `event: message_start\ndata: {"type":"message_start","message":{"id":"msg_bench","type":"message","role":"assistant","content":[],"model":"claude-bench","stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":12,"output_tokens":1}}    }\n\n`,
    `event: content_block_start\ndata: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}    }\n\n`,
    `event: ping\ndata: {"type": "ping"}\n\n`,
  ];
  for (let i = 0; i < deltas; i++) {
    parts.push(`event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"tok${i % 10} "}          }\n\n`);
  }
  parts.push(
    `event: content_block_stop\ndata: {"type":"content_block_stop","index":0    }\n\n`,
    `event: message_delta\ndata: {"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"input_tokens":12,"output_tokens":${deltas}}  }\n\n`,
    `event: message_stop\ndata: {"type":"message_stop"   }\n\n`,
  );
  return Buffer.from(parts.join(""));
}
