/**
 * Peak memory growth of the reference server while it receives a 500 MB file upload
 * (target ≤ 64 MB): the server runs as a child process, its resident set is sampled from
 * /proc while the upload streams in, and the upload is generated on the fly so the client
 * holds nothing either. Not a test: it prints numbers.
 *
 *   pnpm --filter @claude-spec/reference-server exec tsx bench/upload-memory.ts [megabytes]
 */
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { fileURLToPath } from "node:url";
import { spawnServer } from "./spawn-server.ts";

const megabytes = Number(process.argv[2] ?? 500);
const size = megabytes * 1_000_000;
const key = "sk-ant-bench";

function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return Number(kb ?? 0) * 1024;
}

const server = await spawnServer(fileURLToPath(new URL("../src/cli.ts", import.meta.url)), ["--api-key", key, "--no-fixtures"]);
const pid = server.process.pid!;
try {
  // Settle: one small request so lazy start-up work is done before the baseline.
  await fetch(`${server.url}/v1/models`, { headers: { "x-api-key": key, "anthropic-version": "2026-10-21" } });
  await new Promise((r) => setTimeout(r, 500));
  const baseline = rssBytes(pid);
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssBytes(pid));
  }, 20);

  const boundary = "bench-boundary-7f3a";
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const chunk = Buffer.alloc(256 * 1024, 0x61);
  const started = performance.now();
  const result = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const url = new URL(server.url);
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: "/v1/files",
        method: "POST",
        headers: {
          "x-api-key": key,
          "anthropic-version": "2026-10-21",
          "content-type": `multipart/form-data; boundary=${boundary}`,
          "content-length": String(head.length + size + tail.length),
        },
      },
      (res) => {
        let text = "";
        res.on("data", (d) => (text += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on("error", reject);
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        const n = Math.min(chunk.length, size - sent);
        sent += n;
        if (!req.write(n === chunk.length ? chunk : chunk.subarray(0, n))) return void req.once("drain", pump);
      }
      req.end(tail);
    };
    req.write(head);
    pump();
  });
  clearInterval(sampler);
  peak = Math.max(peak, rssBytes(pid));
  const seconds = (performance.now() - started) / 1000;
  const file = JSON.parse(result.body) as { size_bytes?: number };
  if (result.status !== 200 || file.size_bytes !== size) throw new Error(`upload failed: ${result.status} ${result.body.slice(0, 300)}`);
  console.log(`upload of ${megabytes} MB (${size} bytes) to /v1/files in ${seconds.toFixed(1)}s (${(megabytes / seconds).toFixed(0)} MB/s)`);
  console.log(`  server RSS baseline: ${(baseline / 1048576).toFixed(1)} MiB, peak: ${(peak / 1048576).toFixed(1)} MiB`);
  console.log(`  peak growth:         ${((peak - baseline) / 1048576).toFixed(1)} MiB (target <= 64 MiB)`);
} finally {
  await server.stop();
}
