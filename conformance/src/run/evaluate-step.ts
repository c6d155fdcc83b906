/**
 * Every check one step's answer goes through: those the case asks for, and those that
 * hold for every answer (transport, framing headers, the error envelope on errors, the
 * spec's schema for the operation, SSE framing on streams).
 */
import type { RecordEntry } from "@claude-spec/reference-server";
import type { CaseStep, Fact } from "../cases/case-types.ts";
import { bodyChecks } from "../checks/body-checks.ts";
import { fail, pass, show, skip, type CheckResult } from "../checks/check-result.ts";
import { envelopeChecks, successNotErrorCheck } from "../checks/envelope-check.ts";
import { forwardedChecks, type SentRequest } from "../checks/forwarded-checks.ts";
import { framingHeaderCheck, headerChecks } from "../checks/header-checks.ts";
import { jsonlChecks } from "../checks/jsonl-checks.ts";
import { viewOf } from "../checks/response-view.ts";
import { schemaChecks, specHeaderCheck } from "../checks/schema-check.ts";
import { framingCheck, sseChecks } from "../checks/sse-checks.ts";
import { modelStream } from "../checks/sse-stream-model.ts";
import type { Exchange } from "../http/exchange.ts";
import { recordedAnswerChecks } from "../fixtures/recorded-answer.ts";
import { platformEnvelopeChecks } from "../platforms/platform-errors.ts";
import { eventStreamMediaType } from "../platforms/event-stream-sse.ts";
import type { PlatformName } from "@claude-spec/contract";

export interface StepEvaluation {
  readonly exchange: Exchange;
  readonly operationId: string | null;
  readonly step: CaseStep;
  readonly fact: Fact;
  readonly targetOrigin: string;
  /** undefined: no upstream record to look in; null: looked, not found. */
  readonly upstreamEntry?: RecordEntry | null;
  /** `--platform`: errors are checked in that platform's shapes; `schemaless` answers are the platform's own body (Bedrock's count). */
  readonly platform?: { readonly name: PlatformName; readonly schemaless: boolean };
  /** The reference server answers behind the target, so pass-through facts apply. */
  readonly passThrough?: boolean;
  /** What the forwarded checks compare besides the request itself (path, query, key fingerprint). */
  readonly sentExtra?: Partial<SentRequest>;
}

const passThroughFact = "a pass-through fact: holds when the claude-spec reference server is the upstream, and a proxy passes it through";

/** Pass-through facts, checked only when our server answers behind the target; labelled so. */
function passThroughChecks(e: StepEvaluation, view: NonNullable<ReturnType<typeof viewOf>>): CheckResult[] {
  const pt = e.step.expect!.passThrough!;
  if (!e.passThrough) return [{ ...skip("pass-through", passThroughFact, "the reference server is not the upstream here: its habits are not held against this target"), basis: "pass-through" }];
  const out: CheckResult[] = [];
  if (pt.headers) out.push(...headerChecks(view, pt.headers, e.fact.statement));
  const events = view.response.events;
  if (pt.sse && events) out.push(...sseChecks(modelStream(events), view.response, pt.sse));
  if (pt.body && !events) out.push(...bodyChecks(view, pt.body, e.fact.statement, e.targetOrigin));
  return out.map((c) => ({ ...c, basis: "pass-through" as const, fact: `${c.fact} (${passThroughFact})` }));
}

function statusList(status: number | readonly number[]): number[] {
  return typeof status === "number" ? [status] : [...status];
}

export function evaluateStep(e: StepEvaluation): CheckResult[] {
  const expect = e.step.expect ?? {};
  const out: CheckResult[] = [];
  const view = viewOf(e.exchange);
  const transportFact = "the target answers with a complete HTTP response";
  if (e.exchange.error) out.push(fail("transport", transportFact, { message: e.exchange.error.message }));
  if (!view) return out;
  if (!e.exchange.error) out.push(pass("transport", transportFact));
  const status = view.response.status;

  if (expect.status !== undefined) {
    const wanted = statusList(expect.status);
    const fact = `the answer's status is ${wanted.join(" or ")}`;
    out.push(
      wanted.includes(status)
        ? pass("status", fact)
        : fail("status", fact, { expected: wanted.join(" or "), received: `${status} ${view.mediaType}${view.text ? ` ${show(view.text.slice(0, 160))}` : ""}` }),
    );
  }
  out.push(framingHeaderCheck(view));
  if (status >= 400) {
    out.push(...(e.platform ? platformEnvelopeChecks(e.platform.name, view, expect.errorType) : envelopeChecks(view, expect.errorType)));
  } else {
    const errorExpected = expect.status === undefined || statusList(expect.status).every((s) => s >= 400);
    if (expect.errorType !== undefined && errorExpected) {
      out.push(fail("error-type", `the answer is an error of type ${expect.errorType}`, { expected: expect.errorType, received: `status ${status}` }));
    }
    if (view.mediaType === "application/json") out.push(successNotErrorCheck(view));
  }
  if (expect.contentType !== undefined) {
    const fact = `the answer is ${expect.contentType}`;
    out.push(view.mediaType === expect.contentType ? pass("content-type", fact) : fail("content-type", fact, { expected: expect.contentType, received: view.response.headers["content-type"] ?? "(absent)" }));
  }
  // On a platform, error bodies are the platform's (checked above), and Bedrock's native count answers its own shape.
  const platformOwnBody = e.platform !== undefined && (status >= 400 || e.platform.schemaless);
  // Bedrock's event stream carries the spec's stream events: they are validated as the text/event-stream they encode.
  const schemaView = e.platform && view.mediaType === eventStreamMediaType ? { ...view, mediaType: "text/event-stream" } : view;
  if (e.operationId && expect.schema !== false && status !== 0 && !platformOwnBody) out.push(...schemaChecks(schemaView, e.operationId));
  if (expect.headers) {
    out.push(...headerChecks(view, expect.headers, e.fact.statement));
    if (expect.headers.spec && e.operationId) out.push(specHeaderCheck(view, e.operationId));
  }
  const events = view.response.events;
  if (events) {
    const model = modelStream(events);
    out.push(framingCheck(model, view.response));
    if (expect.sse) out.push(...sseChecks(model, view.response, expect.sse));
    if (e.step.recorded) out.push(...recordedAnswerChecks(e.step.recorded, view, model));
  } else {
    if (expect.sse) {
      out.push(fail("sse", "stream:true is answered with text/event-stream (CONTRACT.md §3 item 27)", { expected: "text/event-stream", received: `${status} ${view.response.headers["content-type"] ?? "(no content-type)"}` }));
    }
    if (expect.body) out.push(...bodyChecks(view, expect.body, e.fact.statement, e.targetOrigin));
    if (expect.jsonl) out.push(...jsonlChecks(view, expect.jsonl));
    if (e.step.recorded) out.push(...recordedAnswerChecks(e.step.recorded, view, null));
  }
  if (expect.passThrough) out.push(...passThroughChecks(e, view));
  if (expect.forwarded) {
    if (e.upstreamEntry === undefined) {
      out.push(skip("forwarded", "what reached the upstream", "no upstream record (pass --upstream)"));
    } else {
      const sent = e.exchange.request;
      out.push(...forwardedChecks(e.upstreamEntry ?? undefined, { headers: sent.headers, sha256: sent.sha256, size: sent.sentBytes, text: sent.body?.text ?? null, ...e.sentExtra }, expect.forwarded));
    }
  }
  // Every check says which kind of fact it holds the target to; only passThrough ones are not contract facts.
  for (const check of out) check.basis ??= "contract";
  return out;
}
