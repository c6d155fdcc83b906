/**
 * How long creating a 100,000-request batch blocks the reference server: the event-loop
 * delay (perf_hooks monitorEventLoopDelay) in the server's process while the batch is
 * created, and the slowest answer a second client got to GET /v1/models meanwhile. The
 * server runs in this process so its loop is the one measured. Not a test: it prints numbers.
 *
 *   pnpm --filter @claude-spec/reference-server exec tsx bench/batch-blocking.ts [requests]
 */
import { monitorEventLoopDelay } from "node:perf_hooks";
import { start } from "../src/index.ts";

const count = Number(process.argv[2] ?? 100_000);
const key = "sk-ant-bench";
const headers = { "x-api-key": key, "anthropic-version": "2023-06-01", "content-type": "application/json" };

const server = await start({ apiKeys: [key], fixturesDir: false, batchProcessingMs: 0 });
const requests = Array.from({ length: count }, (_, i) => ({
  custom_id: `r${i}`,
  params: { model: "claude-sonnet-4-5", max_tokens: 64, messages: [{ role: "user", content: `Request number ${i}` }] },
}));
const body = JSON.stringify({ requests });

// A second client asking every 20 ms: its slowest answer is what a blocked loop costs others.
let probing = true;
let slowest = 0;
let probes = 0;
const probe = (async () => {
  while (probing) {
    const t0 = performance.now();
    await (await fetch(`${server.url}/v1/models`, { headers })).arrayBuffer();
    slowest = Math.max(slowest, performance.now() - t0);
    probes++;
    await new Promise((r) => setTimeout(r, 20));
  }
})();

const delay = monitorEventLoopDelay({ resolution: 5 });
delay.enable();
const t0 = performance.now();
const res = await fetch(`${server.url}/v1/messages/batches`, { method: "POST", headers, body });
const answer = (await res.json()) as { request_counts?: Record<string, number>; error?: unknown };
const elapsed = performance.now() - t0;
delay.disable();
probing = false;
await probe;

const ms = (ns: number) => (ns / 1e6).toFixed(1);
console.log(`batch of ${count} requests (${(body.length / 1e6).toFixed(1)} MB): status ${res.status} in ${elapsed.toFixed(0)} ms`, answer.error ?? "");
console.log(`event-loop delay during create: p50 ${ms(delay.percentile(50))} ms, p99 ${ms(delay.percentile(99))} ms, max ${ms(delay.max)} ms`);
console.log(`other client, GET /v1/models every 20 ms: ${probes} answers, slowest ${slowest.toFixed(1)} ms`);
console.log(`heap used after: ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
await server.close();
