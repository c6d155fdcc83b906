/**
 * The live console view: a progress line while cases run (rewritten in place on a
 * terminal, every few cases in a log), each failure as it happens, then a matrix by area
 * and tier and the verdict.
 */
import type { ConformanceCase } from "../cases/case-types.ts";
import type { RunListener } from "../run/runner.ts";
import { checkLine, failedChecks, failuresFirstRequired, formatBytes, reproduceCurl, verdictText } from "./failure-text.ts";
import type { CaseResult, RunReport } from "./result-types.ts";

export interface ConsoleOptions {
  readonly write: (text: string) => void;
  readonly tty: boolean;
  readonly color: boolean;
  /** Print the curl of each failure. @default true */
  readonly curl?: boolean;
}

const paint = (on: boolean) => ({
  red: (s: string) => (on ? `\x1b[31m${s}\x1b[0m` : s),
  green: (s: string) => (on ? `\x1b[32m${s}\x1b[0m` : s),
  yellow: (s: string) => (on ? `\x1b[33m${s}\x1b[0m` : s),
  dim: (s: string) => (on ? `\x1b[2m${s}\x1b[0m` : s),
  bold: (s: string) => (on ? `\x1b[1m${s}\x1b[0m` : s),
});

export function consoleReporter(options: ConsoleOptions): RunListener & { finish(report: RunReport, reportPaths: readonly string[]): void } {
  const c = paint(options.color);
  const running = new Set<string>();
  let total = 0;
  let done = 0;
  let failures = 0;
  let progressShown = false;
  const clearProgress = () => {
    if (options.tty && progressShown) options.write("\r\x1b[2K");
    progressShown = false;
  };
  const progress = () => {
    if (!options.tty) return;
    const now = [...running].slice(0, 2).join(", ");
    options.write(`\r\x1b[2K${c.dim(`[${String(done).padStart(String(total).length)}/${total}]`)} ${failures ? c.red(`${failures} failed`) : c.green("ok")} ${c.dim(now)}`.slice(0, 200));
    progressShown = true;
  };
  return {
    onStart(info) {
      total = info.total;
      options.write(`${c.bold("claude-conformance")} → ${info.target} · ${info.total} cases · ${info.capabilities.length ? info.capabilities.join(", ") : "no reference upstream (fault and forwarding cases skip)"}\n`);
    },
    onCaseStart(kase: ConformanceCase) {
      running.add(kase.id);
      progress();
    },
    onCaseDone(result: CaseResult) {
      running.delete(result.id);
      done++;
      if (result.status === "fail") {
        failures++;
        clearProgress();
        options.write(`${c.red("✗")} ${result.id} ${c.dim(`[${result.tier}]`)} ${result.reason ?? ""}\n`);
      } else if (!options.tty && done % 25 === 0) {
        options.write(c.dim(`… ${done}/${total} done\n`));
      }
      progress();
    },
    onStop(reason) {
      clearProgress();
      options.write(`${c.red("!")} ${reason}\n`);
    },
    finish(report, reportPaths) {
      clearProgress();
      const s = report.summary;
      const fails = failuresFirstRequired(report.cases);
      if (fails.length) options.write(`\n${c.bold("Failures")}\n`);
      for (const r of fails) {
        options.write(`\n${c.red("✗")} ${c.bold(r.id)} [${r.tier}] ${r.description}\n  fact: ${r.fact.statement} (${r.fact.source})\n`);
        for (const check of failedChecks(r).slice(0, 6)) options.write(`  • ${checkLine(check)}\n`);
        const curl = reproduceCurl(r);
        if (curl && options.curl !== false) options.write(`  reproduce:\n    ${curl.split("\n").join("\n    ")}\n`);
      }
      options.write(`\n${c.bold("area".padEnd(18))} ${"pass".padStart(5)} ${"fail".padStart(5)} ${"skip".padStart(5)}\n`);
      for (const [area, t] of Object.entries(s.byArea)) {
        options.write(`${area.padEnd(18)} ${String(t.pass).padStart(5)} ${(t.fail ? c.red(String(t.fail).padStart(5)) : String(t.fail).padStart(5))} ${String(t.skip).padStart(5)}\n`);
      }
      options.write(`\n${c.bold("tier".padEnd(18))} ${"pass".padStart(5)} ${"fail".padStart(5)} ${"skip".padStart(5)}\n`);
      for (const [tier, t] of Object.entries(s.byTier)) {
        options.write(`${tier.padEnd(18)} ${String(t.pass).padStart(5)} ${(t.fail ? c.red(String(t.fail).padStart(5)) : String(t.fail).padStart(5))} ${String(t.skip).padStart(5)}\n`);
      }
      if (report.stopped) options.write(`\n${c.red("stopped early:")} ${report.stopped}\n`);
      const verdict = s.ok ? c.green(verdictText(report)) : c.red(verdictText(report));
      options.write(`\n${verdict} · ${s.pass} passed, ${s.fail} failed, ${s.skip} skipped · ${s.requests} requests · ${(s.durationMs / 1000).toFixed(1)} s · peak RSS ${formatBytes(s.peakRssBytes)}\n`);
      for (const p of reportPaths) options.write(c.dim(`report: ${p}\n`));
    },
  };
}
