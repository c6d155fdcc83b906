/**
 * A/B of two builds' stream decoding, without the network: `finalMessage()` over an
 * in-memory 200 000-delta body (64 KiB chunks, served by an injected `fetch`) for the build
 * in `BASE` (a copy of an earlier `dist/`, kept inside the package so that it still
 * resolves its dependencies) and the current `dist/`, beside the floor of
 * bench/raw-floor.ts reading the same body. Rounds alternate in a rotating order and each
 * ratio is the median of same-round ratios; the same build against itself agrees within
 * about 1%. For trying a change to the streaming layers:
 *
 *   pnpm --filter @claude-spec/client build && cp -r packages/client/dist packages/client/node_modules/.dist-base
 *   # change something, then
 *   pnpm --filter @claude-spec/client build && BASE=node_modules/.dist-base pnpm --filter @claude-spec/client bench:ab-stream
 */
import { streamParams } from "./clients.ts";
import { loadBuilds } from "./builds.ts";
import { compare } from "./measure.ts";
import { streamTextOf } from "./raw-floor.ts";
import { sseBody } from "./sse-body.ts";

const rounds = Number(process.env.AB_ROUNDS ?? 30);
const deltas = 200_000;
const body = sseBody(deltas);
const chunks: Uint8Array[] = [];
for (let at = 0; at < body.length; at += 65536) chunks.push(new Uint8Array(body.subarray(at, at + 65536)));

const respond = () =>
  new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    }),
    { headers: { "content-type": "text/event-stream", "request-id": "req_ab" } },
  );

type Client = { messages: { stream(params: object): Promise<{ finalMessage(): Promise<{ content: { text?: string }[] }> }> } };
const options = { apiKey: "bench-key", baseURL: "http://127.0.0.1:9", maxRetries: 0, logLevel: "off", fetch: async () => respond() };
const builds = await loadBuilds<Client>("ab-stream");
const before = builds.before(options);
const after = builds.after(options);

const expected = (await streamTextOf(respond())).length;
const finalText = async (client: Client) => {
  const message = await (await client.messages.stream(streamParams(deltas))).finalMessage();
  if (message.content[0]?.text?.length !== expected) throw new Error("ab-stream: a build accumulated different text than the floor");
};
// Each run starts from a collected heap (node --expose-gc), so no variant pays for the
// garbage the one before it left.
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const timed = (run: () => unknown) => async () => {
  gc();
  const start = performance.now();
  await run();
  return performance.now() - start;
};
const rows = await compare({ floor: timed(() => streamTextOf(respond())), base: timed(() => finalText(before)), new: timed(() => finalText(after)) }, "floor", rounds, 3);
// Wall time excludes the collection each run starts with; CPU time counts it (and the
// collector's helper threads), so the first is the cleaner figure here.
const row = (name: string) => rows.find((r) => r.name === name)!;
console.log(`${rounds} rounds of ${deltas} deltas in memory, medians of same-round ratios (wall time, CPU time)`);
for (const name of ["base", "new"]) console.log(`${name.padEnd(4)} / floor  ${row(name).ratio.toFixed(3)}×  ${row(name).cpuRatio.toFixed(3)}×`);
