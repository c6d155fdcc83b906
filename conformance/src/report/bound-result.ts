/**
 * Bounds what a case's result carries into the reports: a check's expected, received and
 * message text is cut at `maxCheckText` characters, saying how long it was. A hostile target
 * (an endless stream listed event by event) otherwise turns one failure into a line of
 * megabytes in every report format. Exchange bodies are already cut when recorded.
 */
import type { CheckResult } from "../checks/check-result.ts";
import type { CaseResult } from "./result-types.ts";

export const maxCheckText = 2_000;

function cut(text: string | undefined): string | undefined {
  if (text === undefined || text.length <= maxCheckText) return text;
  return `${text.slice(0, maxCheckText)}… (cut: ${text.length.toLocaleString("en-US")} characters in all)`;
}

function boundCheck(check: CheckResult): CheckResult {
  const long = [check.expected, check.received, check.message].some((t) => t !== undefined && t.length > maxCheckText);
  if (!long) return check;
  const out: CheckResult = { ...check };
  const fields = out as { expected?: string; received?: string; message?: string };
  if (check.expected !== undefined) fields.expected = cut(check.expected);
  if (check.received !== undefined) fields.received = cut(check.received);
  if (check.message !== undefined) fields.message = cut(check.message);
  return out;
}

export function boundResult(result: CaseResult): CaseResult {
  return { ...result, ...(result.reason ? { reason: cut(result.reason) } : {}), checks: result.checks.map(boundCheck) };
}
