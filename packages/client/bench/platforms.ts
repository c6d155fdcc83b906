/**
 * Benchmarks of the cloud platforms, beside the first-party ones (`bench/run.ts`): Bedrock's
 * event-stream decoding against a hand-written floor and the official Bedrock SDK, the cost
 * of SigV4 signing per request (ours: aws4fetch; the official SDK's: @smithy/signature-v4),
 * and cold imports with a platform. Prints Markdown tables. The browser bundle per platform
 * is measured by packages/browser's budget test (`platform-bundle-budget.test.ts`), which
 * prints its figures. Run: `pnpm --filter @claude-spec/client bench:platforms` (builds
 * first); BENCH_QUICK=1 for a short smoke run.
 */
import { fork, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import AnthropicBedrock from "@anthropic-ai/bedrock-sdk";
import { Sha256 } from "@aws-crypto/sha256-js";
import { SignatureV4 } from "@smithy/signature-v4";
import { bedrockStreamBody } from "./bedrock-stream-body.ts";
import { createFloorReader, rawEventStreamText } from "./event-stream-floor.ts";
import { compare, median, timeSequential, type Row } from "./measure.ts";

const quick = process.env.BENCH_QUICK === "1";
const deltas = quick ? 20_000 : 200_000;
const rounds = quick ? 3 : 7;
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const distEntry = new URL("../dist/index.js", import.meta.url).href;
const { createClient, bedrock } = (await import(distEntry)) as typeof import("../src/index.ts");
const { createSigV4Signer } = await import("../src/platforms/sigv4.ts");
const { createRedactor } = await import("../src/auth/redactor.ts");
const { createBedrockStreamDecoder, loadEventStreamCodec } = await import("../src/platforms/bedrock-stream.ts");

const server = fork(here("./platform-server.ts"), [String(deltas)], { execArgv: ["--import", "tsx"] });
const port = await new Promise<number>((resolve) => server.once("message", (p) => resolve(p as number)));
const baseURL = `http://127.0.0.1:${port}`;
const model = "us.anthropic.claude-bench";
const params = { model, max_tokens: 16, messages: [{ role: "user" as const, content: "Hello" }] };
const keys = { accessKeyId: "AKIDBENCHMARK0000001", secretAccessKey: "bench-secret-access-key-0000000000000000" };

const table: string[] = [`\nNode ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`];
const rowsOf = (title: string, rows: Row[], unit: "ms" | "µs", per = 1) => {
  table.push(`| ${title} | median | ratio to floor | CPU ratio |`, "|---|---|---|---|");
  for (const r of rows) table.push(`| ${r.name} | ${((r.ms / per) * (unit === "µs" ? 1000 : 1)).toFixed(unit === "µs" ? 0 : 1)} ${unit} | ${r.ratio.toFixed(2)}× | ${r.cpuRatio.toFixed(2)}× |`);
  table.push("");
};
const timed = async (fn: () => Promise<unknown>) => {
  const start = performance.now();
  await fn();
  return performance.now() - start;
};

// 1. The event stream: the same 200 000-delta answer, consumed and accumulated.
const ours = createClient({ platform: bedrock({ apiKey: "bench-bedrock-api-key", baseURL }), maxRetries: 0, logLevel: "off" });
const official = new AnthropicBedrock({ baseURL, awsRegion: "us-east-1", apiKey: "bench-bedrock-api-key", maxRetries: 0 } as never);
const streamURL = `${baseURL}/model/${model}/invoke-with-response-stream`;
const body = JSON.stringify({ max_tokens: 16, messages: params.messages, anthropic_version: "bedrock-2023-05-31" });
const expected = "word ".repeat(deltas);
const check = (text: string) => {
  if (text !== expected) throw new Error(`a variant read ${text.length} characters, not ${expected.length}`);
};
const streamRows = await compare(
  {
    "floor (fetch, length, CRC, base64, JSON)": () => timed(async () => check(await rawEventStreamText(streamURL, body))),
    "floor, again": () => timed(async () => check(await rawEventStreamText(streamURL, body))),
    "@claude-spec/client finalMessage()": () => timed(async () => check(((await (await ours.messages.stream(params)).finalMessage()).content[0] as { text: string }).text)),
    "@claude-spec/client for await events": () =>
      timed(async () => {
        let n = 0;
        for await (const _ of await ours.messages.stream(params)) n++;
        if (n !== deltas + 5) throw new Error(`${n} events`);
      }),
    "@anthropic-ai/bedrock-sdk 1.2.1 stream().finalMessage()": () =>
      timed(async () => check(((await official.messages.stream(params).finalMessage()).content[0] as { text: string }).text)),
    "@anthropic-ai/bedrock-sdk 1.2.1 create({stream:true}) + accumulate": () =>
      timed(async () => {
        let text = "";
        for await (const e of await official.messages.create({ ...params, stream: true })) {
          if (e.type === "content_block_delta" && e.delta.type === "text_delta") text += e.delta.text;
        }
        check(text);
      }),
  },
  "floor (fetch, length, CRC, base64, JSON)",
  rounds,
);
rowsOf(`Bedrock event stream, ${deltas} deltas consumed and accumulated`, streamRows, "ms");

// ... and the decoding alone, in this process: the same bytes in the same 64 KiB chunks, no
// network, so the ratio is the decoders' own (the official SDK decodes only inside its client).
const streamBytes = bedrockStreamBody(deltas);
const chunks: Uint8Array[] = [];
for (let at = 0; at < streamBytes.length; at += 65536) chunks.push(new Uint8Array(streamBytes.subarray(at, at + 65536)));
const floorDecode = async () => {
  const start = performance.now();
  const floor = createFloorReader();
  for (const chunk of chunks) floor.push(chunk);
  check(floor.text);
  return performance.now() - start;
};
const codec = await loadEventStreamCodec();
const decodeRows = await compare(
  {
    "floor (length, CRC, base64, JSON)": floorDecode,
    "floor, again (the noise)": floorDecode,
    "@claude-spec/client's decoder (codec, typed events, accumulator)": async () => {
      const start = performance.now();
      const decoder = createBedrockStreamDecoder(codec, new Headers(), (text) => text);
      for (const chunk of chunks) decoder.decode(chunk, () => {});
      decoder.decode(null, () => {});
      check((decoder.accumulator.message!.content[0] as { text: string }).text);
      return performance.now() - start;
    },
  },
  "floor (length, CRC, base64, JSON)",
  rounds * 2,
);
rowsOf(`Bedrock event stream, ${deltas} deltas, decoding alone in one process`, decodeRows, "ms");
console.error("done: event stream");

// 2. SigV4: signing alone, per request, on the same request.
const request = { method: "POST", url: `https://bedrock-runtime.us-east-1.amazonaws.com/model/${model}/invoke`, headers: { "content-type": "application/json", accept: "application/json" }, body };
const signer = createSigV4Signer(keys, "us-east-1", "bedrock");
const redactor = createRedactor();
const smithy = new SignatureV4({ credentials: keys, region: "us-east-1", service: "bedrock", sha256: Sha256 });
const url = new URL(request.url);
const signs = quick ? 200 : 2000;
const signRows = await compare(
  {
    "@smithy/signature-v4 + @aws-crypto/sha256-js (the official SDK's)": () =>
      timeSequential(() => smithy.sign({ method: "POST", protocol: "https:", hostname: url.hostname, path: url.pathname, query: {}, headers: { ...request.headers, host: url.hostname }, body }), signs),
    "ours: aws4fetch (WebCrypto)": () => timeSequential(() => signer.sign(request, redactor), signs),
  },
  "@smithy/signature-v4 + @aws-crypto/sha256-js (the official SDK's)",
  rounds,
);
rowsOf("SigV4 signing, per request (ratio to the official SDK's signer)", signRows, "µs", signs);

// ... and whole signed requests on loopback, against the official SDK signing the same way.
const signedOurs = createClient({ platform: bedrock({ credentials: keys, baseURL }), maxRetries: 0, logLevel: "off" });
const signedOfficial = new AnthropicBedrock({ baseURL, awsRegion: "us-east-1", awsAccessKey: keys.accessKeyId, awsSecretKey: keys.secretAccessKey, maxRetries: 0 } as never);
const bearerOurs = ours;
const sequential = quick ? 16 : 32;
const requestRows = await compare(
  {
    "fetch (no signature)": () => timeSequential(() => fetch(`${baseURL}/model/${model}/invoke`, { method: "POST", body }).then((r) => r.json()), sequential),
    "@claude-spec/client, Bedrock API key": () => timeSequential(() => bearerOurs.messages.create(params), sequential),
    "@claude-spec/client, SigV4": () => timeSequential(() => signedOurs.messages.create(params), sequential),
    "@anthropic-ai/bedrock-sdk 1.2.1, SigV4": () => timeSequential(() => signedOfficial.messages.create(params), sequential),
  },
  "fetch (no signature)",
  quick ? 10 : 60,
);
rowsOf("Bedrock InvokeModel request, sequential (per request)", requestRows, "µs", sequential);
console.error("done: sigv4");

// 3. Cold import, creating a client for the platform: fresh processes against a bare start.
const refServer = createRequire(new URL("../../reference-server/package.json", import.meta.url));
const resolveFrom = (req: NodeRequire, name: string) => pathToFileURL(req.resolve(name)).href;
const clientRequire = createRequire(import.meta.url);
const imports: Record<string, string> = {
  "bare node": "",
  "@claude-spec/client + bedrock()": `const m = await import(${JSON.stringify(distEntry)}); m.createClient({ platform: m.bedrock({ apiKey: "k" }) });`,
  "@claude-spec/client + vertex()": `const m = await import(${JSON.stringify(distEntry)}); m.createClient({ platform: m.vertex({ region: "us-east5", projectId: "p", accessToken: "t" }) });`,
  "@claude-spec/client + foundry()": `const m = await import(${JSON.stringify(distEntry)}); m.createClient({ platform: m.foundry({ resource: "r", apiKey: "k" }) });`,
  "… + the event-stream codec (first Bedrock stream)": `const m = await import(${JSON.stringify(distEntry)}); m.createClient({ platform: m.bedrock({ apiKey: "k" }) }); await import(${JSON.stringify(resolveFrom(clientRequire, "@smithy/eventstream-codec"))});`,
  "… + aws4fetch (first SigV4 request)": `const m = await import(${JSON.stringify(distEntry)}); m.createClient({ platform: m.bedrock({ apiKey: "k" }) }); await import(${JSON.stringify(import.meta.resolve("aws4fetch"))});`,
  "@anthropic-ai/bedrock-sdk 1.2.1": `const { AnthropicBedrock } = await import(${JSON.stringify(import.meta.resolve("@anthropic-ai/bedrock-sdk"))}); new AnthropicBedrock({ awsRegion: "us-east-1", apiKey: "k" });`,
  "@anthropic-ai/vertex-sdk 1.1.5": `const { AnthropicVertex } = await import(${JSON.stringify(resolveFrom(refServer, "vertex-sdk-1"))}); new AnthropicVertex({ region: "us-east5", projectId: "p", authClient: { getRequestHeaders: async () => new Headers({ authorization: "Bearer t" }) } });`,
  "@anthropic-ai/foundry-sdk 1.1.1": `const { AnthropicFoundry } = await import(${JSON.stringify(resolveFrom(refServer, "foundry-sdk-1"))}); new AnthropicFoundry({ resource: "r", apiKey: "k" });`,
};
const importRounds = quick ? 5 : 21;
const times: Record<string, number[]> = Object.fromEntries(Object.keys(imports).map((n) => [n, []]));
for (let round = -1; round < importRounds; round++) {
  for (const [name, code] of Object.entries(imports)) {
    const start = performance.now();
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", code], { stdio: ["ignore", "ignore", "pipe"] });
    const ms = performance.now() - start;
    if (result.status !== 0) throw new Error(`${name}: ${result.stderr}`);
    if (round >= 0) times[name]!.push(ms);
  }
}
table.push("| cold import + client | median | ratio to bare node |", "|---|---|---|");
for (const name of Object.keys(imports)) {
  const ratio = median(times[name]!.map((t, i) => t / times["bare node"]![i]!));
  table.push(`| ${name} | ${median(times[name]!).toFixed(1)} ms | ${ratio.toFixed(2)}× |`);
}

console.log(table.join("\n"));
server.kill();
