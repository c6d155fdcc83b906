/**
 * Models: the catalog, newest first, paged by id, filtered by lifecycle stage (`active` and
 * `deprecated` unless asked otherwise); retrieve by id or alias.
 */
import type { Reply } from "../http/reply.ts";
import { ApiError } from "../http/api-error.ts";
import { jsonReply } from "../http/respond.ts";
import { findModel, modelInfo, models } from "../store/models-catalog.ts";
import { paginate } from "../store/pagination.ts";
import { beforeAnswer, shaped } from "./answer.ts";
import type { Call } from "./call.ts";
import { queryArray } from "../http/query-array.ts";

/** The stages listed when the request names none: a retired model only when asked for. */
const defaultStages = ["active", "deprecated"];

export async function listModels(call: Call): Promise<Reply> {
  await beforeAnswer(call.fallbackDirective);
  const query = call.url().searchParams;
  const asked = queryArray(query, "lifecycle");
  if (asked.length > 3) throw new ApiError(400, "lifecycle: at most 3 values");
  const stages = new Set(asked.length > 0 ? asked : defaultStages);
  const listed = models.map(modelInfo).filter((model) => stages.has(model.lifecycle as string));
  const page = paginate(listed as { id: string }[], query, "page");
  return shaped(jsonReply(call.state, 200, page), call.fallbackDirective, call.reset);
}

export async function retrieveModel(call: Call): Promise<Reply> {
  await beforeAnswer(call.fallbackDirective);
  const id = call.params.model_id!;
  const model = findModel(id);
  if (!model) throw new ApiError(404, `model: ${id.slice(0, 200)}`);
  return shaped(jsonReply(call.state, 200, modelInfo(model)), call.fallbackDirective, call.reset);
}
