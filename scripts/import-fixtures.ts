/**
 * `pnpm fixtures:import` converts the in-scope recordings (spec/recorded/) into
 * conformance/fixtures/ (format: conformance/fixtures/README.md). Recordings that break
 * the spec are not imported: the command names them (file, pointer, rule) and exits 1.
 * `--check` writes nothing and exits 1 when the fixtures differ from a fresh import.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { formatViolation } from "@claude-spec/contract";
import { checkInteraction } from "./lib/check-interaction.ts";
import { normaliseRecording, type Fixture } from "./lib/fixture.ts";
import { fixturesDir } from "./lib/paths.ts";
import { listRecordings } from "./lib/recordings.ts";

export function renderFixtures(): { files: Map<string, string>; problems: string[]; skipped: number } {
  const files = new Map<string, string>();
  const problems: string[] = [];
  let skipped = 0;
  for (const { file, raw } of listRecordings()) {
    const n = normaliseRecording(raw, file);
    if ("skipped" in n) {
      skipped++;
      continue;
    }
    const { violations } = checkInteraction(n.fixture);
    if (violations.length > 0) {
      problems.push(...violations.map((v) => `${file}: ${formatViolation(v)}`));
      continue;
    }
    files.set(file, JSON.stringify(n.fixture satisfies Fixture, null, 2) + "\n");
  }
  return { files, problems, skipped };
}

function existingFixtureFiles(): string[] {
  if (!existsSync(fixturesDir)) return [];
  return readdirSync(fixturesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(fixturesDir, d.name)).filter((n) => n.endsWith(".json")).map((n) => `${d.name}/${n}`));
}

function main(): void {
  const check = process.argv.includes("--check");
  const { files, problems, skipped } = renderFixtures();
  if (problems.length > 0) {
    console.error(`${problems.length} problem(s); these recordings were not imported:\n  ${problems.join("\n  ")}`);
    process.exit(1);
  }
  const stale = new Set<string>();
  for (const name of existingFixtureFiles()) if (!files.has(name)) stale.add(name);
  for (const [name, content] of files) {
    const path = join(fixturesDir, name);
    if (!existsSync(path) || readFileSync(path, "utf8") !== content) stale.add(name);
  }
  if (check) {
    if (stale.size > 0) {
      console.error(`conformance/fixtures/ differs from a fresh import; run \`pnpm fixtures:import\`:\n  ${[...stale].join("\n  ")}`);
      process.exit(1);
    }
    console.log(`conformance/fixtures/ is up to date (${files.size} fixtures)`);
    return;
  }
  for (const name of stale) {
    const path = join(fixturesDir, name);
    const content = files.get(name);
    if (content === undefined) rmSync(path);
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
  }
  console.log(`imported ${files.size} fixtures (${stale.size} written or removed), ${skipped} out-of-scope recordings skipped`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
