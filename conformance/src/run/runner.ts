/**
 * A whole run: pick the cases, bring up the target (the embedded reference server, or a
 * given URL with an optional recording upstream), check it answers like the Claude API,
 * run the light cases a few at a time and the bulk ones alone, and build the report.
 */
import { randomBytes } from "node:crypto";
import { shippedFixturesDir } from "../package-root.ts";
import type { ConformanceCase, Tier } from "../cases/case-types.ts";
import { casesDir } from "../cases/case-schema.ts";
import { loadCases } from "../cases/load-cases.ts";
import { selectCases, unmatchedPatterns } from "../cases/select-cases.ts";
import { loadFixtureCases } from "../fixtures/fixture-cases.ts";
import { boundResult } from "../report/bound-result.ts";
import { Redactor } from "../report/redact.ts";
import type { CaseResult, RunReport, RunSummary, TierSummary } from "../report/result-types.ts";
import { bringUp } from "../target/bring-up.ts";
import { planCases, type PlannedRequest } from "./plan.ts";
import { preflight } from "./preflight.ts";
import { RequestBudget } from "./request-budget.ts";
import { RssSampler } from "./rss-sampler.ts";
import { SetupError } from "./setup-error.ts";
import { runCase, type FaultOverride } from "./run-case.ts";
import type { PlatformName } from "@claude-spec/contract";
import { adaptCase } from "../platforms/platform-cases.ts";
import { settingsSecrets } from "../platforms/platform-settings.ts";
import type { RunContext } from "./run-context.ts";
import { StallWatch } from "./stall-watch.ts";

export const toolVersion = "0.1.0";
export const defaultModel = "claude-sonnet-4-5";
export const defaultFixturesDir = shippedFixturesDir;

export interface RunOptions {
  /** The URL to check; without it the embedded reference server is started and checked. */
  readonly target?: string;
  readonly apiKey?: string;
  /** The reference server behind the target (it is started there unless `upstreamRecord` is given). */
  readonly upstream?: string;
  /** The record file of an upstream reference server started by the user. */
  readonly upstreamRecord?: string;
  /** That server's `--record-salt`, so its credential fingerprints can be compared with the key. */
  readonly upstreamRecordSalt?: string;
  readonly only?: readonly string[];
  readonly skip?: readonly string[];
  readonly tiers?: readonly Tier[];
  /** @default "claude-sonnet-4-5" */
  readonly model?: string;
  /** The cost guard. @default unlimited against the reference server, 300 otherwise */
  readonly maxRequests?: number;
  /** Run bulk (large-body) cases against a target without the reference server behind it. @default false */
  readonly allowBulk?: boolean;
  /** Cases run at once (bulk cases always run alone). @default 6 against the reference server, 2 otherwise */
  readonly concurrency?: number;
  /** Per-request timeout in ms. @default 30000 */
  readonly timeoutMs?: number;
  /** Time bound per case in ms (cases declaring longer step timeouts get their sum). @default 120000, or `timeoutMs` if longer */
  readonly caseTimeoutMs?: number;
  /** Server-sent events kept per response; a stream past it is stopped and fails. @default 10000 */
  readonly maxEvents?: number;
  /** Cases in a row that get no complete answer before the run stops as hung. @default 3 */
  readonly maxHungCases?: number;
  /** @default the package's cases/ */
  readonly casesDir?: string;
  /** Recorded fixtures to replay; false for none. @default conformance/fixtures */
  readonly fixturesDir?: string | false;
  /** Headers sent with every request (`--header`): a gateway's routing headers or its own key header. */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * The target authenticates its own users and sends its own key upstream (`--gateway-auth`):
   * the auth cases check a wrong client key is refused in the Claude envelope and the
   * client's key never reaches the upstream. @default false
   */
  readonly gatewayAuth?: boolean;
  /** Fail the run when any selected required case was skipped (CI that must run everything). @default false */
  readonly requireAll?: boolean;
  /**
   * Run on a cloud platform's wire: the target serves Bedrock, Vertex or Foundry paths (the
   * embedded reference server under its /bedrock, /vertex, /foundry mount). Cases the
   * platform does differently by design are skipped with the reason.
   */
  readonly platform?: PlatformName;
  /** Self-tests: a fault merged into a case's request, by case id. */
  readonly faultOverrides?: Readonly<Record<string, FaultOverride>>;
}

export interface RunListener {
  onStart?(info: { target: string; total: number; capabilities: readonly string[] }): void;
  onCaseStart?(c: ConformanceCase): void;
  onCaseDone?(result: CaseResult, done: number, total: number): void;
  /** The run stopped early (the target stopped answering); the rest of the cases are skipped. */
  onStop?(reason: string): void;
}

export async function selectedCases(options: RunOptions): Promise<ConformanceCase[]> {
  const cases: ConformanceCase[] = await loadCases(options.casesDir ?? casesDir);
  const fixturesDir = options.fixturesDir === undefined ? defaultFixturesDir : options.fixturesDir;
  if (fixturesDir) cases.push(...(await loadFixtureCases(fixturesDir)));
  const unmatched = unmatchedPatterns(cases, options.only);
  if (unmatched.length) throw new SetupError(`--only ${unmatched.map((p) => JSON.stringify(p)).join(", ")} matches no case (ids look like streaming/grammar; areas like streaming)`);
  const picked = selectCases(cases, { only: options.only, skip: options.skip, tiers: options.tiers });
  if (picked.length === 0) throw new SetupError("the selection (--only, --skip, --tier) leaves no case to run");
  return picked;
}

export async function dryRun(options: RunOptions): Promise<PlannedRequest[]> {
  const base = (options.target ?? "http://127.0.0.1:PORT").replace(/\/+$/, "");
  const reference = !options.target || Boolean(options.upstream);
  const capabilities = new Set<string>(reference ? ["reference", "upstream-record"] : []);
  return planCases(await selectedCases(options), { base, capabilities, bulk: reference || Boolean(options.allowBulk) });
}

/**
 * Values of `--header`s whose names say they carry a credential, whole and without their
 * scheme (`Bearer …`): scrubbed from every report like the key.
 */
function secretHeaderValues(headers: Readonly<Record<string, string>> | undefined): string[] {
  const secret = Object.entries(headers ?? {}).filter(([name]) => /(^|-)(key|token|secret|password|auth|authorization|session|cookie)(-|$)/i.test(name));
  return secret.flatMap(([, value]) => [value, value.replace(/^\S+\s+(?=\S)/, "")]);
}

function tally(results: readonly CaseResult[]): TierSummary {
  return {
    pass: results.filter((r) => r.status === "pass").length,
    fail: results.filter((r) => r.status === "fail").length,
    skip: results.filter((r) => r.status === "skip").length,
  };
}

/** Why required cases were skipped, with how many each reason skipped. */
function skipReasons(results: readonly CaseResult[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of results) if (r.tier === "required" && r.status === "skip") out[r.reason ?? "skipped"] = (out[r.reason ?? "skipped"] ?? 0) + 1;
  return out;
}

export function summarize(results: readonly CaseResult[], requests: number, durationMs: number, peakRssBytes: number, requireAll = false): RunSummary {
  const tiers: Tier[] = ["required", "recommended", "optional"];
  const areas = [...new Set(results.map((r) => r.area))].sort();
  const all = tally(results);
  return {
    total: results.length,
    ...all,
    byTier: Object.fromEntries(tiers.map((t) => [t, tally(results.filter((r) => r.tier === t))])) as Record<Tier, TierSummary>,
    byArea: Object.fromEntries(areas.map((a) => [a, tally(results.filter((r) => r.area === a))])),
    ok: !results.some((r) => r.tier === "required" && (r.status === "fail" || (requireAll && r.status === "skip"))),
    requireAll,
    requiredSkipReasons: skipReasons(results),
    requests,
    durationMs,
    peakRssBytes,
  };
}

async function pool<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>, halted: () => boolean = () => false): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(width, items.length)) }, async () => {
    while (next < items.length && !halted()) await work(items[next++]!);
  });
  await Promise.all(lanes);
}

function notRun(c: ConformanceCase, why: string): CaseResult {
  return { id: c.id, area: c.id.split("/")[0]!, tier: c.tier, description: c.description, fact: c.fact, status: "skip", reason: `not run: ${why}`, checks: [], exchanges: [], durationMs: 0, requests: 0 };
}

export async function runConformance(options: RunOptions = {}, listener: RunListener = {}): Promise<RunReport> {
  const cases = await selectedCases(options);
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const target = await bringUp(options);
  const reference = target.capabilities.has("reference");
  let ctx: RunContext = {
    target: target.url,
    apiKey: target.apiKey,
    model: target.platform?.model ?? options.model ?? defaultModel,
    ...(target.platform ? { platform: target.platform } : {}),
    runId: randomBytes(6).toString("hex"),
    capabilities: target.capabilities,
    upstream: target.upstream,
    upstreamUrl: target.upstreamUrl,
    timeoutMs: options.timeoutMs ?? 30_000,
    earlyAnswerWaitMs: 150,
    extraHeaders: options.headers ?? {},
    gatewayAuth: options.gatewayAuth ?? false,
    ...(options.caseTimeoutMs !== undefined ? { caseTimeoutMs: options.caseTimeoutMs } : {}),
    ...(options.maxEvents !== undefined ? { maxEvents: options.maxEvents } : {}),
  };
  const redactor = new Redactor([target.apiKey, options.apiKey, ...secretHeaderValues(options.headers), ...(target.platform ? settingsSecrets(target.platform) : [])].filter(Boolean) as string[]);
  const rss = new RssSampler();
  const budget = new RequestBudget(options.maxRequests ?? (reference ? Infinity : 300));
  const results = new Map<string, CaseResult>();
  const stalls = new StallWatch(options.maxHungCases ?? 3, ctx.timeoutMs);
  try {
    // A setup error quotes what the target said, which may echo the key.
    const rtt = await preflight(ctx).catch((error: unknown) => {
      throw error instanceof SetupError ? new SetupError(redactor.text(error.message)) : error;
    });
    budget.take();
    ctx = { ...ctx, earlyAnswerWaitMs: Math.round(Math.min(2000, Math.max(150, rtt * 3))) };
    listener.onStart?.({ target: redactor.text(ctx.target.href), total: cases.length, capabilities: [...ctx.capabilities] });
    rss.start();
    let done = 0;
    const runOne = async (original: ConformanceCase) => {
      listener.onCaseStart?.(original);
      let result: CaseResult;
      const adapted = ctx.platform ? adaptCase(original, ctx.platform) : { case: original };
      const c = "case" in adapted ? adapted.case : original;
      if ("skip" in adapted) {
        result = { id: c.id, area: c.id.split("/")[0]!, tier: c.tier, description: c.description, fact: c.fact, status: "skip", reason: `--platform ${ctx.platform!.name}: ${adapted.skip}`, checks: [], exchanges: [], durationMs: 0, requests: 0 };
      } else if ((c.cost ?? "tokens") === "bulk" && !reference && !options.allowBulk) {
        result = { id: c.id, area: c.id.split("/")[0]!, tier: c.tier, description: c.description, fact: c.fact, status: "skip", reason: "bulk body against a paid target; pass --allow-bulk", checks: [], exchanges: [], durationMs: 0, requests: 0 };
      } else {
        const watch = stalls.forCase();
        result = await runCase(c, ctx, { budget, rss, faultOverride: options.faultOverrides?.[c.id], onExchange: watch.see });
        if (watch.end() && stalls.reason) listener.onStop?.(redactor.text(stalls.reason));
      }
      result = redactor.deep(boundResult(result));
      results.set(c.id, result);
      listener.onCaseDone?.(result, ++done, cases.length);
    };
    const light = cases.filter((c) => (c.cost ?? "tokens") !== "bulk");
    const bulk = cases.filter((c) => (c.cost ?? "tokens") === "bulk");
    const halted = () => stalls.reason !== null;
    await pool(light, options.concurrency ?? (reference ? 6 : 2), runOne, halted);
    await pool(bulk, 1, runOne, halted);
  } catch (error) {
    // Whatever ends the run is printed: no key in it.
    if (error instanceof Error) {
      error.message = redactor.text(error.message);
      if (error.stack) error.stack = redactor.text(error.stack);
    }
    throw error;
  } finally {
    rss.stop();
    await target.close();
  }
  const stopped = stalls.reason === null ? null : redactor.text(stalls.reason);
  const ordered = cases.map((c) => results.get(c.id) ?? notRun(c, stopped ?? "not run"));
  const summary = summarize(ordered, budget.spent, Math.round(performance.now() - started), rss.peak, options.requireAll);
  return {
    tool: { name: "@claude-spec/conformance", version: toolVersion },
    target: redactor.text(ctx.target.href),
    upstream: target.upstreamUrl,
    capabilities: [...ctx.capabilities],
    startedAt,
    // A run that stopped early did not check what it skipped: it cannot pass.
    summary: stopped ? { ...summary, ok: false } : summary,
    ...(stopped ? { stopped } : {}),
    cases: ordered,
  };
}
