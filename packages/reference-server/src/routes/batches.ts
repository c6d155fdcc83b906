/**
 * Message Batches (https://platform.claude.com/docs/en/build-with-claude/batch-processing):
 * create (each request answered by the same engine as `POST /v1/messages`; a request
 * that fails becomes an `errored` result carrying the full error envelope), list, retrieve,
 * cancel, delete (only once ended) and results, streamed as JSONL from the absolute
 * `results_url` the batch names.
 */
import type { Reply } from "../http/reply.ts";
import { ApiError } from "../http/api-error.ts";
import { errorBody } from "../http/error-envelope.ts";
import { deterministicId, randomId } from "../http/ids.ts";
import { jsonReply, streamReply } from "../http/respond.ts";
import { messagesDirective } from "../faults/directive.ts";
import { directiveError } from "../faults/apply-fault.ts";
import { checkMessagesSemantics, synthesizeMessage } from "../messages/synthesize.ts";
import { paginate } from "../store/pagination.ts";
import type { BatchResultLine } from "../store/batch-store.ts";
import { beforeAnswer, shaped } from "./answer.ts";
import { readJson, type Call } from "./call.ts";
import { mapInSlices, validateBatchBody } from "./batch-work.ts";
import { checkMessagesBody, checkModel } from "./messages.ts";

type Json = Record<string, any>;

/** The documented cap on requests per batch. */
export const maxBatchRequests = 100_000;

function resultsUrl(call: Call) {
  const origin = call.url().origin;
  return (id: string) => `${origin}/v1/messages/batches/${id}/results`;
}

function answerOne(call: Call, params: Json, index: number): Json {
  try {
    const directive = messagesDirective(params);
    if (directive?.scope !== "http") {
      const error = directiveError(directive);
      if (error) throw error;
    }
    if (params.stream === true) throw new ApiError(400, "stream: streaming is not supported for batch requests");
    checkMessagesBody(call, "messages.create", params);
    checkMessagesSemantics(params);
    checkModel(params.model);
    return { type: "succeeded", message: synthesizeMessage(params, { serviceTier: "batch" }) };
  } catch (error) {
    const e = error instanceof ApiError ? error : new ApiError(500, "Internal server error");
    return { type: "errored", error: errorBody(e.type, e.message, deterministicId("req", `${call.state.requestId}:${index}`)) };
  }
}

export async function createBatch(call: Call): Promise<Reply> {
  const body = await readJson(call);
  if (Array.isArray(body.requests) && body.requests.length > maxBatchRequests) throw new ApiError(400, `requests: a batch holds at most ${maxBatchRequests} requests`);
  // Large batches are checked and answered in slices, so other clients are not held up.
  await validateBatchBody(call, body);
  const requests: Json[] = body.requests;
  const seen = new Set<string>();
  await mapInSlices(requests, (r, i) => {
    if (seen.has(r.custom_id)) throw new ApiError(400, `requests.${i}.custom_id: duplicate custom_id ${JSON.stringify(r.custom_id)}`);
    seen.add(r.custom_id);
  });
  const first = requests[0] ? messagesDirective(requests[0].params) : undefined;
  await beforeAnswer(first?.scope === "http" ? first : call.fallbackDirective);
  // Room is taken before the work, so concurrent creates cannot overshoot the held-requests cap.
  const release = call.ctx.batches.reserve(requests.length);
  try {
    const lines: BatchResultLine[] = await mapInSlices(requests, (r, i) => ({ custom_id: r.custom_id, result: answerOne(call, r.params, i) }));
    const id = randomId("msgbatch");
    call.ctx.batches.add(id, lines);
    return shaped(jsonReply(call.state, 200, call.ctx.batches.view(id, resultsUrl(call))), call.fallbackDirective, call.reset);
  } finally {
    release();
  }
}

export async function listBatches(call: Call): Promise<Reply> {
  await beforeAnswer(call.fallbackDirective);
  const url = resultsUrl(call);
  const views = call.ctx.batches.ids().map((id) => ({ id }));
  const page = paginate(views, call.url().searchParams, "page");
  page.data = (page.data as { id: string }[]).map(({ id }) => call.ctx.batches.view(id, url));
  return shaped(jsonReply(call.state, 200, page), call.fallbackDirective, call.reset);
}

export async function retrieveBatch(call: Call): Promise<Reply> {
  await beforeAnswer(call.fallbackDirective);
  const view = call.ctx.batches.view(call.params.message_batch_id!, resultsUrl(call));
  return shaped(jsonReply(call.state, 200, view), call.fallbackDirective, call.reset);
}

export async function cancelBatch(call: Call): Promise<Reply> {
  await beforeAnswer(call.fallbackDirective);
  const id = call.params.message_batch_id!;
  call.ctx.batches.cancel(id);
  return shaped(jsonReply(call.state, 200, call.ctx.batches.view(id, resultsUrl(call))), call.fallbackDirective, call.reset);
}

export async function deleteBatch(call: Call): Promise<Reply> {
  await beforeAnswer(call.fallbackDirective);
  const id = call.params.message_batch_id!;
  call.ctx.batches.delete(id);
  return shaped(jsonReply(call.state, 200, { id, type: "message_batch_deleted" }), call.fallbackDirective, call.reset);
}

export async function batchResults(call: Call): Promise<Reply> {
  await beforeAnswer(call.fallbackDirective);
  const id = call.params.message_batch_id!;
  const lines = call.ctx.batches.results(id);
  const encoder = new TextEncoder();
  let next = 0;
  // One line per pull: a large batch's results are never one big string.
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (next >= lines.length) controller.close();
      else controller.enqueue(encoder.encode(`${JSON.stringify(lines[next++])}\n`));
    },
  });
  const reply = streamReply(call.state, 200, stream, "application/x-jsonl", {
    "content-disposition": `attachment; filename*=utf-8''${id}_results.jsonl`,
  });
  return shaped(reply, call.fallbackDirective, call.reset);
}
