/**
 * `pnpm generate` writes generated/ from spec/: the bundled openapi.json, the
 * openapi-typescript types and the operation table. `--check` writes nothing and exits 1
 * when generated/ is stale, naming the files that differ.
 */
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { bundleSpec } from "./lib/bundle.ts";
import { closeOpenUnions } from "./lib/closed-unions.ts";
import { buildOperationTable, renderOperationTable } from "./lib/operation-table.ts";
import { generatedDir, repoRoot } from "./lib/paths.ts";

export async function renderGenerated(): Promise<Map<string, string>> {
  const doc = bundleSpec();
  // Types narrow on `type`; the bundled spec below stays open (see closed-unions.ts).
  const types = astToString(await openapiTS(closeOpenUnions(doc) as never, { alphabetize: false }));
  const header = "// Written by scripts/generate.ts from spec/ with openapi-typescript: do not edit.\n";
  // generated/ is a private workspace package so code imports it by name, not by path.
  const manifest = {
    name: "@claude-spec/generated",
    private: true,
    version: "0.0.0",
    description: "Written by scripts/generate.ts from spec/: do not edit.",
    type: "module",
    // Pure data and types: bundlers may drop whatever a program does not use.
    sideEffects: false,
    exports: { "./openapi.json": "./openapi.json", "./operations": "./operations.ts", "./schema": "./schema.d.ts" },
  };
  return new Map([
    ["package.json", JSON.stringify(manifest, null, 2) + "\n"],
    ["openapi.json", JSON.stringify(doc, null, 2) + "\n"],
    ["schema.d.ts", header + types],
    ["operations.ts", renderOperationTable(buildOperationTable(doc as never))],
  ]);
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const files = await renderGenerated();
  const stale: string[] = [];
  for (const [name, content] of files) {
    const path = join(generatedDir, name);
    const current = existsSync(path) ? readFileSync(path, "utf8") : null;
    if (current === content) continue;
    stale.push(relative(repoRoot, path));
    if (!check) writeFileSync(path, content);
  }
  if (check && stale.length > 0) {
    console.error(`generated/ is stale; run \`pnpm generate\` and commit:\n  ${stale.join("\n  ")}`);
    process.exit(1);
  }
  console.log(check ? "generated/ is up to date" : stale.length ? `wrote ${stale.join(", ")}` : "generated/ already up to date");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main();
}
