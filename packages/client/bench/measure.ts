/** Timing helpers: interleaved rounds and medians of same-round ratios (noise cancels out). */
export type Variant = () => Promise<unknown>;

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export async function timeSequential(fn: Variant, count: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < count; i++) await fn();
  return performance.now() - start;
}

export async function timeConcurrent(fn: Variant, count: number, inFlight: number): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next++ < count) await fn();
    }),
  );
  return performance.now() - start;
}

export interface Row {
  readonly name: string;
  /** Median time per unit, ms. */
  readonly ms: number;
  /** Median of same-round ratios to the floor variant. */
  readonly ratio: number;
  /**
   * Median of same-round ratios of this process's CPU time (user + system) to the floor's.
   * The loopback server runs in a process of its own, so this is what the client side
   * costs, and it moves less with scheduling noise than wall time does.
   */
  readonly cpuRatio: number;
}

/**
 * Runs every variant once per round, in a rotating order, and reports per-variant medians
 * and the median of each round's ratio to `floor`.
 */
export async function compare(
  variants: Record<string, (round: number) => Promise<number>>,
  floor: string,
  rounds: number,
  warmup = 1,
): Promise<Row[]> {
  const names = Object.keys(variants);
  const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const cpu: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = -warmup; round < rounds; round++) {
    const order = names.map((_, i) => names[(i + Math.max(round, 0)) % names.length]!);
    for (const name of order) {
      const before = process.cpuUsage();
      const ms = await variants[name]!(round);
      const used = process.cpuUsage(before);
      if (round >= 0) {
        times[name]!.push(ms);
        cpu[name]!.push(used.user + used.system);
      }
    }
    (globalThis as { gc?: () => void }).gc?.();
  }
  const ratioTo = (series: Record<string, number[]>, name: string) => median(series[name]!.map((t, i) => t / series[floor]![i]!));
  return names.map((name) => ({ name, ms: median(times[name]!), ratio: ratioTo(times, name), cpuRatio: ratioTo(cpu, name) }));
}
