/**
 * The packages as users get them: every publishable package is built and packed with
 * `pnpm pack` (its `prepack` builds it), the tarballs are installed with npm into a scratch
 * project in a temp dir, a strict TypeScript program (each README's first example among it)
 * is type-checked against what was installed and compiled, and run on plain Node against the
 * reference server the install itself provides. The bins are checked there too: first line,
 * and SIGINT/SIGTERM, sent to `npx`, leave nothing listening.
 *
 * Nothing is kept between runs: a fresh temp dir, fresh builds, fresh tarballs. npm may take
 * third-party packages (openapi-fetch, undici, ajv, hono) from its cache (`--prefer-offline`).
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../lib/paths.ts";
import { packPackage } from "./support/pack-package.ts";
import { cleanUp, deliver, exitWithin, portIn, startCommand, stopsListening, type RunningCommand } from "./support/cli-process.ts";

const run = promisify(execFile);
const preload = join(import.meta.dirname, "support", "route-api-to-loopback.mjs");
const tsc = join(repoRoot, "node_modules", "typescript", "bin", "tsc");

/** Publishable packages: every non-private package of the workspace, by directory. */
const packageDirs = [...readdirSync(join(repoRoot, "packages")).map((name) => join(repoRoot, "packages", name)), join(repoRoot, "conformance")].filter((dir) => {
  try {
    return !JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).private;
  } catch {
    return false;
  }
});

/** The README examples run on Node; the browser's and Deno's are type-checked here and run in their runtimes by their own tests. */
const runOnNode = ["client", "node", "contract", "reference-server"];
const typeCheckOnly = ["browser"];

/** The first ```ts block of a README. */
function firstExample(readme: string): string {
  const block = /^```ts\n([\s\S]*?)^```$/m.exec(readme);
  if (!block) throw new Error("README has no ```ts block");
  return block[1]!;
}

/** The code users write first, under `strict`: narrowing a message, deltas, the typed missing-key error. */
const userProgram = `
import { createClient, MissingCredentialsError, type Message } from "@claude-spec/node";
import { createContractValidator } from "@claude-spec/contract";
import { start } from "@claude-spec/reference-server";

function textOf(message: Message): string {
  return message.content.map((block) => (block.type === "text" ? block.text : "")).join("");
}

const server = await start({ apiKeys: ["sk-ant-packed"], port: 0 });
try {
  delete process.env.ANTHROPIC_API_KEY;
  const missing = await createClient({ baseURL: server.url }).models.list().then(() => null, (error: unknown) => error);
  if (!(missing instanceof MissingCredentialsError)) throw new Error("expected a MissingCredentialsError");

  const client = createClient({ apiKey: "sk-ant-packed", baseURL: server.url });
  const message = await client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 64, messages: [{ role: "user", content: "Hello" }] });
  const stream = await client.messages.stream({ model: "claude-sonnet-4-5", max_tokens: 64, messages: [{ role: "user", content: "Hello" }] });
  let streamed = "";
  for await (const event of stream) {
    if (event.type === "content_block_delta" && event.delta.type === "text_delta") streamed += event.delta.text;
  }
  const problems = createContractValidator().responseBody("messages.create", 200, "application/json", JSON.parse(JSON.stringify(message)));
  console.log(JSON.stringify({ text: textOf(message), streamed, problems: problems.length }));
} finally {
  await server.close();
}
`;

let work: string;
let scratch: string;
const tarballs = new Map<string, { file: string; bytes: number }>();
let server: RunningCommand | undefined;
let serverURL: string;

/** Runs `task` over `items`, at most `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: limit }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
  }));
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "claude-spec-packed-"));
  const out = join(work, "tarballs");
  mkdirSync(out);
  // Two at a time: each pack builds its package (tsup and its declaration bundle).
  await eachLimited(packageDirs, 2, async (dir) => {
    const file = await packPackage(dir, out);
    const name = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).name as string;
    tarballs.set(name, { file, bytes: statSync(file).size });
  });
  console.info(`tarballs: ${[...tarballs].map(([name, t]) => `${name} ${t.bytes} B`).join(", ")}`);

  scratch = join(work, "app");
  mkdirSync(join(scratch, "src"), { recursive: true });
  const local = Object.fromEntries([...tarballs].map(([name, t]) => [name, `file:${t.file}`]));
  const manifest = {
    name: "packed-packages-app",
    private: true,
    type: "module",
    dependencies: { ...local, "@types/node": "20.19.43" },
    // Each package's dependency on another of ours resolves to its tarball, not the registry.
    overrides: local,
  };
  writeFileSync(join(scratch, "package.json"), JSON.stringify(manifest, null, 2));
  await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: scratch, timeout: 300_000, env: { ...process.env, NODE_OPTIONS: "" } });

  // The README examples, as shipped in the installed tarballs, and the user program.
  for (const pkg of [...runOnNode, ...typeCheckOnly]) {
    const readme = readFileSync(join(scratch, "node_modules", "@claude-spec", pkg, "README.md"), "utf8");
    writeFileSync(join(scratch, "src", `readme-${pkg}.ts`), firstExample(readme));
  }
  writeFileSync(join(scratch, "src", "user-program.ts"), userProgram);
  const tsconfig = {
    compilerOptions: {
      strict: true,
      module: "NodeNext",
      moduleResolution: "NodeNext",
      target: "ES2022",
      lib: ["ES2022", "DOM", "DOM.Iterable"],
      types: ["node"],
      // The shipped declarations are checked too, not skipped.
      skipLibCheck: false,
      rootDir: "src",
      outDir: "out",
    },
    include: ["src"],
  };
  writeFileSync(join(scratch, "tsconfig.json"), JSON.stringify(tsconfig, null, 2));
  // What the Node README example reads from its working directory.
  writeFileSync(join(scratch, "report.pdf"), "%PDF-1.4\n% a tiny test document\n");
  mkdirSync(join(scratch, "greeter"));
  writeFileSync(join(scratch, "greeter", "SKILL.md"), "---\nname: greeter\ndescription: Greets people by name.\n---\n# Greeter\n");
}, 900_000);

afterAll(async () => {
  if (server) {
    server.child.kill("SIGTERM");
    await server.exited;
  }
  cleanUp(server);
  if (work) rmSync(work, { recursive: true, force: true });
});

const bin = (name: string) => join(scratch, "node_modules", ".bin", name);
const plainNodeEnv = () => ({ ...process.env, NODE_OPTIONS: "" });

describe("packed packages, installed with npm", () => {
  it("every publishable package packs its built code, and none ships TypeScript sources", async () => {
    expect([...tarballs.keys()].sort()).toEqual(
      ["@claude-spec/browser", "@claude-spec/client", "@claude-spec/conformance", "@claude-spec/contract", "@claude-spec/deno", "@claude-spec/node", "@claude-spec/reference-server"],
    );
    for (const name of tarballs.keys()) {
      const installed = join(scratch, "node_modules", name);
      const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
      expect(manifest.exports["."].default, name).toBe("./dist/index.js");
      expect(statSync(join(installed, "dist", "index.js")).isFile(), name).toBe(true);
      expect(statSync(join(installed, "dist", "index.d.ts")).isFile(), name).toBe(true);
      expect(JSON.stringify(manifest.dependencies ?? {}), name).not.toContain("workspace:");
      expect(readdirSync(installed), name).not.toContain("src");
    }
  });

  it("type-checks a strict program and each README's first example against the installed declarations", async () => {
    const result = await run(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: scratch, timeout: 180_000 }).then(
      () => "",
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(result).toBe("");
  }, 200_000);

  it("starts the installed reference-server bin on plain Node; its first line is the address", async () => {
    server = startCommand(process.execPath, [bin("claude-reference-server"), "--port", "0", "--api-key", "*"], { cwd: scratch, env: plainNodeEnv() });
    const line = await server.firstLine;
    expect(line).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+$/);
    serverURL = line.slice("listening on ".length);
  }, 60_000);

  it("runs the strict program on plain Node: narrowed text, streamed deltas, the missing-key error", async () => {
    const { stdout } = await run(process.execPath, [join(scratch, "out", "user-program.js")], { cwd: scratch, timeout: 60_000, env: plainNodeEnv() });
    const result = JSON.parse(stdout.trim().split("\n").pop()!);
    expect(result.text.length).toBeGreaterThan(0);
    expect(result.streamed.length).toBeGreaterThan(0);
    expect(result.problems).toBe(0);
  }, 90_000);

  it.each(runOnNode)("runs the first example of @claude-spec/%s's README on plain Node against that server", async (pkg) => {
    expect(serverURL).toBeDefined();
    const { stdout } = await run(process.execPath, ["--import", preload, join(scratch, "out", `readme-${pkg}.js`)], {
      cwd: scratch,
      timeout: 60_000,
      env: { ...plainNodeEnv(), README_EXAMPLE_SERVER: serverURL, ANTHROPIC_API_KEY: "sk-ant-readme-example", ANTHROPIC_BASE_URL: serverURL },
    });
    // Every example but the server's own prints what it got back.
    if (pkg !== "reference-server") expect(stdout.length).toBeGreaterThan(0);
  }, 90_000);

  it.each(["SIGTERM", "SIGINT"] as const)("the reference-server bin, signalled with %s, exits 0 and stops listening", async (signal) => {
    const own = startCommand(process.execPath, [bin("claude-reference-server"), "--port", "0"], { cwd: scratch, env: plainNodeEnv() });
    try {
      const port = portIn(await own.firstLine);
      own.child.kill(signal);
      expect(await exitWithin(own, 15_000)).toEqual({ code: 0, signal: null });
      expect(await stopsListening(port)).toBe(true);
    } finally {
      cleanUp(own);
    }
  }, 60_000);

  // SIGTERM goes to npx alone (a supervisor, `kill PID`); SIGINT to its whole process group (Ctrl+C).
  it.each(["SIGTERM", "SIGINT"] as const)("`npx claude-reference-server`: the first line is the address, and %s stops the server", async (signal) => {
    const npx = startCommand("npx", ["--no", "--", "claude-reference-server", "--port", "0"], { cwd: scratch, env: plainNodeEnv(), detached: true });
    try {
      const line = await npx.firstLine;
      expect(line).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+$/);
      deliver(npx, signal);
      await exitWithin(npx, 15_000);
      expect(await stopsListening(portIn(line)), `still listening after ${signal} to npx`).toBe(true);
    } finally {
      cleanUp(npx);
    }
  }, 90_000);

  it("`npx claude-conformance --help` prints its usage first and exits 0", async () => {
    const { stdout } = await run("npx", ["--no", "--", "claude-conformance", "--help"], { cwd: scratch, timeout: 60_000, env: plainNodeEnv() });
    expect(stdout.split("\n")[0]).toMatch(/^usage: claude-conformance /);
  }, 90_000);

  it.each(["SIGTERM", "SIGINT"] as const)("`npx claude-conformance` names its target first, and %s stops the run and its server", async (signal) => {
    const npx = startCommand("npx", ["--no", "--", "claude-conformance"], { cwd: scratch, env: plainNodeEnv(), detached: true });
    try {
      const line = await npx.firstLine;
      expect(line).toMatch(/^claude-conformance → http:\/\/127\.0\.0\.1:\d+\/? · \d+ cases · /);
      deliver(npx, signal);
      expect(await exitWithin(npx, 15_000), `npx still running 15 s after ${signal}`).not.toBeNull();
      expect(await stopsListening(portIn(line)), `the embedded server still listens after ${signal} to npx`).toBe(true);
    } finally {
      cleanUp(npx);
    }
  }, 120_000);
});
