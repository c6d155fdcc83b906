/**
 * `pnpm docs:build` builds the HTML reference of the spec into docs/index.html. The Redoc
 * bundle is inlined (`--inlineBundle`), so the page works offline with no CDN. It renders
 * the docs copy of the bundled spec (lib/docs-spec/docs-spec.ts: source URLs as links, a curl and
 * a TypeScript sample on every operation, uniform unions typed).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundleSpec } from "./lib/bundle.ts";
import { codeSampleLanguages } from "./lib/docs-spec/code-samples.ts";
import { docsSpec } from "./lib/docs-spec/docs-spec.ts";
import { platformNames, platformSpecRoot, redoclyBin, repoRoot, specRoot } from "./lib/paths.ts";

export const docsFile = join(repoRoot, "docs", "index.html");

/** The first-party reference by default; `root`/`title` build a platform's (docs/<platform>.html). */
export function buildDocs(output = docsFile, root = specRoot, title = "Claude API reference (claude-spec)"): string {
  mkdirSync(join(output, ".."), { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), "claude-spec-docs-spec-"));
  try {
    const spec = join(scratch, "openapi.json");
    writeFileSync(spec, JSON.stringify(docsSpec(bundleSpec(root), { samples: root === specRoot })));
    // Redoc lists only the code-sample languages its configuration names (curl and Payload by
    // default among ours); ours are named here, in the order the samples come.
    const config = join(scratch, "redocly.yaml");
    writeFileSync(config, JSON.stringify({ openapi: { codeSamples: { languages: codeSampleLanguages } } }));
    execFileSync(
      redoclyBin,
      ["build-docs", spec, "--config", config, "--inlineBundle", "--title", title, "-o", output],
      { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" } },
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return output;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const out of [buildDocs(), ...platformNames.map((name) => buildDocs(join(repoRoot, "docs", `${name}.html`), platformSpecRoot(name), `Claude on ${name} (claude-spec)`))]) {
    console.log(`wrote ${out} (${(statSync(out).size / 1024 / 1024).toFixed(1)} MiB, works offline)`);
  }
}
