import { BodyLimitError } from "../errors/body-limit-error.ts";
import { checkBodyLimit, limitStream } from "../transport/body-limit.ts";
import { multipartStream, type Field } from "./multipart-stream.ts";
import { isUploadable, toFilePart } from "./uploadable.ts";

export interface MultipartBody {
  readonly body: FormData | ReadableStream<Uint8Array>;
  /** Set for a streamed body (FormData sets its own). */
  readonly contentType: string | null;
  readonly replayable: boolean;
}

/**
 * Turns call parameters into form fields: strings, numbers and booleans are text fields;
 * uploadable values are file parts; an array sends one part per element under `name[]` (the
 * bracket convention the API's `files[]` field follows). With only Blob-like content the
 * body is a FormData (replayable, size known); with any stream it is a streamed encoding.
 */
export function toFields(params: Readonly<Record<string, unknown>>): Field[] {
  const fields: Field[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      const name = key.endsWith("[]") ? key : `${key}[]`;
      for (const item of value) fields.push([name, isUploadable(item) ? toFilePart(item) : String(item)]);
    } else fields.push([key, isUploadable(value) ? toFilePart(value, key) : String(value)]);
  }
  return fields;
}

export function multipartBody(operationId: string, params: Readonly<Record<string, unknown>>, limit: number | null): MultipartBody {
  const fields = toFields(params);
  const streamed = fields.some(([, v]) => typeof v !== "string" && !(v.body instanceof Blob));
  if (!streamed) {
    const form = new FormData();
    for (const [name, v] of fields) {
      if (typeof v === "string") form.append(name, v);
      else form.append(name, v.type === (v.body as Blob).type ? (v.body as Blob) : new Blob([v.body as Blob], { type: v.type }), v.filename);
    }
    checkBodyLimit(operationId, form, limit);
    return { body: form, contentType: null, replayable: true };
  }
  const known = fields.reduce<number | null>((sum, [, v]) => {
    if (sum === null) return null;
    if (typeof v === "string") return sum + v.length * 3 + 256;
    return v.size === null ? null : sum + v.size + 256;
  }, 256);
  // With every stream's size given, an oversized body is refused before sending; otherwise
  // the bytes are counted as they stream and the request fails at the limit.
  if (limit !== null && known !== null && known > limit) throw new BodyLimitError(operationId, known, limit);
  const boundary = `claude-spec-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
  let body = multipartStream(fields, boundary);
  if (limit !== null) body = limitStream(operationId, body, limit);
  return { body, contentType: `multipart/form-data; boundary=${boundary}`, replayable: false };
}
