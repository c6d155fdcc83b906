/**
 * `pnpm spec:drift` finds what changed: run against a copy of the installed SDK's
 * declarations with a planted new content block type and a removed request parameter, the
 * checklist names both; against the untouched copy it names neither.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../spec-drift.ts";

function sdkDir(): string {
  let dir = dirname(createRequire(import.meta.url).resolve("@anthropic-ai/sdk"));
  while (!dir.endsWith("sdk")) dir = dirname(dir);
  return dir;
}

/** A copy of the package holding only what the script reads (declarations and compiled resources). */
function copySdk(to: string): void {
  const from = sdkDir();
  cpSync(join(from, "package.json"), join(to, "package.json"));
  for (const folder of ["resources", "core", "internal", "lib"]) {
    cpSync(join(from, folder), join(to, folder), { recursive: true, filter: (src) => !/\.(mjs|mts|map)$/.test(src) });
  }
  for (const file of ["client.d.ts", "index.d.ts", "resource.d.ts", "error.d.ts", "uploads.d.ts", "api-promise.d.ts", "pagination.d.ts"]) {
    try {
      cpSync(join(from, file), join(to, file));
    } catch {
      // Not every version has every top-level shim.
    }
  }
}

function edit(path: string, change: (text: string) => string): void {
  const before = readFileSync(path, "utf8");
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
}

function run(dir: string, out: string): { code: number; text: string } {
  const code = main(["--sdk-dir", dir, "--out", out, "--check"]);
  return { code, text: readFileSync(out, "utf8") };
}

describe("spec:drift", () => {
  let root: string;
  let clean: { code: number; text: string };
  let planted: { code: number; text: string };

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "spec-drift-test-"));
    const cleanDir = join(root, "clean");
    const plantedDir = join(root, "planted");
    copySdk(cleanDir);
    copySdk(plantedDir);
    const beta = join(plantedDir, "resources/beta/messages/messages.d.ts");
    edit(beta, (text) =>
      text
        .replace(/export type BetaContentBlock = /, "export interface BetaPlantedBlock {\n    type: 'planted_block';\n}\nexport type BetaContentBlock = BetaPlantedBlock | ")
        .replace(/^    stop_sequences\?: Array<string>;$/gm, ""),
    );
    edit(join(plantedDir, "resources/messages/messages.d.ts"), (text) => text.replace(/^    stop_sequences\?: Array<string>;$/gm, ""));
    clean = run(cleanDir, join(root, "clean.md"));
    planted = run(plantedDir, join(root, "planted.md"));
  }, 240_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("names a planted content block type and a removed parameter", () => {
    expect(planted.text).toContain("## response content block types");
    expect(planted.text).toContain("in the SDK, not in the spec: `planted_block`");
    expect(planted.text).toContain("in the spec, not in the SDK: `body stop_sequences`");
    expect(planted.code).toBe(1);
  });

  it("does not name them when the declarations are untouched", () => {
    expect(clean.text).toMatch(/^# Spec drift against @anthropic-ai\/sdk \d+\.\d+\.\d+/);
    expect(clean.text).not.toContain("planted_block");
    expect(clean.text).not.toContain("body stop_sequences");
  });
});
