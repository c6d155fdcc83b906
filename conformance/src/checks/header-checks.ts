/** Response headers a case names: present, absent, equal to a value, or matching a pattern. */
import type { HeaderExpectations } from "../cases/case-types.ts";
import { fail, pass, show, type CheckResult } from "./check-result.ts";
import type { ResponseView } from "./response-view.ts";

export function headerChecks(view: ResponseView, expect: HeaderExpectations, fact: string): CheckResult[] {
  const out: CheckResult[] = [];
  for (const name of expect.present ?? []) {
    const value = view.header(name);
    out.push(value !== undefined ? pass(`header.${name}`, fact) : fail(`header.${name}`, fact, { expected: `${name} present`, received: "(absent)" }));
  }
  for (const name of expect.absent ?? []) {
    const value = view.header(name);
    out.push(value === undefined ? pass(`header.${name}`, fact) : fail(`header.${name}`, fact, { expected: `no ${name}`, received: show(value) }));
  }
  for (const [name, wanted] of Object.entries(expect.equal ?? {})) {
    const value = view.header(name);
    out.push(value === wanted ? pass(`header.${name}`, fact) : fail(`header.${name}`, fact, { expected: show(wanted), received: show(value) }));
  }
  for (const [name, pattern] of Object.entries(expect.match ?? {})) {
    const value = view.header(name);
    const ok = value !== undefined && new RegExp(pattern).test(value);
    out.push(ok ? pass(`header.${name}`, fact) : fail(`header.${name}`, fact, { expected: `matching /${pattern}/`, received: show(value) }));
  }
  return out;
}

/** Never both Content-Length and Transfer-Encoding (RFC 9112 §6.3; CONTRACT.md §3 item 13). */
export function framingHeaderCheck(view: ResponseView): CheckResult {
  const fact = "a response never carries both Content-Length and Transfer-Encoding (RFC 9112 §6.3)";
  const both = view.header("content-length") !== undefined && view.header("transfer-encoding") !== undefined;
  return both
    ? fail("http.framing", fact, { received: `content-length: ${view.header("content-length")}, transfer-encoding: ${view.header("transfer-encoding")}` })
    : pass("http.framing", fact);
}
