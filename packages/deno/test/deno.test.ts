/**
 * `@claude-spec/deno` in the real Deno (DENO_PATH, `pnpm runtimes:install` or PATH), offline: an empty DENO_DIR,
 * `--no-remote --cached-only` (so nothing can be downloaded), npm packages read from the
 * workspace's node_modules. First `deno check` (every file), then `deno test --no-check` on runtime-tests/deno/
 * against the reference server on 127.0.0.1.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { start, type RunningServer } from "@claude-spec/reference-server";
import { steps } from "../runtime-tests/scenario.ts";
import { needProgram } from "../../../scripts/lib/outside-programs.ts";
import { explain, run } from "./helpers/run.ts";

const packageDir = join(import.meta.dirname, "..");
const testsDir = join(packageDir, "runtime-tests/deno");
const rootManifest = join(packageDir, "../../package.json");
const apiKey = "sk-ant-deno-tests";
const denoBinary = needProgram("deno", "the Deno adapter's tests (packages/deno/test/deno.test.ts)");

let server: RunningServer;
let denoDir: string;
let manifestBefore: string;

/** Runs deno from runtime-tests/deno (so its deno.json applies), with nothing inherited that could change the outcome. */
function deno(args: readonly string[], env: Record<string, string> = {}) {
  return run(denoBinary!, args, {
    cwd: testsDir,
    timeoutMs: 90_000,
    env: {
      DENO_DIR: denoDir,
      DENO_NO_UPDATE_CHECK: "1",
      NO_COLOR: "1",
      ANTHROPIC_API_KEY: undefined,
      ANTHROPIC_AUTH_TOKEN: undefined,
      ANTHROPIC_BASE_URL: undefined,
      ...env,
    },
  });
}

describe.skipIf(!denoBinary)("@claude-spec/deno under Deno", () => {
  beforeAll(async () => {
    manifestBefore = await readFile(rootManifest, "utf8");
    server = await start({ host: "127.0.0.1", port: 0, apiKeys: [apiKey], fixturesDir: false });
    denoDir = await mkdtemp(join(tmpdir(), "claude-spec-deno-dir-"));
  });

  afterAll(async () => {
    await server?.close();
    if (denoDir) await rm(denoDir, { recursive: true, force: true });
  });

  test("deno check is clean for the package and its tests", { timeout: 90_000 }, async () => {
    const files = (await readdir(testsDir)).filter((name) => name.endsWith(".ts"));
    const checked = await deno(["check", "--no-remote", "--cached-only", "../../src/index.ts", "../scenario.ts", ...files]);
    expect(checked.code, explain(checked)).toBe(0);
  });

  test("deno test passes offline against the reference server", { timeout: 90_000 }, async () => {
    const result = await deno(
      ["test", "--no-check", "--no-remote", "--cached-only", "--no-prompt", "--allow-env", "--allow-net=127.0.0.1", "."],
      { REFERENCE_SERVER_URL: server.url, REFERENCE_SERVER_KEY: apiKey },
    );
    expect(result.code, explain(result)).toBe(0);
    const summary = /^ok \| (\d+) passed \| (\d+) failed/m.exec(result.stdout);
    expect(summary, explain(result)).not.toBeNull();
    expect(Number(summary![2])).toBe(0);
    for (const step of steps) expect(result.stdout).toContain(`${step.name} ... ok`);
  });

  test("the README example runs, with the README's --allow-env list", { timeout: 90_000 }, async () => {
    const readme = await readFile(join(packageDir, "README.md"), "utf8");
    const example = /^```ts\n([\s\S]*?)^```$/m.exec(readme)?.[1];
    const allowEnv = /deno run (--allow-env=\S+) --allow-net=api\.anthropic\.com haiku\.ts/.exec(readme)?.[1];
    expect(example && allowEnv, "README.md lacks the example or its deno run line").toBeTruthy();
    const dir = await mkdtemp(join(tmpdir(), "claude-spec-deno-readme-"));
    try {
      await writeFile(join(dir, "haiku.ts"), example!);
      const imports = { "@claude-spec/deno": join(packageDir, "src/index.ts") };
      await writeFile(join(dir, "deno.json"), JSON.stringify({ imports, nodeModulesDir: "manual", lock: false }));
      const result = await run(denoBinary!, ["run", "--no-remote", "--cached-only", "--no-prompt", allowEnv!, "--allow-net=127.0.0.1", "haiku.ts"], {
        cwd: dir,
        env: { DENO_DIR: denoDir, DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1", ANTHROPIC_API_KEY: apiKey, ANTHROPIC_BASE_URL: server.url, ANTHROPIC_AUTH_TOKEN: undefined },
      });
      expect(result.code, explain(result)).toBe(0);
      expect(result.stdout.trim().length).toBeGreaterThan(20);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test("jsr.json publishes: deno publish --dry-run passes, offline", { timeout: 90_000 }, async () => {
    const jsr = JSON.parse(await readFile(join(packageDir, "jsr.json"), "utf8"));
    const npm = JSON.parse(await readFile(join(packageDir, "package.json"), "utf8"));
    expect({ name: jsr.name, version: jsr.version, license: jsr.license }).toEqual({ name: npm.name, version: npm.version, license: npm.license });
    // Any attempt to leave the machine goes to a closed loopback port and fails at once.
    const proxy = "http://127.0.0.1:9";
    const result = await run(denoBinary!, ["publish", "--dry-run", "--allow-dirty"], {
      cwd: packageDir,
      timeoutMs: 90_000,
      env: { DENO_DIR: denoDir, DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1", HTTPS_PROXY: proxy, HTTP_PROXY: proxy, NO_PROXY: "" },
    });
    expect(result.code, explain(result)).toBe(0);
    expect(result.stdout + result.stderr).toContain("Dry run complete");
  });

  test("Deno leaves the root package.json alone", async () => {
    expect(await readFile(rootManifest, "utf8")).toBe(manifestBefore);
  });
});
