/**
 * The bundle budget: the program a browser app starts with (create a client, create a
 * message, stream a message) bundled for the browser, minified, gzipped at level 9. The
 * official SDK's build of the same program is measured beside it. Resources the program
 * does not call must not be in the bundle, nor, with the lean client, the codecs it does
 * not use.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { expect, test } from "vitest";

/** 10 KB, gzipped. */
const budget = 10 * 1024;
/**
 * The same program through `clientFor`, which carries every codec: not the budget, a guard
 * that the general client does not grow unnoticed. Raised from 11 KiB for the redaction of
 * every error (fragments and encodings of the key) and the bounded body decoding that every
 * client carries, for the cloud platforms' hooks in the core (a platform's request shape,
 * stream decoder, result and error shapes: about 145 B gzipped), and for the local failure
 * of a call with no credentials (about 170 B gzipped). Measured 12,147 B on 2026-12-05 after
 * the core was trimmed back under the lean budget; 12 KiB is that plus about 1%.
 */
const allCodecsCeiling = 12 * 1024;
const packageDir = join(import.meta.dirname, "../..");

/** Bundles a fixture program, or (`source`) the given text as if it were that fixture. */
async function bundle(entry: string, source?: string) {
  const path = join(packageDir, "test/fixtures", entry);
  const result = await build({
    ...(source === undefined ? { entryPoints: [path] } : { stdin: { contents: source, resolveDir: join(path, ".."), sourcefile: entry, loader: "ts" as const } }),
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

test(`through clientFor (every codec) the same program stays under ${allCodecsCeiling} bytes`, async () => {
  // The budget program itself, with `clientFor` in place of `leanClientFor`.
  const program = readFileSync(join(packageDir, "test/fixtures/budget-program.ts"), "utf8");
  expect(program).toContain("leanClientFor");
  const general = await bundle("budget-program.ts", program.replaceAll("leanClientFor", "clientFor"));
  console.info(`budget program via clientFor: ${general.minified} B minified, ${general.gzip} B gzipped`);
  expect(general.gzip).toBeLessThanOrEqual(allCodecsCeiling);
  // What the lean client leaves out is really there in the general one.
  expect(general.gzip - ours.gzip).toBeGreaterThan(1000);
  for (const trace of codecTraces) expect(general.text).toContain(trace);
});

/** A string from each codec the lean client leaves out. */
const codecTraces = [
  "Content-Disposition: form-data", // uploads
  "these lines are already being read", // JSON Lines
  "filename\\s*=", // downloads (the content-disposition parser)
  "has_more", // pages
];

test("the lean client carries no codec the program does not use", () => {
  for (const trace of codecTraces) expect(ours.text, `the bundle contains ${JSON.stringify(trace)}`).not.toContain(trace);
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
