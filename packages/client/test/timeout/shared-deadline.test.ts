import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TimeoutError } from "../../src/index.ts";
import { sharedBudget } from "../../src/timeout/shared-deadline.ts";

// Fake timers (Date.now included), so windows and deadlines are exact. Each test uses its
// own timeout: a cohort only takes calls with its own timeout, so tests cannot share one.
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("sharedBudget", () => {
  it("gives calls started together with one timeout one signal, at most 64 to a signal", () => {
    const budgets = Array.from({ length: 130 }, () => sharedBudget(10_001));
    const signals = new Set(budgets.map((b) => b.signal));
    expect(signals.size).toBe(3);
    expect(budgets[63]!.signal).toBe(budgets[0]!.signal);
    expect(budgets[64]!.signal).not.toBe(budgets[0]!.signal);
    for (const b of budgets) b.dispose();
  });

  it("starts a new signal for another timeout", () => {
    const a = sharedBudget(10_002);
    const b = sharedBudget(10_003);
    expect(b.signal).not.toBe(a.signal);
    a.dispose();
    b.dispose();
  });

  it("starts a new signal once the joining window (1% of the timeout) has passed", () => {
    const first = sharedBudget(10_004);
    vi.advanceTimersByTime(99);
    const inWindow = sharedBudget(10_004);
    vi.advanceTimersByTime(2);
    const late = sharedBudget(10_004);
    expect(inWindow.signal).toBe(first.signal);
    expect(late.signal).not.toBe(first.signal);
    for (const b of [first, inWindow, late]) b.dispose();
  });

  it("caps the window at one second for long timeouts", () => {
    const first = sharedBudget(600_001);
    vi.advanceTimersByTime(1_001);
    const late = sharedBudget(600_001);
    expect(late.signal).not.toBe(first.signal);
    first.dispose();
    late.dispose();
  });

  it("never aborts before a member's own timeout, and at most one window after it", () => {
    const first = sharedBudget(10_005);
    vi.advanceTimersByTime(100);
    const last = sharedBudget(10_005);
    expect(last.signal).toBe(first.signal);
    // The last member's deadline is 10 105 ms after the first joined: nothing fires before.
    vi.advanceTimersByTime(10_004);
    expect(first.signal.aborted).toBe(false);
    expect(first.reason).toBeNull();
    // The window is 100.05 ms: the timer fires by 10 005 + 100.05 ms after the first joined.
    vi.advanceTimersByTime(2);
    expect(first.signal.aborted).toBe(true);
    expect(first.reason).toBeInstanceOf(TimeoutError);
    expect(first.reason!.message).toBe("request timed out after 10005 ms");
  });

  it("gives each member its own error object", () => {
    const a = sharedBudget(10_006);
    const b = sharedBudget(10_006);
    vi.advanceTimersByTime(10_200);
    expect(a.reason).toBeInstanceOf(TimeoutError);
    expect(b.reason).toBeInstanceOf(TimeoutError);
    expect(a.reason).not.toBe(b.reason);
    expect(a.reason).toBe(a.reason);
  });

  it("counts each member's budget from its own start", () => {
    const a = sharedBudget(10_007);
    vi.advanceTimersByTime(50);
    const b = sharedBudget(10_007);
    expect(a.remaining()).toBe(10_007 - 50);
    expect(b.remaining()).toBe(10_007);
    a.dispose();
    b.dispose();
  });

  it("stops its timer once every member is done and it takes no more", () => {
    const a = sharedBudget(10_008);
    const b = sharedBudget(10_008);
    a.dispose();
    a.dispose(); // idempotent: must not count b out
    vi.advanceTimersByTime(200); // the window has closed; b is still running
    expect(vi.getTimerCount()).toBe(1);
    b.dispose();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(20_000);
    expect(b.signal.aborted).toBe(false);
  });

  it("stops the timer of a replaced cohort whose members are done", () => {
    const a = sharedBudget(10_009);
    a.dispose();
    expect(vi.getTimerCount()).toBe(1); // still open for members within its window
    const other = sharedBudget(10_010); // replaces it as the open cohort
    expect(vi.getTimerCount()).toBe(1);
    other.dispose();
    vi.advanceTimersByTime(20_000);
    expect(a.signal.aborted).toBe(false);
  });

  it("sets no timer for an unlimited budget, or one no timer can hold", () => {
    for (const timeout of [Number.POSITIVE_INFINITY, 2 ** 31]) {
      const budget = sharedBudget(timeout);
      expect(vi.getTimerCount()).toBe(0);
      expect(budget.remaining()).toBeGreaterThan(2 ** 30);
      budget.dispose();
    }
  });
});
