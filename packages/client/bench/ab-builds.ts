/**
 * A/B of two builds of this package against bare `fetch`, at 64 calls in flight: the
 * build in `BASE` (a copy of an earlier `dist/`, kept inside the package so that it still
 * resolves its dependencies) and the current `dist/`, alternating 200 batches of 256 calls
 * each and comparing this process's CPU time per batch. Fine
 * alternation cancels the slow drift that makes long runs on a small machine disagree; the
 * same build against itself agrees within about 1%. For trying a change to the request
 * path:
 *
 *   pnpm --filter @claude-spec/client build && cp -r packages/client/dist packages/client/node_modules/.dist-base
 *   # change something, then
 *   pnpm --filter @claude-spec/client build && BASE=node_modules/.dist-base pnpm --filter @claude-spec/client bench:ab
 *
 * Prints CPU ratios base/fetch, new/fetch and new/base (new/fetch and base/fetch derived
 * from the medians against base).
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createParams } from "./clients.ts";
import { loadBuilds } from "./builds.ts";
import { compare, timeConcurrent } from "./measure.ts";
import { rawCreate } from "./raw-floor.ts";

const batches = Number(process.env.AB_BATCHES ?? 200);
const batch = 256;

type Client = { messages: { create(params: typeof createParams): Promise<unknown> } };

// Before the server starts, so that a missing BASE leaves no process behind.
const builds = await loadBuilds<Client>("ab-builds");

const server = fork(fileURLToPath(new URL("./server.ts", import.meta.url)), { execArgv: ["--import", "tsx"] });
const port = await new Promise<number>((resolve) => server.once("message", (p) => resolve(p as number)));
const baseURL = `http://127.0.0.1:${port}`;
// AB_FETCH_HEADERS_TIMEOUT=310000 measures the path @claude-spec/node takes on Node's fetch
// (the signal withheld until the headers); unset, the core's default (always handed).
const fetchHeadersTimeout = Number(process.env.AB_FETCH_HEADERS_TIMEOUT ?? 0);
const options = { apiKey: "bench-key", baseURL, maxRetries: 0, logLevel: "off", ...(fetchHeadersTimeout ? { fetchHeadersTimeout } : {}) };
const before = builds.before(options);
const after = builds.after(options);
const variants: Record<string, () => Promise<unknown>> = {
  fetch: () => rawCreate(baseURL, createParams),
  base: () => before.messages.create(createParams),
  new: () => after.messages.create(createParams),
};
// `compare` alternates the variants round by round in a rotating order; the floor is the
// earlier build, so each ratio reads as "against base".
const timed = (run: () => Promise<unknown>) => () => timeConcurrent(run, batch, 64);
const rows = await compare(Object.fromEntries(Object.entries(variants).map(([name, run]) => [name, timed(run)])), "base", batches, 8);
server.kill();

const cpu = (name: string) => rows.find((row) => row.name === name)!.cpuRatio;
console.log(`${batches} batches of ${batch} calls, 64 in flight, medians of same-batch CPU ratios`);
console.log(`base / fetch  ${(1 / cpu("fetch")).toFixed(3)}×`);
console.log(`new  / fetch  ${(cpu("new") / cpu("fetch")).toFixed(3)}×`);
console.log(`new  / base   ${cpu("new").toFixed(3)}×`);
