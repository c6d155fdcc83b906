/** The time bound of one case: the option, the longest per-request timeout, a case's own declared timeouts. */
import { describe, expect, it } from "vitest";
import { caseDeadlineMs, defaultCaseTimeoutMs, type RunContext } from "../src/run/run-context.ts";

const ctx = (extra: Partial<RunContext>) => ({ timeoutMs: 30_000, ...extra }) as RunContext;

describe("caseDeadlineMs", () => {
  it("is --case-timeout, 120 s by default", () => {
    expect(caseDeadlineMs([{}, {}], ctx({}))).toBe(defaultCaseTimeoutMs);
    expect(caseDeadlineMs([{}, {}], ctx({ caseTimeoutMs: 1_500 }))).toBe(1_500);
  });

  it("by default never cuts below a longer --timeout", () => {
    expect(caseDeadlineMs([{}], ctx({ timeoutMs: 300_000 }))).toBe(300_000);
    // An explicit bound is the user's word.
    expect(caseDeadlineMs([{}], ctx({ timeoutMs: 300_000, caseTimeoutMs: 2_000 }))).toBe(2_000);
  });

  it("gives a case declaring longer step timeouts their sum", () => {
    expect(caseDeadlineMs([{ timeoutMs: 300_000 }, { timeoutMs: 10_000 }, {}], ctx({ caseTimeoutMs: 1_500 }))).toBe(310_000);
  });
});
