/**
 * The reference server for bench/load.ts, in its own process so its event loop is the one
 * measured: it prints `listening on URL`, then on each SIGUSR1 prints one JSON line with
 * the event-loop delay (perf_hooks monitorEventLoopDelay) and memory since the previous
 * signal, and starts measuring afresh. SIGTERM stops it.
 */
import { monitorEventLoopDelay } from "node:perf_hooks";
import { start } from "../src/index.ts";

const key = process.argv[2] ?? "sk-ant-bench";
const server = await start({ apiKeys: [key], fixturesDir: false, downloadableUploads: true });
console.log(`listening on ${server.url}`);

let delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
let peakRss = process.memoryUsage().rss;
let peakHeap = process.memoryUsage().heapUsed;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
}, 50);

process.on("SIGUSR1", () => {
  delay.disable();
  const m = process.memoryUsage();
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  console.log(
    JSON.stringify({ eld: { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max) }, rss: m.rss, peakRss, heapUsed: m.heapUsed, peakHeap }),
  );
  delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  peakRss = m.rss;
  peakHeap = m.heapUsed;
});
process.on("SIGTERM", async () => {
  clearInterval(sampler);
  await server.close();
  process.exit(0);
});
