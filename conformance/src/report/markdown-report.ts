/**
 * A Markdown report: the verdict, a matrix of areas by tier, and each failure with the
 * broken fact, expected versus received, its curl reproducer and the exchange.
 */
import type { Tier } from "../cases/case-types.ts";
import { checkLine, exchangeText, failedChecks, failuresFirstRequired, formatBytes, verdictText } from "./failure-text.ts";
import type { CaseResult, RunReport } from "./result-types.ts";

const tiers: Tier[] = ["required", "recommended", "optional"];

function cell(cases: readonly CaseResult[]): string {
  if (cases.length === 0) return "–";
  const pass = cases.filter((r) => r.status === "pass").length;
  const fail = cases.filter((r) => r.status === "fail").length;
  const skip = cases.filter((r) => r.status === "skip").length;
  const mark = fail ? "❌" : pass ? "✅" : "⏭️";
  return `${mark} ${pass}/${cases.length}${fail ? ` (${fail} failed)` : ""}${skip ? ` (${skip} skipped)` : ""}`;
}

function fence(text: string, lang = ""): string {
  const ticks = text.includes("```") ? "````" : "```";
  return `${ticks}${lang}\n${text}\n${ticks}`;
}

export function markdownReport(report: RunReport): string {
  const s = report.summary;
  const areas = [...new Set(report.cases.map((r) => r.area))].sort();
  const lines = [
    "# Claude API conformance report",
    "",
    `Target: \`${report.target}\`${report.upstream ? ` (upstream: \`${report.upstream}\`)` : ""} · ${report.startedAt} · ${report.tool.name} ${report.tool.version}`,
    "",
    `**${verdictText(report)}**. ${s.pass} passed, ${s.fail} failed, ${s.skip} skipped of ${s.total} (${s.requests} requests, ${(s.durationMs / 1000).toFixed(1)} s, peak RSS ${formatBytes(s.peakRssBytes)}).`,
    "",
    `| area | ${tiers.join(" | ")} |`,
    `|---|${tiers.map(() => "---").join("|")}|`,
    ...areas.map((a) => `| ${a} | ${tiers.map((t) => cell(report.cases.filter((r) => r.area === a && r.tier === t))).join(" | ")} |`),
    "",
  ];
  const fails = failuresFirstRequired(report.cases);
  if (fails.length) lines.push("## Failures", "");
  for (const r of fails) {
    lines.push(`### \`${r.id}\` (${r.tier})`, "", r.description, "", `Fact: ${r.fact.statement} — ${r.fact.source}${r.fact.checklist?.length ? ` (checklist ${r.fact.checklist.join(", ")})` : ""}`, "");
    for (const c of failedChecks(r)) lines.push(`- ${checkLine(c).replace(/\n\s+/g, "; ")}`);
    lines.push("", "Reproduce:", "", fence(r.exchanges.map((x) => x.curl).join("\n\n"), "sh"), "", "<details><summary>Exchange</summary>", "", fence(exchangeText(r)), "", "</details>", "");
  }
  const skips = report.cases.filter((r) => r.status === "skip");
  if (skips.length) {
    lines.push("## Skipped", "", ...[...new Set(skips.map((r) => r.reason))].map((reason) => `- ${skips.filter((r) => r.reason === reason).length} case(s): ${reason}`), "");
  }
  return lines.join("\n");
}
