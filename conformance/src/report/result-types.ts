/** The report's data: what a run found, case by case, ready for every reporter. */
import type { CheckResult } from "../checks/check-result.ts";
import type { Fact, Tier } from "../cases/case-types.ts";

export type CaseStatus = "pass" | "fail" | "skip";

export interface ExchangeRecord {
  readonly step: string;
  readonly request: {
    readonly method: string;
    readonly url: string;
    /** Credentials masked. */
    readonly headers: Readonly<Record<string, string>>;
    /** The body as text when small; otherwise null and `bodySummary` says what it was. */
    readonly body: string | null;
    readonly bodySize: number;
    readonly bodySummary: string;
    readonly sentBytes: number;
  };
  readonly response: {
    readonly status: number;
    readonly statusText: string;
    readonly httpVersion: string;
    readonly headers: Readonly<Record<string, string>>;
    /** The first bytes of the decoded body. */
    readonly body: string;
    readonly bodySize: number;
    readonly truncated: boolean;
    readonly headersAtMs: number;
    readonly endAtMs: number | null;
  } | null;
  readonly error: string | null;
  readonly durationMs: number;
  /** Sends the same request again; the key comes from $ANTHROPIC_API_KEY. */
  readonly curl: string;
}

export interface CaseResult {
  readonly id: string;
  readonly area: string;
  readonly tier: Tier;
  readonly description: string;
  readonly fact: Fact;
  readonly status: CaseStatus;
  /** Why a case was skipped, or its first failure in one line. */
  readonly reason?: string;
  readonly checks: readonly CheckResult[];
  /** Every exchange of a failed case; none for passing ones. */
  readonly exchanges: readonly ExchangeRecord[];
  readonly durationMs: number;
  readonly requests: number;
  /** The runner's largest RSS while this case ran (cases that run alone: the bulk ones). */
  readonly peakRssBytes?: number;
}

export interface TierSummary {
  readonly pass: number;
  readonly fail: number;
  readonly skip: number;
}

export interface RunSummary {
  readonly total: number;
  readonly pass: number;
  readonly fail: number;
  readonly skip: number;
  readonly byTier: Readonly<Record<Tier, TierSummary>>;
  readonly byArea: Readonly<Record<string, TierSummary>>;
  /** True when no required case failed (and, with `requireAll`, none was skipped): the CI gate. */
  readonly ok: boolean;
  /** `--require-all`: a skipped required case fails the run. */
  readonly requireAll: boolean;
  /** Why required cases were skipped → how many; the verdict says so instead of claiming them. */
  readonly requiredSkipReasons: Readonly<Record<string, number>>;
  readonly requests: number;
  readonly durationMs: number;
  readonly peakRssBytes: number;
}

export interface RunReport {
  readonly tool: { readonly name: string; readonly version: string };
  readonly target: string;
  readonly upstream: string | null;
  readonly capabilities: readonly string[];
  readonly startedAt: string;
  readonly summary: RunSummary;
  /** Why the run stopped before its last case (the target stopped answering), if it did. */
  readonly stopped?: string;
  readonly cases: readonly CaseResult[];
}
