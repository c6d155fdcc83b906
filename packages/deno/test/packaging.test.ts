/**
 * Every package under packages/ as it would be published: built with its own tsup config,
 * packed by pnpm (which applies `publishConfig` and rewrites `workspace:` ranges), then
 * checked by publint and by arethetypeswrong (ESM-only profile) on the tarball itself.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { createRequire, isBuiltin } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { publint } from "publint";
import { needProgram } from "../../../scripts/lib/outside-programs.ts";
import { formatMessage } from "publint/utils";
import { explain, run } from "./helpers/run.ts";
import { packPackage } from "../../../scripts/test/support/pack-package.ts";

const packagesDir = join(import.meta.dirname, "../..");
const require = createRequire(import.meta.url);
const attw = join(dirname(require.resolve("@arethetypeswrong/cli/package.json")), "dist/index.js");

const packages = (await readdir(packagesDir, { withFileTypes: true }))
  .filter((entry) => entry.isDirectory() && existsSync(join(packagesDir, entry.name, "package.json")))
  .map((entry) => entry.name)
  .sort();

let packDir: string;
const tarballs = new Map<string, string>();
beforeAll(async () => {
  packDir = await mkdtemp(join(tmpdir(), "claude-spec-pack-"));
});
afterAll(async () => {
  await rm(packDir, { recursive: true, force: true });
});

test("covers every package", () => {
  expect(packages).toEqual(expect.arrayContaining(["browser", "client", "contract", "deno", "node", "reference-server"]));
});

describe.each(packages)("packages/%s", (name) => {
  const dir = join(packagesDir, name);
  let tarball: string;

  test("builds with tsup and packs with pnpm", { timeout: 320_000 }, async () => {
    expect(existsSync(join(dir, "tsup.config.ts")), `packages/${name} has no tsup.config.ts`).toBe(true);
    // `pnpm pack` builds it (`prepack`), as it does for a release.
    tarball = await packPackage(dir, packDir);
    expect(existsSync(tarball), tarball).toBe(true);
    tarballs.set(name, tarball);
  });

  test("declares an ESM entry, its types and its side effects", async () => {
    const manifest = JSON.parse(await readFile(join(dir, "package.json"), "utf8"));
    expect(manifest.type).toBe("module");
    expect(manifest.sideEffects, "sideEffects lets bundlers drop unused modules").toBe(false);
    expect(manifest.publishConfig?.exports?.["."]).toMatchObject({ types: expect.stringMatching(/\.d\.ts$/), default: expect.stringMatching(/\.js$/) });
  });

  test("passes publint", async () => {
    expect(tarball, "no tarball: the build failed").toBeDefined();
    const bytes = await readFile(tarball);
    const { messages, pkg } = await publint({
      pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
      level: "suggestion",
      strict: true,
    });
    const report = messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false }) ?? m.code}`);
    expect(report).toEqual([]);
  });

  test("its published types import only its dependencies", async () => {
    expect(tarball, "no tarball: the build failed").toBeDefined();
    const unpacked = join(packDir, `unpacked-${name}`);
    await mkdir(unpacked, { recursive: true });
    const extracted = await run("tar", ["xzf", tarball, "--strip-components=1", "-C", unpacked]);
    expect(extracted.code, explain(extracted)).toBe(0);
    const manifest = JSON.parse(await readFile(join(unpacked, "package.json"), "utf8"));
    const declared = new Set([manifest.name, ...Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies, ...manifest.optionalDependencies })]);
    const undeclared = new Set<string>();
    for (const file of (await readdir(unpacked, { recursive: true })).filter((f) => f.endsWith(".d.ts"))) {
      const text = await readFile(join(unpacked, file), "utf8");
      for (const [, specifier] of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/g)) {
        if (specifier!.startsWith(".") || specifier!.startsWith("node:") || isBuiltin(specifier!)) continue;
        const pkg = specifier!.split("/").slice(0, specifier!.startsWith("@") ? 2 : 1).join("/");
        if (!declared.has(pkg)) undeclared.add(`${file} imports ${specifier}`);
      }
    }
    // A type import of an undeclared (e.g. private) package resolves to nothing for users:
    // every type that depends on it silently becomes \`any\`. attw does not report this.
    expect([...undeclared]).toEqual([]);
  });

  test("passes arethetypeswrong (esm-only)", { timeout: 60_000 }, async () => {
    expect(tarball, "no tarball: the build failed").toBeDefined();
    const checked = await run(process.execPath, [attw, tarball, "--profile", "esm-only", "--format", "ascii", "--no-color", "--no-emoji"]);
    expect(checked.code, explain(checked)).toBe(0);
  });
});

/**
 * What `deno add npm:@claude-spec/deno` users get: the two packed tarballs unpacked into a
 * node_modules (openapi-fetch linked from the workspace), and a program that Deno must
 * type-check against their published `.d.ts` files, offline.
 */
const denoBinary = needProgram("deno", "the Deno type check of the packed packages (packages/deno/test/packaging.test.ts)");
test.skipIf(!denoBinary)("Deno type-checks a program against the packed @claude-spec/deno and @claude-spec/client", { timeout: 90_000 }, async () => {
  expect(tarballs.has("deno") && tarballs.has("client"), "packing failed").toBe(true);
  const app = join(packDir, "deno-app");
  for (const name of ["deno", "client"]) {
    const target = join(app, "node_modules/@claude-spec", name);
    await mkdir(target, { recursive: true });
    const unpacked = await run("tar", ["xzf", tarballs.get(name)!, "--strip-components=1", "-C", target]);
    expect(unpacked.code, explain(unpacked)).toBe(0);
  }
  const openapiFetch = dirname(createRequire(join(packagesDir, "client/package.json")).resolve("openapi-fetch/package.json"));
  await symlink(openapiFetch, join(app, "node_modules/openapi-fetch"));
  await writeFile(join(app, "package.json"), JSON.stringify({ type: "module", dependencies: { "@claude-spec/deno": "*" } }));
  await writeFile(join(app, "deno.json"), JSON.stringify({ nodeModulesDir: "manual", lock: false }));
  await writeFile(
    join(app, "main.ts"),
    [
      'import { createClient, OverloadedError, type Message } from "@claude-spec/deno";',
      'const claude = createClient({ apiKey: "k" });',
      'const message: Message = await claude.messages.create({ model: "m", max_tokens: 1, messages: [{ role: "user", content: "hi" }] });',
      "const tokens: number = message.usage.output_tokens;",
      "// @ts-expect-error max_tokens is required",
      'await claude.messages.create({ model: "m", messages: [] });',
      "console.log(tokens, OverloadedError.name);",
    ].join("\n"),
  );
  const checked = await run(denoBinary!, ["check", "--no-remote", "--cached-only", "main.ts"], {
    cwd: app,
    env: { DENO_DIR: join(packDir, "deno-dir"), DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" },
  });
  expect(checked.code, explain(checked)).toBe(0);
});
