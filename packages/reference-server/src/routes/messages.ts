/**
 * `POST /v1/messages` and `POST /v1/messages/count_tokens`. A request that matches a
 * recorded fixture gets the recording; any other gets the deterministic synthetic reply,
 * as JSON or as a stream of server-sent events.
 */
import type { Reply } from "../http/reply.ts";
import { ApiError } from "../http/api-error.ts";
import { errorReply, jsonReply, streamReply } from "../http/respond.ts";
import { messagesDirective, type FaultDirective } from "../faults/directive.ts";
import { checkRemovedProperties } from "../contract/removed-properties.ts";
import { checkVersionContentRules } from "../contract/version-rules.ts";
import { encodeEvent, splitRecordedEvents } from "../messages/sse-encode.ts";
import { sseStream } from "../messages/sse-stream.ts";
import { messageToEvents } from "../messages/stream-events.ts";
import { checkMessagesSemantics, synthesizeMessage } from "../messages/synthesize.ts";
import { countInputTokens } from "../messages/tokens.ts";
import { replayedHeaders, type Fixture } from "../messages/fixture-replay.ts";
import { findModel } from "../store/models-catalog.ts";
import { beforeAnswer, shaped } from "./answer.ts";
import { readJson, validateBody, type Call } from "./call.ts";
import { rateLimitExceeded } from "./pipeline.ts";

type Json = Record<string, any>;

const sseContentType = "text/event-stream; charset=utf-8";

/** The checks a Messages-shaped body goes through before it is answered (also per batch request). */
export function checkMessagesBody(call: Call, operationId: string, body: Json): void {
  checkRemovedProperties(body, call.state.version, call.ctx.removed.get(operationId) ?? []);
  checkVersionContentRules(body, call.state.version);
}

export function checkModel(model: unknown): void {
  if (typeof model === "string" && !findModel(model)) throw new ApiError(404, `model: ${model}`, { type: "not_found_error" });
}

/** Charges input tokens up front; 429 when the token buckets cannot take them. */
function takeInputTokens(call: Call, inputTokens: number): void {
  const decision = call.ctx.limiter.take(call.state.owner, { inputTokens, tokens: inputTokens });
  if (!decision.allowed) {
    const limit = call.ctx.options.rateLimits[decision.limitedBy ?? "inputTokens"].limit;
    throw rateLimitExceeded(decision.retryAfterSeconds, `${limit} ${decision.limitedBy === "tokens" ? "tokens" : "input tokens"} per minute`);
  }
}

function replay(call: Call, fixture: Fixture, directive: FaultDirective | undefined): Reply {
  const extra: Record<string, string> = {};
  for (const [name, value] of Object.entries(fixture.response.headers)) if (replayedHeaders.has(name)) extra[name] = value;
  const { status } = fixture.response;
  if (fixture.response.sse !== undefined) {
    const events = splitRecordedEvents(fixture.response.sse);
    const stream = sseStream(events, { eventDelayMs: call.ctx.options.streamEventDelayMs, directive, reset: call.reset, requestId: call.state.requestId });
    return streamReply(call.state, status, stream, extra["content-type"] ?? sseContentType, extra);
  }
  let body = fixture.response.body;
  // A replayed error carries this request's id, so header and body agree.
  if (status >= 400 && body && typeof body === "object" && (body as Json).type === "error") body = { ...(body as Json), request_id: call.state.requestId };
  if (status >= 400) return errorReply(call.state, status, (body as Json)?.error?.type ?? "api_error", (body as Json)?.error?.message ?? "", extra);
  return jsonReply(call.state, status, body, { ...extra, "content-type": "application/json" });
}

type Admitted = { readonly replay: Reply } | { readonly replay?: undefined; readonly body: Json; readonly directive: FaultDirective | undefined };

/**
 * What both Messages operations do before answering: read and check the body, replay a
 * recorded fixture when one matches, else validate it against the spec and the version's
 * rules and pick up a fault directive. Returns the replay, or the checked body.
 */
async function admitMessagesRequest(call: Call): Promise<Admitted> {
  const body = await readJson(call);
  checkMessagesBody(call, call.op.operationId, body);
  const fixture = call.ctx.fixtures.find(call.op.operationId, body);
  if (fixture) return { replay: shaped(replay(call, fixture, call.fallbackDirective), call.fallbackDirective, call.reset) };
  validateBody(call, body);
  checkMessagesSemantics(body);
  const directive = messagesDirective(body) ?? call.fallbackDirective;
  checkModel(body.model);
  return { body, directive };
}

export async function createMessage(call: Call): Promise<Reply> {
  const admitted = await admitMessagesRequest(call);
  if (admitted.replay) return admitted.replay;
  const { body, directive } = admitted;
  const inputTokens = countInputTokens(body);
  takeInputTokens(call, inputTokens);
  await beforeAnswer(directive);

  const message = synthesizeMessage(body, { serviceTier: "standard", inputTokens });
  call.ctx.limiter.charge(call.state.owner, { outputTokens: message.usage.output_tokens, tokens: message.usage.output_tokens });

  if (body.stream === true) {
    const padding = call.ctx.options.ssePadding;
    const events = messageToEvents(message, call.ctx.options.streamDeltaChars).map((e, i) => encodeEvent(e, i, padding));
    const stream = sseStream(events, { eventDelayMs: call.ctx.options.streamEventDelayMs, directive, reset: call.reset, requestId: call.state.requestId });
    return shaped(streamReply(call.state, 200, stream, sseContentType, { "cache-control": "no-cache" }), directive, call.reset);
  }
  return shaped(jsonReply(call.state, 200, message), directive, call.reset);
}

export async function countTokens(call: Call): Promise<Reply> {
  const admitted = await admitMessagesRequest(call);
  if (admitted.replay) return admitted.replay;
  const { body, directive } = admitted;
  await beforeAnswer(directive);
  return shaped(jsonReply(call.state, 200, { input_tokens: countInputTokens(body) }), directive, call.reset);
}
