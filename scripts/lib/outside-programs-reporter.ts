/**
 * The end of a vitest run: one line per outside program a test needed and did not get
 * (scripts/lib/outside-programs.ts), and a failing exit code unless every one of them was
 * opted out of by CLAUDE_SPEC_SKIP. Tests append their skips to the file the root config
 * names in CLAUDE_SPEC_SKIP_LOG; this reporter, in the main process, reads it.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { basename, dirname } from "node:path";
import type { Reporter, Vitest } from "vitest/node";
import { skipLogVariable, summariseSkips, type SkipRecord } from "./outside-programs.ts";

const matches = (filter: string, name: string) =>
  new RegExp(`^${filter.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`).test(name);

export default class OutsideProgramsReporter implements Reporter {
  private projectFilters: readonly string[] = [];

  onInit(vitest: Vitest): void {
    this.projectFilters = vitest.config.project ?? [];
  }

  onTestRunEnd(): void {
    const log = process.env[skipLogVariable];
    if (!log) return;
    const text = existsSync(log) ? readFileSync(log, "utf8") : "";
    // Only the folder the root config made is removed, never one a caller named.
    if (basename(dirname(log)).startsWith("claude-spec-skips-")) rmSync(dirname(log), { recursive: true, force: true });
    const records = text
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as SkipRecord)
      .filter((r) => !r.project || this.projectFilters.length === 0 || this.projectFilters.some((f) => matches(f, r.project!)));
    const { lines, failed } = summariseSkips(records);
    if (lines.length > 0) process.stdout.write(`\n${lines.join("\n")}\n`);
    if (failed) process.exitCode = 1;
  }
}
