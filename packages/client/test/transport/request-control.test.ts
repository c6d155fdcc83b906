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

describe("RequestControl without a signal handed out", () => {
  it("gives a signal already aborted with the reason when asked for one after the abort", () => {
    const control = new RequestControl(10_000);
    const reason = new TimeoutError("late");
    control.abort(reason);
    expect(control.signal.aborted).toBe(true);
    expect(control.signal.reason).toBe(reason);
  });

  it("keeps the first reason when aborted twice", () => {
    const control = new RequestControl(10_000);
    const signal = control.signal;
    const first = new TimeoutError("first");
    control.abort(first);
    control.abort(new TimeoutError("second"));
    expect(control.reason).toBe(first);
    expect(signal.reason).toBe(first);
  });

  it("runs the abort action once, and not after it was cleared", () => {
    const control = new RequestControl(10_000);
    const seen: Error[] = [];
    control.onAbort((reason) => seen.push(reason));
    const reason = new TimeoutError("now");
    control.abort(reason);
    control.abort(new TimeoutError("again"));
    expect(seen).toEqual([reason]);
    const cleared = new RequestControl(10_000);
    cleared.onAbort(() => seen.push(new Error("must not run")));
    cleared.onAbort(undefined);
    cleared.abort(reason);
    expect(seen).toHaveLength(1);
  });

  it("awaitResponse settles as the fetch does", async () => {
    const control = new RequestControl(10_000);
    const response = new Response("ok");
    await expect(control.awaitResponse(Promise.resolve(response))).resolves.toBe(response);
    const broken = new TypeError("fetch failed");
    await expect(control.awaitResponse(Promise.reject(broken))).rejects.toBe(broken);
    control.dispose();
  });

  it("awaitResponse rejects the moment the request is aborted, and cancels a response that comes later", async () => {
    const control = new RequestControl(10_000);
    let answer!: (response: Response) => void;
    const waiting = control.awaitResponse(new Promise<Response>((resolve) => (answer = resolve)));
    const reason = new TimeoutError("budget");
    control.abort(reason);
    await expect(waiting).rejects.toBe(reason);
    let cancelled = false;
    answer(new Response(new ReadableStream({ cancel: () => void (cancelled = true) })));
    await sleep(10);
    expect(cancelled).toBe(true);
  });

  it("awaitResponse on an already aborted request rejects at once", async () => {
    const control = new RequestControl(10_000);
    const reason = new TimeoutError("gone");
    control.abort(reason);
    await expect(control.awaitResponse(new Promise<Response>(() => {}))).rejects.toBe(reason);
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
