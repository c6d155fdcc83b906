/**
 * Honest verdicts: a selection that matches nothing is an error, the verdict counts the
 * required cases that ran and that did not (and why), `--require-all` fails a run that
 * skipped one, failures are listed required first, and the reproduce line is the request
 * that failed, not a clean-up after it.
 */
import { describe, expect, it } from "vitest";
import { consoleReporter } from "../src/report/console-reporter.ts";
import type { CaseResult, ExchangeRecord, RunReport } from "../src/report/result-types.ts";
import { summarize } from "../src/run/runner.ts";
import { runCli } from "./helpers/cli-process.ts";

function exchange(step: string, url: string): ExchangeRecord {
  return {
    step,
    request: { method: "POST", url, headers: {}, body: null, bodySize: 0, bodySummary: "no body", sentBytes: 0 },
    response: { status: 200, statusText: "OK", httpVersion: "1.1", headers: {}, body: "", bodySize: 0, truncated: false, headersAtMs: 1, endAtMs: 1 },
    error: null,
    durationMs: 1,
    curl: `curl '${url}'`,
  };
}

const base = { description: "d", fact: { statement: "f", source: "s" }, durationMs: 1, requests: 1 };
const optionalFail: CaseResult = {
  ...base, id: "files/lifecycle", area: "files", tier: "optional", status: "fail", reason: "status: x",
  checks: [{ name: "status", status: "fail", fact: "f", step: "upload" }],
  // The failing upload comes first, the clean-up delete (which answered an error) after it.
  exchanges: [exchange("upload", "http://t/v1/files-upload"), { ...exchange("delete", "http://t/v1/files/cleanup"), response: { ...exchange("d", "x").response!, status: 404 } }],
};
const requiredFail: CaseResult = { ...optionalFail, id: "streaming/grammar", area: "streaming", tier: "required", checks: [{ name: "sse.grammar", status: "fail", fact: "f", step: "#0" }], exchanges: [exchange("#0", "http://t/v1/messages")] };
const requiredSkip: CaseResult = { ...base, id: "versions/forwarded-2023-06-01", area: "versions", tier: "required", status: "skip", reason: "needs the upstream's record", checks: [], exchanges: [] };
const requiredPass: CaseResult = { ...base, id: "auth/bearer", area: "auth", tier: "required", status: "pass", checks: [], exchanges: [] };

function render(cases: CaseResult[], requireAll = false): { text: string; ok: boolean } {
  let text = "";
  const summary = summarize(cases, 1, 1, 1, requireAll);
  const report: RunReport = { tool: { name: "x", version: "0" }, target: "http://t/", upstream: null, capabilities: [], startedAt: "", summary, cases };
  consoleReporter({ write: (t) => void (text += t), tty: false, color: false }).finish(report, []);
  return { text, ok: summary.ok };
}

describe("verdicts", () => {
  it("count the required cases that ran and those skipped, with the reason", () => {
    const { text, ok } = render([requiredPass, requiredSkip]);
    expect(ok).toBe(true);
    expect(text).toContain("PASS: all 1 required cases that ran passed; 1 required case(s) did not run (1 needs the upstream's record)");
  });
  it("--require-all fails a run that skipped a required case", () => {
    const { text, ok } = render([requiredPass, requiredSkip], true);
    expect(ok).toBe(false);
    expect(text).toContain("FAIL: 1 required case(s) skipped under --require-all");
  });
  it("list failures required first and reproduce the failing request, not the clean-up", () => {
    const { text, ok } = render([optionalFail, requiredFail, requiredPass]);
    expect(ok).toBe(false);
    expect(text.indexOf("✗ streaming/grammar")).toBeGreaterThan(-1);
    expect(text.indexOf("✗ streaming/grammar")).toBeLessThan(text.indexOf("✗ files/lifecycle"));
    const files = text.slice(text.indexOf("✗ files/lifecycle"));
    expect(files).toContain("curl 'http://t/v1/files-upload'");
    expect(files).not.toContain("files/cleanup");
    expect(text).toContain("FAIL: 1 of 2 required cases that ran failed");
  });
  it("a selection that matches no case ends the run with exit 2", async () => {
    const run = await runCli(["--only", "streaming/grammer"]);
    expect(run.code, run.stdout + run.stderr).toBe(2);
    expect(run.stderr).toMatch(/--only "streaming\/grammer" matches no case/);
    expect(run.stdout).not.toContain("PASS");
    const tiers = await runCli(["--only", "streaming/grammar", "--tier", "optional"]);
    expect(tiers.code).toBe(2);
    expect(tiers.stderr).toMatch(/leaves no case to run/);
  });
});
