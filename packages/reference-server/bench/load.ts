/**
 * The reference server under load: 512 concurrent streaming Messages requests, each worker
 * starting a new stream as soon as its last one ended, for a bounded time per phase, in two
 * phases: without and then with slow clients connected (one downloading a 64 MB file and
 * one reading a stream, each reading about 16 KB per second, so the server holds data it
 * cannot send). Reported per phase: streams completed, errors (must be 0: a non-200, a
 * stream without `message_stop`, or a connection error), the server's event-loop delay
 * (monitorEventLoopDelay in its own process), the slowest stream, and the server's memory at
 * start, peak and end. Not a test: it prints numbers.
 *
 *   pnpm --filter @claude-spec/reference-server exec tsx bench/load.ts [seconds-per-phase] [streams]
 */
import { Agent, request } from "node:http";
import { connect } from "node:net";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { spawnServer } from "./spawn-server.ts";

const seconds = Number(process.argv[2] ?? 10);
const streams = Number(process.argv[3] ?? 512);
const key = "sk-ant-bench";
const body = JSON.stringify({
  model: "claude-sonnet-4-5",
  max_tokens: 1024,
  stream: true,
  messages: [{ role: "user", content: "Please stream this sentence back to me in many small pieces. ".repeat(8) }],
});
const headers = { "x-api-key": key, "anthropic-version": "2023-06-01", "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) };

interface ServerReport {
  eld: { p50: number; p99: number; max: number };
  rss: number;
  peakRss: number;
  heapUsed: number;
  peakHeap: number;
}

const server = await spawnServer(fileURLToPath(new URL("./load-server.ts", import.meta.url)), [key]);
const reports = createInterface({ input: server.process.stdout! });
const pendingReports: ((r: ServerReport) => void)[] = [];
reports.on("line", (line) => {
  if (line.startsWith("{")) pendingReports.shift()?.(JSON.parse(line) as ServerReport);
});
/** The server's figures since the last call (its measurement restarts). */
function serverReport(): Promise<ServerReport> {
  return new Promise((resolve) => {
    pendingReports.push(resolve);
    server.process.kill("SIGUSR1");
  });
}

const url = new URL(server.url);

function oneStream(agent: Agent): Promise<{ ok: boolean; ms: number }> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const req = request({ agent, host: url.hostname, port: url.port, path: "/v1/messages", method: "POST", headers }, (res) => {
      let tail = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (tail = (tail + chunk).slice(-200)));
      res.on("end", () => resolve({ ok: res.statusCode === 200 && tail.includes("message_stop"), ms: performance.now() - t0 }));
      res.on("error", () => resolve({ ok: false, ms: performance.now() - t0 }));
    });
    req.on("error", () => resolve({ ok: false, ms: performance.now() - t0 }));
    req.end(body);
  });
}

async function phase(label: string): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: streams });
  const deadline = performance.now() + seconds * 1000;
  let done = 0;
  let errors = 0;
  let slowest = 0;
  const before = await serverReport();
  // The first seconds carry the burst of 512 new connections; the rest is the steady state.
  const rampMs = Math.min(2000, (seconds * 1000) / 4);
  const ramp = new Promise<ServerReport>((resolve) => setTimeout(() => resolve(serverReport()), rampMs));
  await Promise.all(
    Array.from({ length: streams }, async () => {
      while (performance.now() < deadline) {
        const { ok, ms } = await oneStream(agent);
        if (ok) done++;
        else errors++;
        slowest = Math.max(slowest, ms);
      }
    }),
  );
  const rampReport = await ramp;
  const after = await serverReport();
  agent.destroy();
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MiB`;
  console.log(`${label}:`);
  console.log(`  ${streams} concurrent streams for ${seconds} s: ${done} completed (${(done / seconds).toFixed(0)}/s), errors ${errors}, slowest ${slowest.toFixed(0)} ms`);
  console.log(`  server event-loop delay, first ${rampMs / 1000} s (connection burst): p50 ${rampReport.eld.p50} ms, p99 ${rampReport.eld.p99} ms, max ${rampReport.eld.max} ms`);
  console.log(`  server event-loop delay, the rest: p50 ${after.eld.p50} ms, p99 ${after.eld.p99} ms, max ${after.eld.max} ms`);
  const peakRss = Math.max(rampReport.peakRss, after.peakRss);
  const peakHeap = Math.max(rampReport.peakHeap, after.peakHeap);
  console.log(`  server memory: rss ${mib(before.rss)} at start, ${mib(peakRss)} peak, ${mib(after.rss)} at end; heap ${mib(before.heapUsed)} → peak ${mib(peakHeap)} → ${mib(after.heapUsed)}`);
}

/** A client that asks for `path` and then reads about 16 KB per second until stopped. */
function slowReader(method: string, path: string, requestBody?: string): { stop(): number } {
  const socket = connect(Number(url.port), url.hostname);
  let read = 0;
  socket.on("error", () => {});
  socket.on("connect", () => {
    const extra = requestBody ? `content-type: application/json\r\ncontent-length: ${Buffer.byteLength(requestBody)}\r\n` : "";
    socket.write(`${method} ${path} HTTP/1.1\r\nhost: ${url.host}\r\nx-api-key: ${key}\r\nanthropic-version: 2023-06-01\r\nanthropic-beta: files-api-2025-04-14\r\n${extra}\r\n${requestBody ?? ""}`);
    socket.pause();
  });
  const timer = setInterval(() => {
    let chunk: Buffer | null;
    let taken = 0;
    while (taken < 1600 && (chunk = socket.read(Math.min(1600 - taken, Math.max(1, socket.readableLength)))) !== null) taken += chunk.length;
    read += taken;
  }, 100);
  return {
    stop() {
      clearInterval(timer);
      socket.destroy();
      return read;
    },
  };
}

async function uploadDownloadable(megabytes: number): Promise<string> {
  const boundary = "load-bench";
  const head = Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="big.bin"\r\ncontent-type: application/octet-stream\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const payload = Buffer.concat([head, Buffer.alloc(megabytes * 1024 * 1024, 0x61), tail]);
  const res = await fetch(`${server.url}/v1/files`, {
    method: "POST",
    headers: { "x-api-key": key, "anthropic-version": "2023-06-01", "anthropic-beta": "files-api-2025-04-14", "content-type": `multipart/form-data; boundary=${boundary}` },
    body: payload,
  });
  return ((await res.json()) as { id: string }).id;
}

try {
  const fileId = await uploadDownloadable(64);
  // Warm-up: JIT and sockets, not measured.
  const warm = new Agent({ keepAlive: true, maxSockets: 64 });
  await Promise.all(Array.from({ length: 256 }, () => oneStream(warm)));
  warm.destroy();

  await phase("phase 1, no slow client");
  const slow = [slowReader("GET", `/v1/files/${fileId}/content`), slowReader("POST", "/v1/messages", JSON.stringify({ ...JSON.parse(body), max_tokens: 64_000, messages: [{ role: "user", content: "z".repeat(2000) }] }))];
  await new Promise((r) => setTimeout(r, 500));
  await phase("phase 2, two slow readers connected (a 64 MB download and a stream)");
  const readBySlow = slow.map((s) => s.stop());
  console.log(`  slow readers read ${readBySlow.map((n) => `${(n / 1024).toFixed(0)} KiB`).join(" and ")} meanwhile`);
} finally {
  await server.stop();
}
