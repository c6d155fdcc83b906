/** A failed case in plain text, shared by the console and the Markdown report. */
import type { CheckResult } from "../checks/check-result.ts";
import type { CaseResult } from "./result-types.ts";

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
