/**
 * `pnpm docs:build` builds the HTML reference of the spec into docs/index.html. The Redoc
 * bundle is inlined (`--inlineBundle`), so the page works offline with no CDN.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { redoclyBin, repoRoot, specRoot } from "./lib/paths.ts";

export const docsFile = join(repoRoot, "docs", "index.html");

export function buildDocs(output = docsFile): string {
  mkdirSync(join(output, ".."), { recursive: true });
  execFileSync(
    redoclyBin,
    ["build-docs", specRoot, "--inlineBundle", "--title", "Claude API reference (claude-spec)", "-o", output],
    { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" } },
  );
  return output;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = buildDocs();
  console.log(`wrote ${out} (${(statSync(out).size / 1024 / 1024).toFixed(1)} MiB, works offline)`);
}
