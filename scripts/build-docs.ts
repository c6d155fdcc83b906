/**
 * `pnpm docs:build` builds the HTML reference of the spec into docs/index.html. The Redoc
 * bundle is inlined (`--inlineBundle`), so the page works offline with no CDN.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { platformNames, platformSpecRoot, redoclyBin, repoRoot, specRoot } from "./lib/paths.ts";

export const docsFile = join(repoRoot, "docs", "index.html");

/** The first-party reference by default; `root`/`title` build a platform's (docs/<platform>.html). */
export function buildDocs(output = docsFile, root = specRoot, title = "Claude API reference (claude-spec)"): string {
  mkdirSync(join(output, ".."), { recursive: true });
  execFileSync(
    redoclyBin,
    ["build-docs", root, "--inlineBundle", "--title", title, "-o", output],
    { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" } },
  );
  return output;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const out of [buildDocs(), ...platformNames.map((name) => buildDocs(join(repoRoot, "docs", `${name}.html`), platformSpecRoot(name), `Claude on ${name} (claude-spec)`))]) {
    console.log(`wrote ${out} (${(statSync(out).size / 1024 / 1024).toFixed(1)} MiB, works offline)`);
  }
}
