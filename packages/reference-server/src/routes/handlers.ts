/**
 * The handler of each operation, keyed by the spec's operationId. Methods and paths are not
 * repeated here: the app routes from the generated operation table. An operation the spec
 * gains before this table does is answered with a 404 envelope that says so.
 */
import type { Reply } from "../http/reply.ts";
import type { Call } from "./call.ts";
import { batchResults, cancelBatch, createBatch, deleteBatch, listBatches, retrieveBatch } from "./batches.ts";
import { deleteFile, downloadFile, listFiles, retrieveFile, uploadFile } from "./files.ts";
import { countTokens, createMessage } from "./messages.ts";
import { listModels, retrieveModel } from "./models.ts";
import {
  createSkill,
  createSkillVersion,
  deleteSkill,
  deleteSkillVersion,
  listSkills,
  listSkillVersions,
  retrieveSkill,
  retrieveSkillVersion,
} from "./skills.ts";
import { downloadSkillVersion } from "./skill-content.ts";

export type Handler = (call: Call) => Promise<Reply>;

export const handlers: Readonly<Record<string, Handler>> = {
  "messages.create": createMessage,
  "messages.countTokens": countTokens,
  "messages.batches.create": createBatch,
  "messages.batches.list": listBatches,
  "messages.batches.retrieve": retrieveBatch,
  "messages.batches.delete": deleteBatch,
  "messages.batches.cancel": cancelBatch,
  "messages.batches.results": batchResults,
  "models.list": listModels,
  "models.retrieve": retrieveModel,
  "files.upload": uploadFile,
  "files.list": listFiles,
  "files.retrieve": retrieveFile,
  "files.delete": deleteFile,
  "files.download": downloadFile,
  "skills.create": createSkill,
  "skills.list": listSkills,
  "skills.retrieve": retrieveSkill,
  "skills.delete": deleteSkill,
  "skills.versions.create": createSkillVersion,
  "skills.versions.list": listSkillVersions,
  "skills.versions.retrieve": retrieveSkillVersion,
  "skills.versions.delete": deleteSkillVersion,
  "skills.versions.download": downloadSkillVersion,
};
