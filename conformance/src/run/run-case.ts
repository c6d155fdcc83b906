/**
 * Runs one case: its steps in order, each step's answer available to later steps by the
 * step's name, polls repeated until their condition holds, every answer checked. A step
 * after a failed one is skipped unless it is a clean-up (`always`).
 */
import { isDeepStrictEqual } from "node:util";
import { areaOf, type CaseStep, type ConformanceCase } from "../cases/case-types.ts";
import { fail, type CheckResult } from "../checks/check-result.ts";
import { send, type Exchange } from "../http/exchange.ts";
import { getPointer } from "../json-pointer.ts";
import type { CaseResult } from "../report/result-types.ts";
import { answerOf, recordExchange } from "./exchange-record.ts";
import { buildRequest, type PreparedRequest } from "./build-request.ts";
import { evaluateStep } from "./evaluate-step.ts";
import type { RequestBudget } from "./request-budget.ts";
import { caseDeadlineMs, targetBase, type RunContext } from "./run-context.ts";
import type { RssSampler } from "./rss-sampler.ts";
import { fill, TemplateError, type TemplateScope } from "./templates.ts";
import { platformRowFor, toPlatformRequest } from "../platforms/platform-request.ts";

/** The step's request, re-sent on the platform's wire under `--platform`. */
async function prepare(step: CaseStep, scope: TemplateScope, ctx: RunContext, hashBody: boolean, timeoutMs: number): Promise<PreparedRequest> {
  const prepared = buildRequest(step, scope, ctx, hashBody, timeoutMs);
  if (!ctx.platform) return prepared;
  return { ...prepared, outgoing: await toPlatformRequest(prepared.outgoing, prepared.operationId, ctx.platform, targetBase(ctx)) };
}

/** A fault merged into one step of a case (self-tests prove each fault is detected). */
export interface FaultOverride {
  /** The step's name or index. @default 0 */
  readonly step?: string | number;
  readonly fault: Readonly<Record<string, unknown>>;
}

export interface CaseRunOptions {
  readonly budget: RequestBudget;
  readonly rss: RssSampler;
  readonly faultOverride?: FaultOverride;
  /** Sees every exchange as it ends (the runner watches for a target that stopped answering). */
  readonly onExchange?: (exchange: Exchange) => void;
}

/** A clean-up step still runs after the case's deadline, for at most this long. */
const cleanupGraceMs = 5_000;

/**
 * Pass-through facts hold when the reference server answers behind the target; not when a
 * gateway with its own keys answers an auth failure itself (that answer never came from us).
 */
function passThroughApplies(ctx: RunContext, step: CaseStep): boolean {
  if (!ctx.capabilities.has("reference")) return false;
  const auth = step.request.auth ?? "api-key";
  return !(ctx.gatewayAuth && auth !== "api-key" && auth !== "bearer");
}

function stepName(step: CaseStep, i: number): string {
  return step.name ?? `#${i}`;
}

function withFault(step: CaseStep, override: FaultOverride | undefined, index: number): CaseStep {
  if (!override) return step;
  const target = override.step ?? 0;
  if (target !== index && target !== step.name) return step;
  return { ...step, request: { ...step.request, fault: { ...(step.request.fault ?? {}), ...override.fault } } };
}

function pollDone(exchange: Exchange, until: Readonly<Record<string, unknown>>): boolean {
  const body = answerOf(exchange).body;
  return Object.entries(until).every(([pointer, value]) => isDeepStrictEqual(getPointer(body, pointer), value));
}

export async function runCase(c: ConformanceCase, ctx: RunContext, options: CaseRunOptions): Promise<CaseResult> {
  const started = performance.now();
  const base = { id: c.id, area: areaOf(c.id), tier: c.tier, description: c.description, fact: c.fact };
  const missing = (c.requires ?? []).filter((cap) => !ctx.capabilities.has(cap));
  if (missing.length > 0) {
    const why = missing.includes("reference")
      ? "needs the claude-spec reference server behind the target (run without --target, or pass --upstream)"
      : "needs the upstream's record of what it received (pass --upstream)";
    return { ...base, status: "skip", reason: why, checks: [], exchanges: [], durationMs: 0, requests: 0 };
  }

  const rss = options.rss.open();
  const scope: { vars: Record<string, unknown> } = { vars: { model: ctx.model, target: targetBase(ctx), upstream: (ctx.upstreamUrl ?? targetBase(ctx)).replace(/\/+$/, ""), run: ctx.runId } };
  const checks: CheckResult[] = [];
  const exchanges: { exchange: Exchange; step: string }[] = [];
  let failed = false;
  let requests = 0;
  let budgetSpent = false;
  const boundMs = caseDeadlineMs(c.steps, ctx);
  const deadline = started + boundMs;
  const remaining = () => deadline - performance.now();
  const notRun: string[] = [];

  for (const [i, original] of c.steps.entries()) {
    const name = stepName(original, i);
    if (failed && !original.always) continue;
    if (budgetSpent) break;
    const step = withFault(original, options.faultOverride, i);
    // Past the deadline only clean-ups run, briefly; every step's wait ends by the deadline.
    if (remaining() <= 0 && !original.always) {
      notRun.push(name);
      continue;
    }
    const timeoutMs = Math.max(1, Math.min(step.timeoutMs ?? ctx.timeoutMs, remaining() > 0 ? remaining() : cleanupGraceMs));
    let prepared: PreparedRequest;
    try {
      prepared = await prepare(step, scope as TemplateScope, ctx, Boolean(step.expect?.forwarded), timeoutMs);
    } catch (error) {
      // A clean-up whose subject was never created (the upload failed) has nothing to do.
      if (original.always && error instanceof TemplateError) continue;
      const message = error instanceof TemplateError ? `${error.message} (an earlier step's answer lacks it)` : (error as Error).message;
      checks.push({ ...fail("request", "the step's request can be built", { message }), step: name });
      failed = true;
      continue;
    }
    let exchange: Exchange | undefined;
    const attempts = step.poll?.attempts ?? 1;
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (!options.budget.take()) {
        budgetSpent = true;
        break;
      }
      requests++;
      if (attempt > 0) prepared = await prepare(step, scope as TemplateScope, ctx, Boolean(step.expect?.forwarded), Math.max(1, Math.min(timeoutMs, remaining())));
      exchange = await send({ ...prepared.outgoing, maxEvents: ctx.maxEvents });
      options.onExchange?.(exchange);
      if (!step.poll || exchange.error || pollDone(exchange, step.poll.until)) break;
      if (remaining() <= 0) break;
      if (attempt + 1 < attempts) await new Promise((r) => setTimeout(r, Math.min(step.poll!.intervalMs, remaining())));
    }
    if (!exchange) break;
    exchanges.push({ exchange, step: name });
    if (step.poll && !exchange.error && !pollDone(exchange, step.poll.until)) {
      checks.push({ ...fail("poll", "the resource reaches the awaited state", { expected: JSON.stringify(step.poll.until), message: `not reached after ${attempts} attempts ${step.poll.intervalMs} ms apart` }), step: name });
    }
    let upstreamEntry = undefined;
    let sentExtra = undefined;
    if (step.expect?.forwarded && ctx.upstream) {
      const sentUrl = new URL(exchange.request.url);
      // A platform's paths are its own, so the upstream records them whole (e.g. /bedrock/model/…/invoke).
      const path = ctx.platform ? sentUrl.pathname : sentUrl.pathname.slice(ctx.target.pathname.replace(/\/+$/, "").length) || "/";
      const h = exchange.request.headers;
      const secret = h["x-api-key"] ?? h.authorization?.replace(/^\S+\s+/, "");
      sentExtra = { path, search: sentUrl.search, keyFingerprint: secret ? ctx.upstream.fingerprint(secret) : null, gatewayAuth: ctx.gatewayAuth ?? false };
      upstreamEntry =
        (await ctx.upstream.find({
          marker: prepared.marker,
          requestId: exchange.response?.headers["request-id"] ?? null,
          method: exchange.request.method,
          path,
          sha256: exchange.request.sha256,
          since: exchange.startedAt,
        })) ?? null;
    }
    let filled: CaseStep = step;
    try {
      filled = step.expect ? { ...step, expect: fill(step.expect, scope as TemplateScope) } : step;
    } catch (error) {
      checks.push({ ...fail("expect", "the step's expectations can be filled", { message: (error as Error).message }), step: name });
      failed = true;
      continue;
    }
    const platform = ctx.platform
      ? { name: ctx.platform.name, schemaless: Boolean(platformRowFor(ctx.platform, prepared.operationId, false)?.body.envelope) }
      : undefined;
    const stepChecks = evaluateStep({ exchange, operationId: prepared.operationId, step: filled, fact: c.fact, targetOrigin: ctx.target.origin, upstreamEntry, sentExtra, passThrough: passThroughApplies(ctx, step), platform });
    for (const check of stepChecks) check.step = name;
    checks.push(...stepChecks);
    if (stepChecks.some((ch) => ch.status === "fail")) failed = true;
    if (step.name) scope.vars[step.name] = answerOf(exchange);
  }

  const durationMs = Math.round(performance.now() - started);
  if (durationMs >= boundMs) {
    const rest = notRun.length ? `; steps not run: ${notRun.join(", ")}` : "";
    // First, so the case's one-line reason says that it was cut.
    checks.unshift(fail("case-deadline", "the case completes within its time bound", { message: `case stopped after ${(durationMs / 1000).toFixed(1)} s (bound ${boundMs} ms, --case-timeout)${rest}` }));
  }
  const peakRssBytes = rss.close();
  if (budgetSpent && !failed) {
    return { ...base, status: "skip", reason: `cost guard: --max-requests ${options.budget.max} reached`, checks, exchanges: [], durationMs, requests, peakRssBytes };
  }
  const firstFailure = checks.find((ch) => ch.status === "fail");
  return {
    ...base,
    status: firstFailure ? "fail" : "pass",
    ...(firstFailure ? { reason: `${firstFailure.name}: ${firstFailure.message ?? `expected ${firstFailure.expected}, received ${firstFailure.received}`}`.split("\n")[0]! } : {}),
    checks,
    exchanges: firstFailure ? exchanges.map(({ exchange, step }) => recordExchange(exchange, step, ctx.apiKey)) : [],
    durationMs,
    requests,
    peakRssBytes,
  };
}
