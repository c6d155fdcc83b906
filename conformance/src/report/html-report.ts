/** A self-contained HTML page (no scripts, no external resources): the matrix and every failure. */
import type { Tier } from "../cases/case-types.ts";
import { checkLine, exchangeText, failedChecks, failuresFirstRequired, formatBytes } from "./failure-text.ts";
import type { CaseResult, RunReport } from "./result-types.ts";

const tiers: Tier[] = ["required", "recommended", "optional"];

export function htmlEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function cell(cases: readonly CaseResult[]): string {
  if (cases.length === 0) return `<td class="none">–</td>`;
  const pass = cases.filter((r) => r.status === "pass").length;
  const fail = cases.filter((r) => r.status === "fail").length;
  const skip = cases.filter((r) => r.status === "skip").length;
  const cls = fail ? "fail" : pass ? "pass" : "skip";
  return `<td class="${cls}">${pass}/${cases.length}${fail ? ` · ${fail} failed` : ""}${skip ? ` · ${skip} skipped` : ""}</td>`;
}

export function htmlReport(report: RunReport): string {
  const s = report.summary;
  const areas = [...new Set(report.cases.map((r) => r.area))].sort();
  const rows = areas.map((a) => `<tr><th>${htmlEscape(a)}</th>${tiers.map((t) => cell(report.cases.filter((r) => r.area === a && r.tier === t))).join("")}</tr>`).join("\n");
  const failures = failuresFirstRequired(report.cases)
    .map(
      (r) => `<section class="failure" id="${htmlEscape(r.id)}">
<h3><code>${htmlEscape(r.id)}</code> <span class="tier">${r.tier}</span></h3>
<p>${htmlEscape(r.description)}</p>
<p class="fact">Fact: ${htmlEscape(r.fact.statement)} — ${htmlEscape(r.fact.source)}</p>
<ul>${failedChecks(r).map((c) => `<li><pre>${htmlEscape(checkLine(c))}</pre></li>`).join("")}</ul>
<h4>Reproduce</h4><pre class="curl">${htmlEscape(r.exchanges.map((x) => x.curl).join("\n\n"))}</pre>
<details><summary>Exchange</summary><pre>${htmlEscape(exchangeText(r))}</pre></details>
</section>`,
    )
    .join("\n");
  const all = report.cases
    .map((r) => `<tr class="${r.status}"><td><code>${htmlEscape(r.id)}</code></td><td>${r.tier}</td><td>${r.status}</td><td>${htmlEscape(r.reason ?? r.description)}</td></tr>`)
    .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Claude API conformance: ${htmlEscape(report.target)}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem;max-width:1200px;color:#222}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}
td.pass,tr.pass td:nth-child(3){background:#e6f4ea}td.fail,tr.fail td:nth-child(3){background:#fce8e6}td.skip,tr.skip td:nth-child(3){background:#f1f3f4}
pre{white-space:pre-wrap;word-break:break-all;background:#f6f8fa;padding:.5rem;margin:.2rem 0}.verdict{font-size:1.2rem;font-weight:bold}
.verdict.ok{color:#137333}.verdict.bad{color:#c5221f}.tier{font-size:.8rem;color:#555}.fact{color:#444}
</style></head><body>
<h1>Claude API conformance report</h1>
<p>Target <code>${htmlEscape(report.target)}</code>${report.upstream ? ` · upstream <code>${htmlEscape(report.upstream)}</code>` : ""} · ${htmlEscape(report.startedAt)} · ${htmlEscape(report.tool.name)} ${htmlEscape(report.tool.version)}</p>
<p class="verdict ${s.ok ? "ok" : "bad"}">${s.ok ? "PASS" : "FAIL"}: ${s.pass} passed, ${s.fail} failed, ${s.skip} skipped of ${s.total}</p>
<p>${s.requests} requests · ${(s.durationMs / 1000).toFixed(1)} s · peak RSS ${formatBytes(s.peakRssBytes)}</p>
<table><tr><th>area</th>${tiers.map((t) => `<th>${t}</th>`).join("")}</tr>
${rows}</table>
${failures ? `<h2>Failures</h2>\n${failures}` : ""}
<h2>All cases</h2><table><tr><th>case</th><th>tier</th><th>status</th><th>detail</th></tr>
${all}</table>
</body></html>
`;
}
