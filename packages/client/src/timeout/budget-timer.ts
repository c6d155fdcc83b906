/**
 * Above this many milliseconds (about 24.8 days) `setTimeout` overflows and fires at once,
 * in Node and browsers alike, so a budget that long gets no timer: it is as good as none.
 */
export const maxTimerDelay = 2 ** 31 - 1;

export type BudgetTimer = ReturnType<typeof setTimeout> | undefined;

/**
 * A timer for a time budget: none for a budget no timer can hold (`Infinity` included, see
 * `maxTimerDelay`), and unref'd, because a pending budget must not keep a Node process alive.
 */
export function budgetTimer(run: () => void, ms: number): BudgetTimer {
  if (!(ms <= maxTimerDelay)) return undefined;
  const timer = setTimeout(run, ms);
  (timer as { unref?: () => void }).unref?.();
  return timer;
}
