/** Models: the catalog, newest first, paged by id; retrieve by id or alias. */
import type { Reply } from "../http/reply.ts";
import { ApiError } from "../http/api-error.ts";
import { jsonReply } from "../http/respond.ts";
import { findModel, modelInfo, models } from "../store/models-catalog.ts";
import { paginate } from "../store/pagination.ts";
import { beforeAnswer, shaped } from "./answer.ts";
import type { Call } from "./call.ts";

export async function listModels(call: Call): Promise<Reply> {
  await beforeAnswer(call.fallbackDirective);
  const page = paginate(models.map(modelInfo) as { id: string }[], call.url().searchParams, "page");
  return shaped(jsonReply(call.state, 200, page), call.fallbackDirective, call.reset);
}

export async function retrieveModel(call: Call): Promise<Reply> {
  await beforeAnswer(call.fallbackDirective);
  const id = call.params.model_id!;
  const model = findModel(id);
  if (!model) throw new ApiError(404, `model: ${id.slice(0, 200)}`);
  return shaped(jsonReply(call.state, 200, modelInfo(model)), call.fallbackDirective, call.reset);
}
