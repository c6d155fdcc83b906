/**
 * Files (https://platform.claude.com/docs/en/build-with-claude/files): multipart upload
 * streamed to the object store (never held in memory), list, retrieve, delete, and
 * download, which only works for `downloadable` files; uploads are not downloadable
 * (the API answers 400 "File '<id>' is not downloadable"), unless the server option or the
 * upload's directive says otherwise.
 */
import type { Reply } from "../http/reply.ts";
import { ApiError } from "../http/api-error.ts";
import { randomId } from "../http/ids.ts";
import { jsonReply, streamReply } from "../http/respond.ts";
import { directiveField, directiveIn, directivePrefix, type FaultDirective } from "../faults/directive.ts";
import { mimeTypeFor, type FileMetadata } from "../store/file-registry.ts";
import { paginate } from "../store/pagination.ts";
import { beforeAnswer, shaped } from "./answer.ts";
import { betaShapeOf } from "./beta-shape.ts";
import type { Call } from "./call.ts";
import { multipartReader, readField } from "./uploads.ts";
import { queryArray } from "../http/query-array.ts";

/** Timestamps as the Files API writes them: milliseconds and a `Z` (`2026-08-19T14:34:11.612000Z`). */
function fileTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, ".$1000Z");
}

/** `expires_in_seconds` (FileUploadParams): a whole number from one hour to ninety days, as the API bounds it. */
const expiryBounds = { min: 3600, max: 7_776_000 };

function expiresInSeconds(text: string): number {
  const value = Number(text.trim());
  if (!/^\s*-?\d+\s*$/.test(text) || !Number.isSafeInteger(value)) throw new ApiError(400, "expires_in_seconds: Input should be a valid integer");
  if (value < expiryBounds.min) throw new ApiError(400, `expires_in_seconds: Input should be greater than or equal to ${expiryBounds.min}`);
  if (value > expiryBounds.max) throw new ApiError(400, `expires_in_seconds: Input should be less than or equal to ${expiryBounds.max}`);
  return value;
}

export async function uploadFile(call: Call): Promise<Reply> {
  const id = randomId("file");
  const key = `files/${id}`;
  let stored: { filename: string; contentType: string | null; size: number } | undefined;
  let directive: FaultDirective | undefined = call.fallbackDirective;
  let expiresIn: number | undefined;
  try {
    for await (const part of multipartReader(call).parts()) {
      if (part.name === "file" && part.filename !== null && !stored) {
        const size = await call.ctx.store.write(key, part.body);
        stored = { filename: part.filename, contentType: part.contentType, size };
      } else if (part.name === directiveField) {
        const text = await readField(part.body, directiveField, 4096);
        directive = directiveIn(text.startsWith(directivePrefix) ? text : directivePrefix + text);
      } else if (part.name === "expires_in_seconds") {
        expiresIn = expiresInSeconds(await readField(part.body, part.name, 64));
      }
      // Other fields are skipped by the reader.
    }
    if (!stored) throw new ApiError(400, "file: Field required");
    await beforeAnswer(directive);
  } catch (error) {
    await call.ctx.store.remove(key);
    throw error;
  }
  const now = call.ctx.options.now();
  const file: FileMetadata = {
    type: "file",
    id,
    filename: stored.filename.slice(0, 1024),
    mime_type: mimeTypeFor(stored.filename, stored.contentType),
    size_bytes: stored.size,
    created_at: fileTimestamp(now),
    downloadable: directive?.downloadable ?? call.ctx.options.downloadableUploads,
    ...(expiresIn !== undefined ? { expires_at: fileTimestamp(now + expiresIn * 1000) } : {}),
  };
  await call.ctx.files.add(file);
  return shaped(jsonReply(call.state, 200, file), directive, call.reset);
}

/**
 * The GA list pages by cursor (`page` / `next_page`) and can ask for given `ids` (at most
 * 100, exclusive with `page` and `limit`, one page, unknown ids left out); the beta shape
 * (the beta header sent) also keeps the older id paging (`after_id`, `first_id`, `last_id`).
 */
export async function listFiles(call: Call): Promise<Reply> {
  await beforeAnswer(call.fallbackDirective);
  const query = call.url().searchParams;
  const ids = queryArray(query, "ids");
  if (ids.length > 0) {
    if (query.has("page") || query.has("limit")) throw new ApiError(400, "ids: cannot be combined with page or limit");
    const wanted = new Set(ids);
    if (wanted.size > 100) throw new ApiError(400, "ids: at most 100 entries");
    const data = call.ctx.files.list().filter((f) => wanted.has(f.id));
    return shaped(jsonReply(call.state, 200, { data, has_more: false, next_page: null }), call.fallbackDirective, call.reset);
  }
  const page = paginate(call.ctx.files.list(), query, betaShapeOf(call) ? "both" : "cursor");
  return shaped(jsonReply(call.state, 200, page), call.fallbackDirective, call.reset);
}

export async function retrieveFile(call: Call): Promise<Reply> {
  await beforeAnswer(call.fallbackDirective);
  return shaped(jsonReply(call.state, 200, call.ctx.files.get(call.params.file_id!)), call.fallbackDirective, call.reset);
}

export async function deleteFile(call: Call): Promise<Reply> {
  await beforeAnswer(call.fallbackDirective);
  const id = call.params.file_id!;
  await call.ctx.files.delete(id);
  return shaped(jsonReply(call.state, 200, { id, type: "file_deleted" }), call.fallbackDirective, call.reset);
}

export async function downloadFile(call: Call): Promise<Reply> {
  await beforeAnswer(call.fallbackDirective);
  const file = call.ctx.files.get(call.params.file_id!);
  if (!file.downloadable) throw new ApiError(400, `File '${file.id}' is not downloadable`);
  const body = await call.ctx.store.read(`files/${file.id}`);
  if (!body) throw new ApiError(404, `File not found: ${file.id}`);
  // The spec declares the download as application/octet-stream whatever the file's type.
  const reply = streamReply(call.state, 200, body, "application/octet-stream", {
    "content-disposition": `attachment; filename*=utf-8''${encodeURIComponent(file.filename)}`,
    "content-length": String(file.size_bytes),
  });
  return shaped(reply, call.fallbackDirective, call.reset);
}
