/** What one check concluded, with the fact it checks and what it expected and saw. */

export type CheckStatus = "pass" | "fail" | "skip";

export interface CheckResult {
  /** A stable name: `status`, `envelope`, `sse.grammar`, `header.request-id`, `forwarded.anthropic-beta`... */
  readonly name: string;
  readonly status: CheckStatus;
  /** The contract fact the check holds the target to. */
  readonly fact: string;
  readonly expected?: string;
  readonly received?: string;
  /** Why it failed or was skipped. */
  readonly message?: string;
  /** The step it belongs to (its name, or `#n`). */
  step?: string;
  /**
   * `contract`: holds for any implementation (the default); `pass-through`: holds only when
   * the claude-spec reference server is the upstream, so a proxy must pass it through.
   */
  basis?: "contract" | "pass-through";
}

export const pass = (name: string, fact: string, extra: Partial<CheckResult> = {}): CheckResult => ({ name, status: "pass", fact, ...extra });
export const fail = (name: string, fact: string, extra: Partial<CheckResult> = {}): CheckResult => ({ name, status: "fail", fact, ...extra });
export const skip = (name: string, fact: string, message: string): CheckResult => ({ name, status: "skip", fact, message });

/** A short, printable rendering of any value for expected/received fields. */
export function show(value: unknown, max = 300): string {
  const text = typeof value === "string" ? JSON.stringify(value) : value === undefined ? "(absent)" : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
