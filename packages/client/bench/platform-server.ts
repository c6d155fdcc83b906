/**
 * The loopback server of the platform benchmarks, in its own process: Bedrock's
 * InvokeModelWithResponseStream answer with `deltas` text deltas as an AWS event stream
 * (built once with @smithy/eventstream-codec, one `chunk` frame per event with padding,
 * written in 64 KiB pieces), and InvokeModel's JSON answer.
 */
import { createServer, type ServerResponse } from "node:http";
import { EventStreamCodec } from "@smithy/eventstream-codec";

const deltas = Number(process.argv[2] ?? 200_000);
const utf8 = new TextDecoder();
const encoder = new TextEncoder();
const codec = new EventStreamCodec((b) => utf8.decode(b), (s) => encoder.encode(s));
const header = (value: string) => ({ type: "string" as const, value });
const frameHeaders = { ":message-type": header("event"), ":event-type": header("chunk"), ":content-type": header("application/json") };

function chunk(event: unknown, i: number): Uint8Array {
  const bytes = Buffer.from(JSON.stringify(event)).toString("base64");
  // Random-length padding, as Bedrock sends (deterministic here).
  return codec.encode({ headers: frameHeaders, body: encoder.encode(JSON.stringify({ bytes, p: "abcdefghijklmnopqrstuvwxyz".slice(0, i % 27) })) });
}

const message = { id: "msg_bdrk_bench", type: "message", role: "assistant", content: [], model: "claude-bench", stop_reason: null, stop_sequence: null, usage: { input_tokens: 12, output_tokens: 1 } };
const events: unknown[] = [
  { type: "message_start", message },
  { type: "content_block_start", index: 0, content_block: { type: "text", text: "" } },
];
for (let i = 0; i < deltas; i++) events.push({ type: "content_block_delta", index: 0, delta: { type: "text_delta", text: "word " } });
events.push({ type: "content_block_stop", index: 0 });
events.push({ type: "message_delta", delta: { stop_reason: "end_turn", stop_sequence: null }, usage: { output_tokens: deltas } });
events.push({ type: "message_stop", "amazon-bedrock-invocationMetrics": { inputTokenCount: 12, outputTokenCount: deltas } });
const body = Buffer.concat(events.map((e, i) => chunk(e, i)));
const json = JSON.stringify({ ...message, content: [{ type: "text", text: "Hello!" }], stop_reason: "end_turn" });

async function writeChunked(res: ServerResponse, data: Buffer): Promise<void> {
  for (let at = 0; at < data.length; at += 65536) {
    if (!res.write(data.subarray(at, at + 65536))) await new Promise((resolve) => res.once("drain", resolve));
  }
  res.end();
}

const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    const headers = { "x-amzn-requestid": "00000000-0000-0000-0000-000000000000" };
    if (req.url!.endsWith("/invoke-with-response-stream")) {
      res.writeHead(200, { ...headers, "content-type": "application/vnd.amazon.eventstream" });
      void writeChunked(res, body);
    } else {
      res.writeHead(200, { ...headers, "content-type": "application/json", "content-length": Buffer.byteLength(json) });
      res.end(json);
    }
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => process.send!((server.address() as { port: number }).port));
process.on("disconnect", () => process.exit(0));
