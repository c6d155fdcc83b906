/**
 * JUnit XML, one <testsuite> per area and one <testcase> per case, the form CI systems
 * (GitHub, GitLab, Jenkins) render. A failure's text holds every failed check, the curl
 * reproducer and the exchange; skipped cases say why.
 */
import { checkLine, exchangeText, failedChecks } from "./failure-text.ts";
import type { CaseResult, RunReport } from "./result-types.ts";

export function xmlEscape(text: string): string {
  // XML 1.0 cannot carry most control characters even escaped; they are dropped.
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function testcase(r: CaseResult): string {
  const head = `    <testcase classname="conformance.${xmlEscape(r.area)}" name="${xmlEscape(r.id)} [${r.tier}]" time="${(r.durationMs / 1000).toFixed(3)}"`;
  if (r.status === "pass") return `${head}/>`;
  if (r.status === "skip") return `${head}>\n      <skipped message="${xmlEscape(r.reason ?? "skipped")}"/>\n    </testcase>`;
  const details = [
    `${r.description}`,
    `fact: ${r.fact.statement} (${r.fact.source})`,
    ...failedChecks(r).map((c) => `- ${checkLine(c)}`),
    "",
    "reproduce:",
    ...r.exchanges.map((x) => x.curl),
    "",
    exchangeText(r),
  ].join("\n");
  return `${head}>\n      <failure message="${xmlEscape(r.reason ?? "failed")}" type="${r.tier}">${xmlEscape(details)}</failure>\n    </testcase>`;
}

export function junitReport(report: RunReport): string {
  const areas = [...new Set(report.cases.map((r) => r.area))];
  const suites = areas.map((area) => {
    const cases = report.cases.filter((r) => r.area === area);
    const time = cases.reduce((n, r) => n + r.durationMs, 0) / 1000;
    return [
      `  <testsuite name="${xmlEscape(area)}" tests="${cases.length}" failures="${cases.filter((r) => r.status === "fail").length}" errors="0" skipped="${cases.filter((r) => r.status === "skip").length}" time="${time.toFixed(3)}" timestamp="${report.startedAt.slice(0, 19)}">`,
      ...cases.map(testcase),
      "  </testsuite>",
    ].join("\n");
  });
  const s = report.summary;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="claude-conformance ${xmlEscape(report.target)}" tests="${s.total}" failures="${s.fail}" errors="0" skipped="${s.skip}" time="${(s.durationMs / 1000).toFixed(3)}">\n${suites.join("\n")}\n</testsuites>\n`;
}
