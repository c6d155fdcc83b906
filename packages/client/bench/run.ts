/**
 * Benchmarks `@claude-spec/client` against `@anthropic-ai/sdk` and bare `fetch` (the floor)
 * on a loopback server, in one run, and prints a Markdown table of medians and of the median
 * same-round ratio to the floor. Run: `pnpm --filter @claude-spec/client bench` (builds first).
 * Set BENCH_QUICK=1 for a short smoke run, BENCH_ONLY=sse (or requests, jsonl, memory,
 * import, platforms; comma-separated) for a subset.
 */
import { execFileSync, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createParams, makeClients, streamParams } from "./clients.ts";
import { importTimes } from "./import-time.ts";
import { compare, timeConcurrent, timeSequential, type Row } from "./measure.ts";
import { rawCreate, rawJsonLines, rawStreamText } from "./raw-floor.ts";

const quick = process.env.BENCH_QUICK === "1";
// BENCH_ONLY=requests,sse,jsonl,memory,import runs a subset.
const only = (name: string) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(",").includes(name);
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
// The request rows alternate many short batches (200 rounds of 32 or 256 calls): on this
// 2-core machine long batches let slow drift land on one variant, and single runs of 31
// rounds of 300/1000 calls spread over ±6%; short alternating batches agree within ±1%.
// The SSE and JSON Lines rows take 21 rounds: with 11, the SSE ratio of one build moved
// between 1.14× and 1.23× from run to run on this machine.
const scale = { seq: quick ? 16 : 32, par: quick ? 64 : 256, rounds: quick ? 10 : 200, deltas: quick ? 20_000 : 200_000, lines: quick ? 20_000 : 200_000, bigRounds: quick ? 2 : 21 };

const server = fork(here("./server.ts"), { execArgv: ["--import", "tsx"] });
const port = await new Promise<number>((resolve) => server.once("message", (p) => resolve(p as number)));
const baseURL = `http://127.0.0.1:${port}`;
const { ours, core, sdk } = makeClients(baseURL);
const table: string[] = ["| scenario | variant | median | ratio to fetch | CPU ratio |", "|---|---|---|---|---|"];
const add = (scenario: string, rows: Row[], unit: string, per = 1) => {
  for (const r of rows) table.push(`| ${scenario} | ${r.name} | ${((r.ms / per) * (unit === "µs" ? 1000 : 1)).toFixed(unit === "µs" ? 0 : 1)} ${unit} | ${r.ratio.toFixed(2)}× | ${r.cpuRatio.toFixed(2)}× |`);
  console.error(`done: ${scenario}`);
};

// "fetch, again" runs the floor a second time: its ratio shows this machine's noise.
const create = {
  fetch: () => rawCreate(baseURL, createParams),
  "fetch, again": () => rawCreate(baseURL, createParams),
  "@claude-spec/node": () => ours.messages.create(createParams),
  "@claude-spec/client (core alone)": () => core.messages.create(createParams),
  "@anthropic-ai/sdk": () => sdk.messages.create(createParams),
};
if (only("requests")) {
  const seq = Object.fromEntries(Object.entries(create).map(([k, fn]) => [k, () => timeSequential(fn, scale.seq)]));
  add("request, sequential (per request)", await compare(seq, "fetch", scale.rounds), "µs", scale.seq);
  const par = Object.fromEntries(Object.entries(create).map(([k, fn]) => [k, () => timeConcurrent(fn, scale.par, 64)]));
  add("request, 64 in flight (per request)", await compare(par, "fetch", scale.rounds), "µs", scale.par);
}

if (only("sse")) {
  const sp = streamParams(scale.deltas);
  const sseRows = await compare(
    {
      fetch: () => timed(() => rawStreamText(baseURL, JSON.stringify({ ...sp, stream: true }))),
      "fetch, again": () => timed(() => rawStreamText(baseURL, JSON.stringify({ ...sp, stream: true }))),
      "@claude-spec/node finalMessage()": () => timed(async () => (await ours.messages.stream(sp)).finalMessage()),
      "@claude-spec/node for await events": () =>
        timed(async () => {
          let n = 0;
          for await (const _ of await ours.messages.stream(sp)) n++;
          return n;
        }),
      "@anthropic-ai/sdk create({stream:true}) + accumulate": () =>
        timed(async () => {
          let text = "";
          for await (const e of await sdk.messages.create({ ...sp, stream: true })) {
            if (e.type === "content_block_delta" && e.delta.type === "text_delta") text += e.delta.text;
          }
          return text;
        }),
      "@anthropic-ai/sdk stream().finalMessage()": () => timed(() => sdk.messages.stream(sp).finalMessage()),
    },
    "fetch",
    scale.bigRounds,
  );
  add(`SSE, ${scale.deltas} deltas consumed and accumulated`, sseRows, "ms");
}

const batchId = `msgbatch_${scale.lines}`;
if (only("jsonl")) {
  const jsonlRows = await compare(
    {
      fetch: () => timed(() => rawJsonLines(`${baseURL}/v1/messages/batches/${batchId}/results`, () => {})),
      "fetch, again": () => timed(() => rawJsonLines(`${baseURL}/v1/messages/batches/${batchId}/results`, () => {})),
      "@claude-spec/node": () =>
        timed(async () => {
          for await (const _ of await ours.messages.batches.results(await ours.messages.batches.retrieve(batchId)));
        }),
      "@anthropic-ai/sdk": () =>
        timed(async () => {
          for await (const _ of await sdk.messages.batches.results(batchId));
        }),
    },
    "fetch",
    scale.bigRounds,
  );
  add(`batch results, ${scale.lines} JSONL lines`, jsonlRows, "ms");
}

if (only("memory")) {
  table.push("", "| batch results peak memory | lines | peak RSS | peak heap |", "|---|---|---|---|");
  for (const variant of ["fetch", "ours", "sdk"]) {
    for (const lines of [scale.lines / 4, scale.lines]) {
      const out = execFileSync(process.execPath, ["--import", "tsx", here("./jsonl-memory.ts"), baseURL, variant, String(lines)]);
      const { rssMB, heapMB } = JSON.parse(String(out)) as { rssMB: number; heapMB: number };
      const name = { fetch: "fetch", ours: "@claude-spec/node", sdk: "@anthropic-ai/sdk" }[variant];
      table.push(`| ${name} | ${lines} | ${rssMB.toFixed(0)} MB | ${heapMB.toFixed(0)} MB |`);
    }
}
console.error("done: memory");
}

if (only("import")) {
  const imports = importTimes(
    { "@claude-spec/client": here("../dist/index.js"), "@anthropic-ai/sdk": import.meta.resolve("@anthropic-ai/sdk") },
    quick ? 5 : 21,
  );
  table.push("", "| cold import | median | ratio to bare node |", "|---|---|---|");
  for (const r of imports) table.push(`| ${r.name} | ${r.ms.toFixed(1)} ms | ${r.ratio.toFixed(2)}× |`);
}

console.log(`\nNode ${process.version}, ${new Date().toISOString().slice(0, 10)}\n\n${table.join("\n")}`);
server.kill();

// The cloud platforms' rows (Bedrock's event stream, SigV4, imports): bench/platforms.ts.
if (only("platforms")) execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", here("./platforms.ts")], { stdio: "inherit" });

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}
