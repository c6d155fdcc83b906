/**
 * The bundle budget: the program a browser app starts with (create a client, create a
 * message, stream a message) bundled for the browser, minified, gzipped at level 9. The
 * official SDK's build of the same program is measured beside it. Resources the program
 * does not call must not be in the bundle.
 */
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { expect, test } from "vitest";

/** 10 KB, gzipped. */
const budget = 10 * 1024;
const packageDir = join(import.meta.dirname, "../..");

async function bundle(entry: string) {
  const result = await build({
    entryPoints: [join(packageDir, "test/fixtures", entry)],
    alias: { "@claude-spec/browser": join(packageDir, "src/index.ts") },
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    logLevel: "error",
  });
  const code = result.outputFiles[0]!.contents;
  return { text: new TextDecoder().decode(code), minified: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

const ours = await bundle("budget-program.ts");

test(`creating a client, creating and streaming a message weighs at most ${budget} bytes gzipped`, () => {
  console.info(`budget program: ${ours.minified} B minified, ${ours.gzip} B gzipped (budget ${budget} B)`);
  expect(ours.gzip).toBeLessThanOrEqual(budget);
});

test.each([
  ["Models", ["/v1/models", "models.list"]],
  ["Files", ["/v1/files", "files.upload"]],
  ["Message Batches", ["/v1/messages/batches", "messages.batches"]],
  ["Skills", ["/v1/skills", "skills.create"]],
])("the %s resource, unused, is not in the bundle", (_resource, traces) => {
  for (const trace of traces) expect(ours.text, `the bundle contains ${JSON.stringify(trace)}`).not.toContain(trace);
});

test("the official SDK's build of the same program is several times larger", { timeout: 30_000 }, async () => {
  const sdk = await bundle("budget-program-official-sdk.ts");
  console.info(`official SDK, same program: ${sdk.minified} B minified, ${sdk.gzip} B gzipped`);
  expect(sdk.gzip).toBeGreaterThan(4 * ours.gzip);
});
