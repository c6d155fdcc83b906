/**
 * `--only`, `--skip` and `--tier`: patterns match a case id or its area, `*` matching any
 * run of characters (`streaming/*`, `*-413`, `batches`).
 */
import { areaOf, type ConformanceCase, type Tier } from "./case-types.ts";

export interface Selection {
  readonly only?: readonly string[];
  readonly skip?: readonly string[];
  readonly tiers?: readonly Tier[];
}

function matcher(pattern: string): (id: string) => boolean {
  const re = new RegExp(`^${pattern.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
  return (id) => re.test(id) || re.test(areaOf(id));
}

/**
 * The `--only` patterns that match no case: a typo in CI must not become a green run
 * of fewer cases (or of none).
 */
export function unmatchedPatterns(cases: readonly ConformanceCase[], only: readonly string[] | undefined): string[] {
  return (only ?? []).filter((p) => {
    const m = matcher(p);
    return !cases.some((c) => m(c.id));
  });
}

export function selectCases<T extends ConformanceCase>(cases: readonly T[], s: Selection): T[] {
  const only = (s.only ?? []).map(matcher);
  const skip = (s.skip ?? []).map(matcher);
  return cases.filter(
    (c) =>
      (only.length === 0 || only.some((m) => m(c.id))) &&
      !skip.some((m) => m(c.id)) &&
      (!s.tiers || s.tiers.length === 0 || s.tiers.includes(c.tier)),
  );
}
