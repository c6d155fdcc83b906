/**
 * `pnpm generate` writes generated/ from spec/: the bundled openapi.json, the
 * openapi-typescript types and the operation table. `--check` writes nothing and exits 1
 * when generated/ is stale, naming the files that differ.
 */
import { readFileSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { bundleSpec } from "./lib/bundle.ts";
import { closeOpenUnions } from "./lib/closed-unions.ts";
import { buildOperationTable, renderOperationTable } from "./lib/operation-table.ts";
import { generatedDir, platformNames, platformSpecRoot, repoRoot } from "./lib/paths.ts";
import { applyDerivedSchemas, buildPlatformInfo, buildPlatformRows, renderPlatformTable } from "./lib/platform-table.ts";

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
    exports: {
      "./openapi.json": "./openapi.json",
      "./operations": "./operations.ts",
      "./schema": "./schema.d.ts",
      "./platform-operations": "./platform-operations.ts",
      "./platforms/*.json": "./platforms/*.json",
      "./platforms/*": "./platforms/*.d.ts",
    },
  };
  const firstParty = buildOperationTable(doc as never);
  const files = new Map([
    ["package.json", JSON.stringify(manifest, null, 2) + "\n"],
    ["openapi.json", JSON.stringify(doc, null, 2) + "\n"],
    ["schema.d.ts", header + types],
    ["operations.ts", renderOperationTable(firstParty)],
  ]);
  for (const [name, content] of await renderPlatforms(firstParty, doc as Record<string, any>)) files.set(name, content);
  return files;
}

/**
 * A platform document's types. Schemas it shares unchanged with the first-party spec (the
 * Messages request, message and event schemas) are aliases of `../schema`'s, so the types
 * exist once and a first-party `Message` is the same type as a Bedrock one.
 */
async function platformTypes(doc: Record<string, any>, firstPartyDoc: Record<string, any>): Promise<string> {
  const own = doc.components?.schemas ?? {};
  const theirs = firstPartyDoc.components?.schemas ?? {};
  const shared = new Set(Object.keys(own).filter((name) => theirs[name] && JSON.stringify(own[name]) === JSON.stringify(theirs[name])));
  const literal = (text: string) => ts.factory.createLiteralTypeNode(ts.factory.createStringLiteral(text));
  const types = astToString(
    await openapiTS(doc as never, {
      alphabetize: false,
      postTransform(type, options) {
        const name = /^#\/components\/schemas\/([^/]+)$/.exec(options.path ?? "")?.[1];
        if (!name) return undefined;
        const firstPartyType = (schema: string) =>
          ts.factory.createIndexedAccessTypeNode(ts.factory.createIndexedAccessTypeNode(ts.factory.createTypeReferenceNode("FirstParty"), literal("schemas")), literal(schema));
        if (shared.has(name)) return firstPartyType(name);
        // A derived body (x-derive) is the shared schema without `omit`, and its own properties.
        const derive = own[name]?.["x-derive"] as { from: string; omit?: string[] } | undefined;
        if (!derive || !theirs[derive.from]) return undefined;
        const omitted = (derive.omit ?? []).length ? ts.factory.createUnionTypeNode(derive.omit!.map(literal)) : ts.factory.createKeywordTypeNode(ts.SyntaxKind.NeverKeyword);
        return ts.factory.createIntersectionTypeNode([ts.factory.createTypeReferenceNode("OmitKnown", [firstPartyType(derive.from), omitted]), type]);
      },
    }),
  );
  // Omit<> would drop the known properties of a schema with an index signature; this keeps them.
  const omitKnown = "type OmitKnown<T, K extends PropertyKey> = { [P in keyof T as P extends K ? never : P]: T[P] };\n";
  return `import type { components as FirstParty } from "../schema.js";\n${omitKnown}${types}`;
}

/** Each platform document bundled (derived bodies completed), its types, and the platform table. */
async function renderPlatforms(firstParty: ReturnType<typeof buildOperationTable>, firstPartyDoc: Record<string, any>): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const infos = [];
  const rows = [];
  for (const name of platformNames) {
    const doc = bundleSpec(platformSpecRoot(name)) as Record<string, any>;
    // Types from the document as written (derived bodies become Omit<shared> & own), the bundle completed.
    const types = await platformTypes(structuredClone(doc), firstPartyDoc);
    applyDerivedSchemas(doc);
    infos.push(buildPlatformInfo(doc, firstParty));
    rows.push(...buildPlatformRows(doc, firstParty));
    files.set(`platforms/${name}.json`, JSON.stringify(doc, null, 2) + "\n");
    files.set(`platforms/${name}.d.ts`, `// Written by scripts/generate.ts from spec/platforms/${name}.yaml with openapi-typescript: do not edit.\n${types}`);
  }
  files.set("platform-operations.ts", renderPlatformTable(infos, rows));
  return files;
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
    if (!check) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
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
