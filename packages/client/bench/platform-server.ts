/**
 * The loopback server of the platform benchmarks, in its own process: Bedrock's
 * InvokeModelWithResponseStream answer with `deltas` text deltas as an AWS event stream
 * (`bedrock-stream-body.ts`, written in 64 KiB pieces), and InvokeModel's JSON answer.
 */
import { createServer, type ServerResponse } from "node:http";
import { bedrockStreamBody, benchMessage as message } from "./bedrock-stream-body.ts";

const deltas = Number(process.argv[2] ?? 200_000);
const body = bedrockStreamBody(deltas);
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
