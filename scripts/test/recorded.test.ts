/**
 * Every interaction in spec/recorded/ against the spec. In-scope recordings must all
 * pass; out-of-scope ones are counted as skipped, with their reason.
 */
import { describe, expect, it } from "vitest";
import { formatViolation, type Violation } from "@claude-spec/contract";
import { checkInteraction } from "../lib/check-interaction.ts";
import { normaliseRecording, outOfScopePaths } from "../lib/fixture.ts";
import { listRecordings } from "../lib/recordings.ts";

/** Recordings left out for a reason other than scope; each entry says why. Empty on purpose. */
const excluded: Record<string, string> = {};

const recordings = listRecordings();

describe("the spec accepts the recorded traffic", () => {
  type Result = { file: string; skipped: string } | { file: string; violations: Violation[]; checked: number };
  const results: Result[] = recordings.map(({ file, raw }): Result => {
    const reason = excluded[file];
    if (reason) return { file, skipped: reason };
    const n = normaliseRecording(raw, file);
    if ("skipped" in n) return { file, skipped: n.skipped };
    return { file, ...checkInteraction(n.fixture) };
  });

  it.each(results.filter((r) => !("skipped" in r)).map((r) => [r.file, r] as const))("%s", (_file, r) => {
    const messages = ("violations" in r ? r.violations : []).map(formatViolation);
    expect(messages, `${r.file}\n  ${messages.join("\n  ")}`).toEqual([]);
  });

  it("prints the tally", () => {
    const validated = results.filter((r) => !("skipped" in r));
    const failed = validated.filter((r) => "violations" in r && r.violations.length > 0);
    const skipped = results.filter((r) => "skipped" in r);
    console.log(`recorded traffic: ${validated.length} validated, ${failed.length} failed, ${skipped.length} skipped`);
    for (const s of skipped) if ("skipped" in s) console.log(`  skipped ${s.file}: ${s.skipped}`);
    expect(validated.length).toBeGreaterThan(0);
    // A recording may be skipped only for a reason this file or the scope table states.
    const allowed = new Set([...Object.values(outOfScopePaths), ...Object.values(excluded)]);
    expect(skipped.filter((s) => "skipped" in s && !allowed.has(s.skipped)).map((s) => s.file)).toEqual([]);
  });
});
