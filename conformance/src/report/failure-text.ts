/** A failed case in plain text, shared by the console and the Markdown report. */
import type { CheckResult } from "../checks/check-result.ts";
import type { CaseResult, RunReport } from "./result-types.ts";

export function checkLine(check: CheckResult): string {
  const parts = [`${check.step && check.step !== "#0" ? `[${check.step}] ` : ""}${check.name}: ${check.fact}`];
  if (check.expected !== undefined) parts.push(`expected ${check.expected}`);
  if (check.received !== undefined) parts.push(`received ${check.received}`);
  if (check.message) parts.push(check.message);
  return parts.join("\n    ");
}

export function failedChecks(result: CaseResult): CheckResult[] {
  return result.checks.filter((c) => c.status === "fail");
}

const tierRank: Readonly<Record<string, number>> = { required: 0, recommended: 1, optional: 2 };

/** Failed cases, required ones first (then recommended, optional), each tier in run order. */
export function failuresFirstRequired(cases: readonly CaseResult[]): CaseResult[] {
  return cases.filter((r) => r.status === "fail").sort((a, b) => (tierRank[a.tier] ?? 3) - (tierRank[b.tier] ?? 3));
}

/**
 * The curl that reproduces a failure: the request of the step whose check failed first,
 * never a clean-up step that ran after it.
 */
export function reproduceCurl(result: CaseResult): string | undefined {
  const step = failedChecks(result)[0]?.step;
  const exchanges = result.exchanges.filter((x) => x.step === step);
  return (exchanges[exchanges.length - 1] ?? result.exchanges.find((x) => x.response === null || x.response.status >= 300 || x.error) ?? result.exchanges[result.exchanges.length - 1])?.curl;
}

/** The verdict line: what passed, and how many required cases ran and were skipped, and why. */
export function verdictText(report: RunReport): string {
  const s = report.summary;
  const req = s.byTier.required;
  const ran = req.pass + req.fail;
  const skipped = Object.entries(s.requiredSkipReasons ?? {}).map(([why, n]) => `${n} ${why}`).join("; ");
  const head = !s.ok
    ? report.stopped && !req.fail
      ? "FAIL: the run stopped early"
      : req.fail
      ? `FAIL: ${req.fail} of ${ran} required cases that ran failed`
      : `FAIL: ${req.skip} required case(s) skipped under --require-all`
    : ran === 0
      ? "PASS: no required case was selected"
      : `PASS: all ${ran} required cases that ran passed`;
  return `${head}${req.skip ? `; ${req.skip} required case(s) did not run (${skipped})` : ""}`;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}

/** The exchange as it went over the wire (bodies cut for display). */
export function exchangeText(result: CaseResult, maxBody = 2000): string {
  return result.exchanges
    .map((x) => {
      const req = [`> ${x.request.method} ${x.request.url}`, ...Object.entries(x.request.headers).map(([k, v]) => `> ${k}: ${v}`)];
      req.push(x.request.body !== null ? `>\n> ${x.request.body.slice(0, maxBody)}${x.request.body.length > maxBody ? "…" : ""}` : `> (${x.request.bodySummary})`);
      const res = x.response
        ? [
            `< HTTP/${x.response.httpVersion} ${x.response.status} ${x.response.statusText}`,
            ...Object.entries(x.response.headers).map(([k, v]) => `< ${k}: ${v}`),
            `<\n< ${x.response.body.slice(0, maxBody)}${x.response.body.length > maxBody || x.response.truncated ? `… (${formatBytes(x.response.bodySize)} in all)` : ""}`,
          ]
        : [];
      if (x.error) res.push(`! ${x.error}`);
      return [`--- step ${x.step} (${Math.round(x.durationMs)} ms)`, ...req, ...res].join("\n");
    })
    .join("\n");
}
