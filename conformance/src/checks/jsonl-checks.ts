/** Batch results as JSON lines (CONTRACT.md §1.6, §3 item 29): every line JSON, the result kinds a case expects. */
import type { JsonlExpectations } from "../cases/case-types.ts";
import { fail, pass, show, type CheckResult } from "./check-result.ts";
import type { ResponseView } from "./response-view.ts";

const fact = 'batch results are JSON lines {"custom_id","result":{"type":...}} (CONTRACT.md §1.6)';

export function jsonlChecks(view: ResponseView, expect: JsonlExpectations): CheckResult[] {
  const problems: string[] = [];
  const types: string[] = [];
  const lines = view.text.split("\n").filter((l) => l.trim() !== "");
  lines.forEach((line, i) => {
    try {
      const value = JSON.parse(line);
      if (typeof value?.custom_id !== "string") problems.push(`line ${i} has no custom_id`);
      types.push(String(value?.result?.type));
    } catch {
      problems.push(`line ${i} is not JSON: ${show(line, 80)}`);
    }
  });
  if (expect.minLines !== undefined && lines.length < expect.minLines) problems.push(`${lines.length} lines, expected at least ${expect.minLines}`);
  for (const t of expect.resultTypes ?? []) if (!types.includes(t)) problems.push(`no ${t} result (saw ${show([...new Set(types)])})`);
  return [problems.length ? fail("jsonl", fact, { message: problems.slice(0, 6).join("\n") }) : pass("jsonl", fact)];
}
