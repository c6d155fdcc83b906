/**
 * Assertions on a JSON body by JSON pointer: equal values, patterns, presence, minimums,
 * the exact text, and URLs that must point at the target itself (a batch's `results_url`
 * through a gateway, CONTRACT.md §1.6).
 */
import { isDeepStrictEqual } from "node:util";
import type { BodyExpectations } from "../cases/case-types.ts";
import { getPointer, hasPointer } from "../json-pointer.ts";
import { fail, pass, show, type CheckResult } from "./check-result.ts";
import type { ResponseView } from "./response-view.ts";

export function bodyChecks(view: ResponseView, expect: BodyExpectations, fact: string, targetOrigin: string): CheckResult[] {
  const out: CheckResult[] = [];
  if (expect.text !== undefined) {
    out.push(view.text === expect.text ? pass("body.text", fact) : fail("body.text", fact, { expected: show(expect.text), received: show(view.text) }));
  }
  const hasJsonAssertions = Boolean(expect.equal || expect.differ || expect.match || expect.present || expect.absent || expect.min || expect.sameOrigin);
  if (!hasJsonAssertions) return out;
  if (view.json === undefined) {
    out.push(fail("body", fact, { expected: "a JSON body", received: show(view.text.slice(0, 200)), message: view.jsonError ?? "not JSON" }));
    return out;
  }
  const json = view.json;
  for (const [pointer, wanted] of Object.entries(expect.equal ?? {})) {
    const got = getPointer(json, pointer);
    out.push(isDeepStrictEqual(got, wanted) ? pass(`body${pointer}`, fact) : fail(`body${pointer}`, fact, { expected: show(wanted), received: show(got) }));
  }
  for (const [pointer, other] of Object.entries(expect.differ ?? {})) {
    const got = getPointer(json, pointer);
    out.push(!isDeepStrictEqual(got, other) && got !== undefined ? pass(`body${pointer}`, fact) : fail(`body${pointer}`, fact, { expected: `a value other than ${show(other)}`, received: show(got) }));
  }
  for (const [pointer, pattern] of Object.entries(expect.match ?? {})) {
    const got = getPointer(json, pointer);
    const ok = typeof got === "string" && new RegExp(pattern).test(got);
    out.push(ok ? pass(`body${pointer}`, fact) : fail(`body${pointer}`, fact, { expected: `a string matching /${pattern}/`, received: show(got) }));
  }
  for (const pointer of expect.present ?? []) {
    out.push(hasPointer(json, pointer) ? pass(`body${pointer}`, fact) : fail(`body${pointer}`, fact, { expected: `${pointer} present`, received: "(absent)" }));
  }
  for (const pointer of expect.absent ?? []) {
    out.push(!hasPointer(json, pointer) ? pass(`body${pointer}`, fact) : fail(`body${pointer}`, fact, { expected: `no ${pointer}`, received: show(getPointer(json, pointer)) }));
  }
  for (const [pointer, min] of Object.entries(expect.min ?? {})) {
    const got = getPointer(json, pointer);
    const ok = typeof got === "number" && got >= min;
    out.push(ok ? pass(`body${pointer}`, fact) : fail(`body${pointer}`, fact, { expected: `a number ≥ ${min}`, received: show(got) }));
  }
  for (const pointer of expect.sameOrigin ?? []) {
    const got = getPointer(json, pointer);
    let origin: string | null = null;
    try {
      origin = typeof got === "string" ? new URL(got).origin : null;
    } catch {
      origin = null;
    }
    out.push(
      origin === targetOrigin
        ? pass(`body${pointer}`, fact)
        : fail(`body${pointer}`, fact, {
            expected: `a URL on ${targetOrigin}`,
            received: show(got),
            message: "the URL points past the target (clients follow it verbatim, so they bypass or cannot reach the gateway)",
          }),
    );
  }
  return out;
}
