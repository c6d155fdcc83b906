/**
 * A/B of the two time budgets at 64 calls in flight: the client with a signal and timer per
 * call, and with `sharedBudget` (the @claude-spec/node default), alternating in rounds, each
 * round's CPU time of this process (the server runs in its own) compared. Run:
 * `pnpm --filter @claude-spec/client build && tsx bench/ab-budget.ts`.
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createParams, makeClients } from "./clients.ts";
import { median, timeConcurrent } from "./measure.ts";
import { rawCreate } from "./raw-floor.ts";

const rounds = Number(process.env.AB_ROUNDS ?? 40);
const server = fork(fileURLToPath(new URL("./server.ts", import.meta.url)), { execArgv: ["--import", "tsx"] });
const port = await new Promise<number>((resolve) => server.once("message", (p) => resolve(p as number)));
const baseURL = `http://127.0.0.1:${port}`;
const { ours, oursOnNode } = makeClients(baseURL);
const variants = {
  fetch: () => rawCreate(baseURL, createParams),
  "per-call budget": () => ours.messages.create(createParams),
  "shared budget": () => oursOnNode.messages.create(createParams),
};
const cpu: Record<string, number[]> = { fetch: [], "per-call budget": [], "shared budget": [] };
for (let round = -2; round < rounds; round++) {
  const names = Object.keys(variants) as (keyof typeof variants)[];
  for (const name of round % 2 ? names : names.reverse()) {
    const before = process.cpuUsage();
    await timeConcurrent(variants[name], 1000, 64);
    const used = process.cpuUsage(before);
    if (round >= 0) cpu[name]!.push((used.user + used.system) / 1000);
  }
}
server.kill();
for (const [name, values] of Object.entries(cpu)) {
  const ratio = median(values.map((v, i) => v / cpu.fetch![i]!));
  console.log(`${name.padEnd(16)} ${median(values).toFixed(1).padStart(6)} µs CPU per call   ${ratio.toFixed(3)}× fetch`);
}
const pair = median(cpu["shared budget"]!.map((v, i) => v / cpu["per-call budget"]![i]!));
console.log(`shared / per-call: ${pair.toFixed(3)}× (median of ${rounds} same-round ratios)`);
