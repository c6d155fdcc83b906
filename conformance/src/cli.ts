#!/usr/bin/env node
/**
 * @module
 * `claude-conformance`: runs the conformance suite against the embedded reference server
 * or any target, prints a live report, writes the requested report files, and exits 0
 * only when every required case passes. Problems with the input (an unreachable target, a
 * wrong key, a target that answers HTML) end with one clear line and exit 2.
 */
import { onLauncherExit } from "@claude-spec/reference-server";
import { parseCliArgs, usage, UsageError } from "./cli-args.ts";
import { checkCorpus } from "./corpus/check-corpus.ts";
import { CorpusError } from "./cases/load-cases.ts";
import { consoleReporter } from "./report/console-reporter.ts";
import { formatBytes } from "./report/failure-text.ts";
import { writeReports } from "./report/write-reports.ts";
import { dryRun, runConformance } from "./run/runner.ts";
import { SetupError } from "./run/setup-error.ts";
import { EmbeddedServerError } from "./target/embedded-server.ts";

const out = (text: string) => void process.stdout.write(text);

async function main(): Promise<number> {
  const cli = parseCliArgs(process.argv.slice(2), process.env);
  if (cli.command === "help") {
    out(`${usage}\n`);
    return 0;
  }
  if (cli.command === "check-corpus") {
    const report = await checkCorpus(cli.run.casesDir);
    for (const p of report.problems) out(`✗ ${p}\n`);
    out(`${report.files} case files, ${report.problems.length} problems\n`);
    return report.problems.length ? 1 : 0;
  }
  if (cli.dryRun) {
    const plan = await dryRun(cli.run);
    for (const p of plan) {
      const size = p.bodyBytes >= 1024 * 1024 ? ` (${formatBytes(p.bodyBytes)}, ${p.bodyBytes} bytes)` : p.bodyBytes ? ` (${p.bodyBytes} bytes)` : "";
      const line = p.skip ? p.skip : `${p.method.padEnd(7)} ${p.url}${size}${p.repeats ? ` ${p.repeats}` : ""}`;
      out(`${p.caseId.padEnd(48)} ${p.tier.padEnd(11)} ${p.cost.padEnd(6)} ${line}\n`);
    }
    const sent = plan.filter((p) => !p.skip);
    out(`${new Set(sent.map((p) => p.caseId)).size} cases would run, ${sent.length} requests at least (polls repeat); nothing was sent\n`);
    return 0;
  }
  const tty = Boolean(process.stdout.isTTY);
  const reporter = consoleReporter({ write: out, tty, color: cli.color ?? (tty && !process.env.NO_COLOR) });
  const report = await runConformance(cli.run, reporter);
  const written = await writeReports(report, cli.reports);
  reporter.finish(report, written);
  return report.summary.ok ? 0 : 1;
}

// Interrupted: exit at once (128 + the signal's number, as a shell reports it); the embedded
// server is stopped by its exit hook, not left behind. `npx` and `pnpm` pass a SIGTERM only
// to the shell between them and us, so their exit counts as one.
process.once("SIGINT", () => process.exit(130));
process.once("SIGTERM", () => process.exit(143));
onLauncherExit(() => process.exit(143));

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known = error instanceof UsageError || error instanceof SetupError || error instanceof CorpusError || error instanceof EmbeddedServerError;
    const message = (error as Error)?.message ?? String(error);
    process.stderr.write(`claude-conformance: ${known ? message : `internal error: ${message}`}\n`);
    if (error instanceof UsageError) process.stderr.write("run claude-conformance --help for the options\n");
    if (!known && process.env.CLAUDE_CONFORMANCE_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? ""}\n`);
    process.exitCode = 2;
  },
);
