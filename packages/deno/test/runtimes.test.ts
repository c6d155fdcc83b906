/**
 * The client's smoke scenario (runtime-tests/scenario.ts) on every runtime users name, each in
 * its own test harness, against one reference server on 127.0.0.1: Node 20, 22 and 24
 * (`node --test`), Bun (`bun test`) and Cloudflare's workerd (`workerd test`). Deno has its
 * own file (deno.test.ts).
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { start, type RunningServer } from "@claude-spec/reference-server";
import { steps } from "../runtime-tests/scenario.ts";
import { bunBinary, nodeBinaries, workerdBinary } from "./helpers/binaries.ts";
import { explain, run, type RunResult } from "./helpers/run.ts";

const packageDir = join(import.meta.dirname, "..");
const runtimeTests = join(packageDir, "runtime-tests");
const apiKey = "sk-ant-runtime-smoke";

let server: RunningServer;
let work: string;
let env: Record<string, string>;

beforeAll(async () => {
  server = await start({ host: "127.0.0.1", port: 0, apiKeys: [apiKey], fixturesDir: false });
  env = { REFERENCE_SERVER_URL: server.url, REFERENCE_SERVER_KEY: apiKey };
  work = await mkdtemp(join(tmpdir(), "claude-spec-runtimes-"));
});

afterAll(async () => {
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** Bundles one entry of runtime-tests/ into the work dir, the client and its dependencies included. */
async function bundle(entry: string, outfile: string, platform: "node" | "browser"): Promise<string> {
  const out = join(work, outfile);
  await build({ entryPoints: [join(runtimeTests, entry)], outfile: out, bundle: true, format: "esm", platform, target: "es2022", logLevel: "error" });
  return out;
}

/** Every step passed, and exactly the scenario's steps ran. */
function expectAllPassed(result: RunResult, passed: number | undefined, failed: number | undefined): void {
  expect({ code: result.code, passed, failed }, explain(result)).toEqual({ code: 0, passed: steps.length, failed: 0 });
}

const count = (text: string, pattern: RegExp): number | undefined => {
  const match = pattern.exec(text);
  return match ? Number(match[1]) : undefined;
};

describe.each([20, 22, 24] as const)("Node %i", (major) => {
  test.skipIf(!nodeBinaries[major])("runs the smoke scenario under node --test", async () => {
    const node = nodeBinaries[major]!;
    const version = await run(node, ["--version"]);
    expect(version.stdout.trim()).toMatch(new RegExp(`^v${major}\\.`));
    const file = await bundle("node/client.test.ts", `node-${major}/client.test.mjs`, "node");
    const result = await run(node, ["--test", "--test-reporter=tap", file], { env });
    expectAllPassed(result, count(result.stdout, /^# pass (\d+)$/m), count(result.stdout, /^# fail (\d+)$/m));
  });
});

test.skipIf(!bunBinary)("Bun runs the smoke scenario from the TypeScript source under bun test", async () => {
  const bun = bunBinary!;
  const version = await run(bun, ["--version"]);
  expect(version.code, explain(version)).toBe(0);
  const result = await run(bun, ["test", "./runtime-tests/bun/client.test.ts"], { cwd: packageDir, env: { ...env, DO_NOT_TRACK: "1" } });
  const output = result.stdout + result.stderr;
  expectAllPassed(result, count(output, /^\s*(\d+) pass$/m), count(output, /^\s*(\d+) fail$/m));
});

test.skipIf(!workerdBinary)("workerd runs the smoke scenario as a worker test, with loopback as its only network", async () => {
  await bundle("workerd/worker.ts", "workerd/worker.mjs", "browser");
  const template = await readFile(join(runtimeTests, "workerd/config.capnp"), "utf8");
  const config = join(work, "workerd/config.capnp");
  await writeFile(config, template.replaceAll("@URL@", server.url).replaceAll("@KEY@", apiKey));
  const result = await run(workerdBinary!, ["test", config], { cwd: join(work, "workerd") });
  const output = result.stdout + result.stderr;
  expectAllPassed(result, output.match(/^ok - /gm)?.length ?? 0, output.match(/^not ok - /gm)?.length ?? 0);
});
