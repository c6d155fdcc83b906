import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";
import { needProgram, optedOut, skipLogVariable } from "./scripts/lib/outside-programs.ts";
import OutsideProgramsReporter from "./scripts/lib/outside-programs-reporter.ts";

// The one Vitest configuration of the workspace: a project per package, so
// `pnpm test:unit` runs everything and `vitest --project client` runs one.
const nodeProject = (name: string, dir: string, extra: Record<string, unknown> = {}) => ({
  test: {
    name,
    root: dir,
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 30_000,
    ...extra,
  },
});

// Tests that need an outside program record their skips in this file; the reporter prints one
// line per missing program at the end (scripts/lib/outside-programs.ts). An unknown name in
// CLAUDE_SPEC_SKIP stops the run here, before anything starts.
optedOut();
process.env[skipLogVariable] = join(mkdtempSync(join(tmpdir(), "claude-spec-skips-")), "skips.jsonl");

// The Chromium project cannot even start without Chromium, so it is left out, with its skip.
const chromium = needProgram("chromium", "the browser package's Chromium tests (packages/browser/test/chromium/)", "browser:chromium");

export default defineConfig({
  test: {
    reporters: ["default", new OutsideProgramsReporter()],
    projects: [
      nodeProject("scripts", "scripts"),
      nodeProject("contract", "packages/contract"),
      nodeProject("client", "packages/client"),
      nodeProject("node", "packages/node"),
      nodeProject("reference-server", "packages/reference-server"),
      nodeProject("browser", "packages/browser", { include: ["test/node/**/*.test.ts"] }),
      // The Chromium project (browser mode) needs its own provider settings: its file
      // defines that one project.
      ...(chromium ? ["packages/browser/vitest.config.ts"] : []),
      nodeProject("deno", "packages/deno"),
      nodeProject("conformance", "conformance"),
    ],
  },
});
