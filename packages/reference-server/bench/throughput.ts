/**
 * Non-streaming throughput of the reference server at 64 requests in flight, as a ratio to
 * a bare node:http server answering the same JSON in the same run (target ≥ 0.7). Both run
 * as child processes and are measured alternately (A B A B) with the same keep-alive
 * client, so machine noise hits both. Not a test: it prints numbers.
 *
 *   pnpm --filter @claude-spec/reference-server exec tsx bench/throughput.ts [seconds-per-round]
 */
import { readFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { fileURLToPath } from "node:url";
import { spawnServer } from "./spawn-server.ts";

const inFlight = 64;
const seconds = Number(process.argv[2] ?? 4);
const key = "sk-ant-bench";
const body = JSON.stringify({ model: "claude-sonnet-5", max_tokens: 256, messages: [{ role: "user", content: "Benchmark me, please." }] });
const headers = { "x-api-key": key, "anthropic-version": "2023-06-01", "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) };

function post(agent: Agent, url: URL): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ agent, host: url.hostname, port: url.port, path: "/v1/messages", method: "POST", headers }, (res) => {
      res.on("data", () => {});
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** CPU time (user + system) a process has used, in microseconds, from /proc (Linux). */
function cpuMicros(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return Number.NaN;
  }
}

interface Result {
  readonly perSecond: number;
  /** Server CPU per request, in microseconds: steadier than throughput on a shared machine. */
  readonly cpuPerRequest: number;
}

async function measure(base: string, pid: number, durationMs: number): Promise<Result> {
  const url = new URL(base);
  const agent = new Agent({ keepAlive: true, maxSockets: inFlight });
  const deadline = performance.now() + durationMs;
  let done = 0;
  let failed = 0;
  const cpuBefore = cpuMicros(pid);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (performance.now() < deadline) {
        const status = await post(agent, url);
        if (status === 200) done++;
        else failed++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const cpu = cpuMicros(pid) - cpuBefore;
  agent.destroy();
  if (failed > 0) throw new Error(`${failed} requests failed against ${base}`);
  return { perSecond: done / elapsed, cpuPerRequest: cpu / done };
}

const reference = await spawnServer(fileURLToPath(new URL("../src/cli.ts", import.meta.url)), ["--api-key", key, "--no-fixtures"]);
const sample = await fetch(`${reference.url}/v1/messages`, { method: "POST", headers, body });
const reply = await sample.text();
const bare = await spawnServer(fileURLToPath(new URL("./bare-server.ts", import.meta.url)), [], { BENCH_REPLY: reply });

try {
  // Warm both up (JIT, connection pools) before measuring.
  const refPid = reference.process.pid!;
  const barePid = bare.process.pid!;
  await measure(reference.url, refPid, 1000);
  await measure(bare.url, barePid, 1000);
  const rounds: { reference: Result; bare: Result }[] = [];
  for (let i = 0; i < 2; i++) {
    const r = await measure(reference.url, refPid, seconds * 1000);
    const b = await measure(bare.url, barePid, seconds * 1000);
    rounds.push({ reference: r, bare: b });
  }
  const mean = (pick: (r: { reference: Result; bare: Result }) => number) => rounds.reduce((n, r) => n + pick(r), 0) / rounds.length;
  const ref = mean((r) => r.reference.perSecond);
  const base = mean((r) => r.bare.perSecond);
  const refCpu = mean((r) => r.reference.cpuPerRequest);
  const baseCpu = mean((r) => r.bare.cpuPerRequest);
  console.log(`non-streaming POST /v1/messages, ${inFlight} in flight, ${seconds}s x ${rounds.length} rounds each`);
  console.log(`  reference server: ${ref.toFixed(0)} req/s, ${refCpu.toFixed(0)} us CPU/request`);
  console.log(`  bare node:http:   ${base.toFixed(0)} req/s, ${baseCpu.toFixed(0)} us CPU/request`);
  console.log(`  ratio:            ${(ref / base).toFixed(2)} (target >= 0.70)`);
} finally {
  await reference.stop();
  await bare.stop();
}
