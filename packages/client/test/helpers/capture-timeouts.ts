/**
 * Captures the delays the client schedules instead of waiting them out (ky's approach):
 * every `setTimeout` shorter than `threshold` is recorded and run at once. Longer ones (a
 * request's total budget, the idle watchdog) are left alone.
 */
export function captureTimeouts(threshold = 100_000) {
  const real = globalThis.setTimeout;
  const delays: number[] = [];
  globalThis.setTimeout = ((fn: () => void, ms = 0, ...args: unknown[]) => {
    if (ms >= threshold) return real(fn, ms, ...args);
    delays.push(ms);
    return real(fn, 0, ...args);
  }) as typeof setTimeout;
  return {
    delays,
    restore: () => {
      globalThis.setTimeout = real;
    },
  };
}
