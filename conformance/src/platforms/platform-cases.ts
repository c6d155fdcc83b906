/**
 * Which cases make sense on a platform's wire, and how their expectations read there. A
 * case runs when every step calls an operation the platform serves with the platform's
 * own credentials; it is skipped, with the reason, when it checks something the platform
 * does differently by design (Anthropic's response headers, CORS, refused credentials,
 * first-party routing, size limits, Bedrock's missing `ping`). Expectations that the
 * platform states in its own terms are rewritten from the generated table: Bedrock's
 * statuses (`statusMap`), its event-stream content type and stream exception names.
 */
import { platforms, type PlatformName, type PlatformOperationInfo } from "@claude-spec/contract";
import type { CaseStep, ConformanceCase, HeaderExpectations, StepExpectations } from "../cases/case-types.ts";
import type { RecordedAnswer } from "../fixtures/recorded-answer.ts";
import { eventStreamMediaType } from "./event-stream-sse.ts";
import { bedrockStreamException, platformStatus } from "./platform-errors.ts";
import { platformRowFor } from "./platform-request.ts";
import type { PlatformSettings } from "./platform-settings.ts";

export type Adapted = { readonly case: ConformanceCase } | { readonly skip: string };

/** Response headers that are Anthropic's own: a platform sends them only when its spec says so. */
const anthropicHeader = /^(request-id|anthropic-.*|x-should-retry|retry-after(-ms)?)$/;

function headerNames(h: HeaderExpectations | undefined): string[] {
  if (!h) return [];
  return [...(h.present ?? []), ...Object.keys(h.equal ?? {}), ...Object.keys(h.match ?? {})].map((n) => n.toLowerCase());
}

function skipReason(platform: PlatformName, step: CaseStep): string | null {
  const info = platforms[platform];
  const r = step.request;
  if (!r.operation) return `a first-party path outside the operation table (${r.method ?? "GET"} ${r.path ?? r.url ?? ""}); ${info.title} routes only its own paths`;
  if ((info.unserved as readonly string[]).includes(r.operation)) return `${info.title} does not serve ${r.operation} (x-platform.unserved)`;
  if (r.auth && r.auth !== "api-key" && r.auth !== "bearer") return `refused or missing credentials are answered by the platform's gateway in its own terms (${info.errorShape}); the suite authenticates as ${platform} does`;
  if (r.headers && Object.keys(r.headers).some((h) => h.toLowerCase() === "origin")) return `browser access (CORS) is ${info.title}'s own, not the first-party rules`;
  if (r.generate && platform !== "foundry") return `size limits on ${info.title} are its own (x-body-size-limit in spec/platforms/${platform}.yaml); the generated bodies are sized for the first-party limits`;
  const wrong = headerNames(step.expect?.headers).filter((h) => anthropicHeader.test(h) && !(info.requestIdHeaders as readonly string[]).includes(h));
  if (wrong.length > 0 || step.expect?.headers?.spec) {
    const declared = info.requestIdHeaders.length ? info.requestIdHeaders.join(", ") : "no request-id header";
    return `checks first-party response headers (${wrong.join(", ") || "the first-party header set"}) that spec/platforms/${platform}.yaml does not declare for ${info.title} (it declares ${declared})`;
  }
  if (platform === "bedrock" && (step.expect?.sse?.ping || step.expect?.passThrough?.sse?.ping)) return "Bedrock sends no ping: its event stream has no keep-alive (PLATFORMS.md §2.4)";
  return null;
}

function rewriteExpect(settings: PlatformSettings, row: PlatformOperationInfo | undefined, expect: StepExpectations): StepExpectations {
  if (settings.name !== "bedrock") return expect;
  const out: { -readonly [K in keyof StepExpectations]: StepExpectations[K] } = { ...expect };
  if (out.status !== undefined) out.status = typeof out.status === "number" ? platformStatus("bedrock", out.status) : out.status.map((s) => platformStatus("bedrock", s));
  if (row?.framing === "aws-eventstream" && out.contentType === "text/event-stream") out.contentType = eventStreamMediaType;
  if (row && out.sse?.errorEvent !== undefined) out.sse = { ...out.sse, errorEvent: bedrockStreamException(row, out.sse.errorEvent) ?? out.sse.errorEvent };
  return out;
}

/**
 * A recording replayed through a platform: Bedrock answers its status (`statusMap`) without
 * `ping` events and without `error.type` (AWS errors name the exception in a header); a
 * Vertex 429 is Google's quota envelope, which has no `error.type` either.
 */
function adaptRecorded(platform: PlatformName, recorded: RecordedAnswer): RecordedAnswer {
  if (platform === "bedrock") {
    return { ...recorded, status: platformStatus("bedrock", recorded.status), eventTypes: recorded.eventTypes?.filter((t) => t !== "ping") ?? null, errorType: undefined };
  }
  if (platform === "vertex" && recorded.status === 429) return { ...recorded, errorType: undefined };
  return recorded;
}

/**
 * Bedrock's native CountTokens answers `{"inputTokens": n}` (camel case, spec/platforms/bedrock.yaml
 * BedrockCountTokensResponse): expectations and references on a count step's answer read that field.
 */
function bedrockCountField(c: ConformanceCase): ConformanceCase {
  const counts = new Set(c.steps.filter((s) => s.request.operation === "messages.countTokens").map((s, i) => s.name ?? `#${i}`));
  if (counts.size === 0) return c;
  const steps = c.steps.map((step) => {
    let text = JSON.stringify(step);
    for (const name of counts) text = text.split(`{{${name}.body.input_tokens}}`).join(`{{${name}.body.inputTokens}}`);
    const parsed = JSON.parse(text) as CaseStep;
    if (step.request.operation !== "messages.countTokens" || !parsed.expect?.body) return parsed;
    return { ...parsed, expect: { ...parsed.expect, body: JSON.parse(JSON.stringify(parsed.expect.body).split('"/input_tokens"').join('"/inputTokens"')) } };
  });
  return { ...c, steps };
}

export function adaptCase(original: ConformanceCase, settings: PlatformSettings): Adapted {
  const c = settings.name === "bedrock" ? bedrockCountField(original) : original;
  const steps: CaseStep[] = [];
  for (const step of c.steps) {
    const reason = skipReason(settings.name, step);
    if (reason) return { skip: reason };
    const body = step.request.body as { stream?: unknown } | undefined;
    const row = platformRowFor(settings, step.request.operation ?? null, body?.stream === true);
    const expect = step.expect ? { expect: rewriteExpect(settings, row, step.expect) } : {};
    const recorded = step.recorded ? { recorded: adaptRecorded(settings.name, step.recorded) } : {};
    steps.push({ ...step, ...expect, ...recorded });
  }
  return { case: { ...c, steps } };
}
