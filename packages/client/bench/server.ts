/**
 * The loopback server the benchmarks talk to, run in its own process so that its work does
 * not share the measured process's event loop. It answers a fixed message, an SSE stream of
 * `deltas` text deltas (built once, sent in 64 KiB writes), a batch, and JSON Lines results
 * of `lines` lines generated as they are written.
 */
import { createServer, type ServerResponse } from "node:http";
import { sseBody } from "./sse-body.ts";

const message = JSON.stringify({
  id: "msg_bench",
  type: "message",
  role: "assistant",
  content: [{ type: "text", text: "Hello!" }],
  model: "claude-bench",
  stop_reason: "end_turn",
  stop_sequence: null,
  usage: { input_tokens: 12, output_tokens: 6 },
});

const headers = { "request-id": "req_bench", "anthropic-ratelimit-requests-limit": "1000" };

function resultLine(i: number): string {
  return JSON.stringify({
    custom_id: `req-${i}`,
    result: { type: "succeeded", message: { ...JSON.parse(message), id: `msg_${i}` } },
  });
}

async function writeChunked(res: ServerResponse, body: Buffer): Promise<void> {
  for (let at = 0; at < body.length; at += 65536) {
    if (!res.write(body.subarray(at, at + 65536))) await new Promise((r) => res.once("drain", r));
  }
  res.end();
}

async function writeLines(res: ServerResponse, count: number): Promise<void> {
  const template = resultLine(0);
  let chunk = "";
  for (let i = 0; i < count; i++) {
    chunk += template.replace('"req-0"', `"req-${i}"`) + "\n";
    if (chunk.length > 65536) {
      if (!res.write(chunk)) await new Promise((r) => res.once("drain", r));
      chunk = "";
    }
  }
  res.end(chunk);
}

const sseCache = new Map<number, Buffer>();

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    if (req.method === "POST" && url.pathname === "/v1/messages") {
      const body = JSON.parse(Buffer.concat(chunks).toString() || "{}");
      if (body.stream) {
        const deltas = Number(body.metadata?.user_id ?? 1000);
        let sse = sseCache.get(deltas);
        if (!sse) sseCache.set(deltas, (sse = sseBody(deltas)));
        res.writeHead(200, { ...headers, "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" });
        void writeChunked(res, sse);
        return;
      }
      res.writeHead(200, { ...headers, "content-type": "application/json", "content-length": Buffer.byteLength(message) });
      res.end(message);
      return;
    }
    const batch = /^\/v1\/messages\/batches\/([^/]+)(\/results)?$/.exec(url.pathname);
    if (req.method === "GET" && batch) {
      const lines = Number(batch[1]!.replace("msgbatch_", ""));
      if (batch[2]) {
        res.writeHead(200, { ...headers, "content-type": "application/x-jsonl" });
        void writeLines(res, lines);
        return;
      }
      const origin = `http://${req.headers.host}`;
      const json = JSON.stringify({
        id: batch[1], type: "message_batch", processing_status: "ended",
        request_counts: { processing: 0, succeeded: lines, errored: 0, canceled: 0, expired: 0 },
        ended_at: "2026-01-01T00:00:00Z", created_at: "2026-01-01T00:00:00Z", expires_at: "2026-01-02T00:00:00Z",
        archived_at: null, cancel_initiated_at: null, results_url: `${origin}/v1/messages/batches/${batch[1]}/results`,
      });
      res.writeHead(200, { ...headers, "content-type": "application/json" });
      res.end(json);
      return;
    }
    res.writeHead(404, { "content-type": "application/json" });
    res.end(JSON.stringify({ type: "error", error: { type: "not_found_error", message: "no route" } }));
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.send?.(typeof address === "object" && address ? address.port : 0);
});
process.on("disconnect", () => process.exit(0));
