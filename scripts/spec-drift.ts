/**
 * `pnpm spec:drift [--sdk-dir DIR | --version X] [--out FILE] [--check]`: lists what changed
 * between the spec and the official TypeScript SDK's declarations, as the checklist for the
 * next update. By default it reads the installed `@anthropic-ai/sdk` (a pinned devDependency
 * of scripts/, the newest that works on Node 20), offline. `--version X` fetches that version
 * with `npm pack` (needs the registry); `--sdk-dir` reads an unpacked package (or a copy of
 * its `resources/`). `--check` exits 1 when there is any difference.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { generatedDir } from "./lib/paths.ts";
import { SdkSurface } from "./lib/sdk-surface.ts";
import { declarationFiles, driftMarkdown, driftReport } from "./lib/spec-drift.ts";

/** The installed package's folder (its `exports` hides package.json, so it is found from the main entry). */
function installedSdkDir(): string {
  const require = createRequire(import.meta.url);
  let dir = dirname(require.resolve("@anthropic-ai/sdk"));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

function packedSdkDir(version: string, into: string): string {
  if (!/^[\w.+-]+$/.test(version)) throw new Error(`--version: not a version: ${JSON.stringify(version)}`);
  const name = execFileSync("npm", ["pack", `@anthropic-ai/sdk@${version}`, "--silent", "--pack-destination", into], { encoding: "utf8" }).trim().split("\n").pop()!;
  execFileSync("tar", ["xzf", join(into, name), "-C", into]);
  return join(into, "package");
}

/** The package folder holds `resources/`; a bare copy of `resources/` is accepted too. */
function resourcesOf(dir: string): string {
  return existsSync(join(dir, "resources")) ? join(dir, "resources") : dir;
}

function versionOf(dir: string): string {
  const manifest = join(dir, "package.json");
  return existsSync(manifest) ? String(JSON.parse(readFileSync(manifest, "utf8")).version) : `declarations in ${dir}`;
}

export function main(argv: readonly string[]): number {
  const { values } = parseArgs({
    args: [...argv],
    options: { "sdk-dir": { type: "string" }, version: { type: "string" }, out: { type: "string" }, check: { type: "boolean" }, spec: { type: "string" } },
  });
  let temp: string | undefined;
  try {
    let dir = values["sdk-dir"];
    if (!dir && values.version) dir = packedSdkDir(values.version, (temp = mkdtempSync(join(tmpdir(), "spec-drift-"))));
    dir ??= installedSdkDir();
    const doc = JSON.parse(readFileSync(values.spec ?? join(generatedDir, "openapi.json"), "utf8"));
    const report = driftReport(doc, new SdkSurface(resourcesOf(dir), declarationFiles()), versionOf(dir));
    const markdown = driftMarkdown(report);
    if (values.out) writeFileSync(values.out, markdown);
    else process.stdout.write(markdown);
    const differences = report.sections.reduce((n, s) => n + s.missing.length + s.extra.length, 0);
    return values.check && differences > 0 ? 1 : 0;
  } finally {
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) process.exitCode = main(process.argv.slice(2));
