/** What every case of one run shares: the target, the key, the model and what the target can do. */
import type { Capability } from "../cases/case-types.ts";
import type { UpstreamRecord } from "../target/upstream-record.ts";
import type { PlatformSettings } from "../platforms/platform-settings.ts";

export interface RunContext {
  /** The target's base URL; a path prefix (`/anthropic`) is kept in front of every API path. */
  readonly target: URL;
  readonly apiKey: string;
  readonly model: string;
  /** A nonce unique to this run (multipart boundaries, unique prompts). */
  readonly runId: string;
  readonly capabilities: ReadonlySet<Capability>;
  /** The upstream's record of what it received, when the target fronts a recording reference server. */
  readonly upstream: UpstreamRecord | null;
  /** The reference server's own address behind the target (cases that go past the gateway: `{{upstream}}`). */
  readonly upstreamUrl?: string | null;
  /** Headers sent with every request (`--header`), lower-case names. */
  readonly extraHeaders?: Readonly<Record<string, string>>;
  /** The target authenticates its own users and injects its own upstream key (`--gateway-auth`). */
  readonly gatewayAuth?: boolean;
  /** Default per-step timeout. */
  readonly timeoutMs: number;
  /** How long large bodies wait after their headers for an early refusal (see OutgoingRequest). */
  readonly earlyAnswerWaitMs: number;
  /** `--platform`: every request goes out on that platform's wire (platforms/). */
  readonly platform?: PlatformSettings;
  /** Time bound per case (see `caseDeadlineMs`); optional so older callers keep the default. */
  readonly caseTimeoutMs?: number;
  /** Server-sent events kept per response before the stream is stopped. */
  readonly maxEvents?: number;
}

/** The default time bound per case, `--case-timeout`. */
export const defaultCaseTimeoutMs = 120_000;

/**
 * How long one case may run: `--case-timeout` (by default 120 s, or `--timeout` if that is
 * longer), or, for a case whose steps declare longer timeouts (bulk bodies sent to a slow
 * gateway), the sum of those, so a bound never cuts a step short of the time the case
 * itself allows it.
 */
export function caseDeadlineMs(steps: readonly { readonly timeoutMs?: number }[], ctx: RunContext): number {
  const bound = ctx.caseTimeoutMs ?? Math.max(defaultCaseTimeoutMs, ctx.timeoutMs);
  const declared = steps.reduce((sum, step) => sum + (step.timeoutMs ?? 0), 0);
  return Math.max(bound, declared);
}

/** Bodies from this size on wait for an early answer before they are sent. */
export const earlyAnswerFromBytes = 1024 * 1024;

/** The key sent by cases that check a wrong key is refused; deliberately not key-shaped. */
export const wrongKey = "conformance-invalid-key-000000";

export function targetBase(ctx: RunContext): string {
  return ctx.target.href.replace(/\/+$/, "");
}
