import { describe, expect, it } from "vitest";
import { TimeoutError, UserAbortError } from "../../src/index.ts";
import { RequestControl } from "../../src/timeout/request-control.ts";
import { budgetTimer, maxTimerDelay } from "../../src/timeout/budget-timer.ts";
import { sleep } from "../../src/timeout/sleep.ts";

describe("RequestControl", () => {
  it("aborts with a TimeoutError when the budget runs out", async () => {
    const control = new RequestControl(20);
    await new Promise((r) => control.signal.addEventListener("abort", r));
    expect(control.reason).toBeInstanceOf(TimeoutError);
  });

  it("aborts with a UserAbortError carrying the caller's reason", () => {
    const caller = new AbortController();
    const control = new RequestControl(10_000, caller.signal);
    caller.abort(new Error("changed my mind"));
    expect(control.reason).toBeInstanceOf(UserAbortError);
    expect(control.reason!.message).toContain("changed my mind");
    expect((control.reason as Error).cause).toBeInstanceOf(Error);
  });

  it("counts the budget down", () => {
    const control = new RequestControl(10_000);
    expect(control.remaining()).toBeGreaterThan(9_000);
    control.dispose();
  });

  it("lets go of the caller's signal when disposed", () => {
    const caller = new AbortController();
    const control = new RequestControl(10_000, caller.signal);
    control.dispose();
    caller.abort();
    expect(control.reason).toBeNull();
  });

  it("keeps a stream alive while chunks arrive, and aborts once it goes quiet", async () => {
    const control = new RequestControl(10_000);
    const touch = control.watchIdle(60);
    for (let i = 0; i < 4; i++) {
      await sleep(30);
      touch();
    }
    expect(control.reason).toBeNull();
    await sleep(120);
    expect(control.reason).toBeInstanceOf(TimeoutError);
    expect(control.reason!.message).toContain("stalled");
  });
});

describe("budgets too long for a timer", () => {
  // setTimeout overflows above 2^31-1 ms and fires at once: such a budget must not.
  it.each([2 ** 31, 30 * 24 * 3600 * 1000, Number.POSITIVE_INFINITY])("a %d ms budget does not fire at once", async (timeout) => {
    const control = new RequestControl(timeout);
    const touch = control.watchIdle(timeout);
    touch();
    await sleep(30);
    expect(control.reason).toBeNull();
    expect(control.remaining()).toBeGreaterThan(2 ** 30);
    control.dispose();
  });

  it("budgetTimer sets none past maxTimerDelay, and an unref'd one below", () => {
    expect(budgetTimer(() => {}, maxTimerDelay + 1)).toBeUndefined();
    const timer = budgetTimer(() => {}, maxTimerDelay);
    expect((timer as unknown as { hasRef(): boolean }).hasRef()).toBe(false);
    clearTimeout(timer);
  });
});

describe("sleep", () => {
  it("rejects with the signal's reason on abort", async () => {
    const controller = new AbortController();
    const waiting = sleep(10_000, controller.signal);
    controller.abort(new Error("stop"));
    await expect(waiting).rejects.toThrow("stop");
  });

  it("rejects at once for an aborted signal", async () => {
    await expect(sleep(10, AbortSignal.abort(new Error("already")))).rejects.toThrow("already");
  });
});
