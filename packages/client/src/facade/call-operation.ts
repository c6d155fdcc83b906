/**
 * One generic call for any row of the operation table: the row's facts (method, path
 * template, media types, size limit, beta, page style) decide how the request is built and
 * how the answer is read, so no endpoint fact is restated here. Uploads, JSON Lines,
 * downloads and pages go through the context's codecs (checked when the facade is built).
 */
import type { OperationInfo } from "@claude-spec/generated/operations";
import { checkOptions } from "../check-options.ts";
import { ClaudeError } from "../errors/claude-error.ts";
import { StreamError } from "../errors/stream-error.ts";
import { MessageStream } from "../stream/message-stream.ts";
import { checkTextLimit } from "../transport/body-limit.ts";
import type { ClientContext, RequestOptions } from "../transport/context.ts";
import { readBody } from "../transport/read-body.ts";
import { readText } from "../transport/read-text.ts";
import { betasFor, mergeHeaders } from "../transport/request-headers.ts";
import { withMeta } from "../transport/response-meta.ts";
import { send, type Outgoing } from "../transport/send.ts";
import { fillPath, queryString } from "./request-url.ts";

type Params = Readonly<Record<string, unknown>>;
export type Mode = "json" | "stream" | "jsonl" | "download";

export function modeOf(row: OperationInfo, stream: boolean): Mode {
  if (stream) return "stream";
  if (row.responseContentTypes.includes("application/json")) return "json";
  if (row.responseContentTypes.includes("application/x-jsonl")) return "jsonl";
  return "download";
}

function acceptFor(mode: Mode, row: OperationInfo): string {
  return mode === "json" ? "application/json" : mode === "stream" ? "text/event-stream" : mode === "jsonl" ? row.responseContentTypes.join(", ") : "*/*";
}

/** Builds the request for a row: URL, headers, body (size-checked before anything is sent). */
export function buildRequest(
  context: ClientContext,
  row: OperationInfo,
  mode: Mode,
  pathValues: readonly unknown[],
  params: Params | undefined,
  options: RequestOptions | undefined,
): Outgoing {
  // JSON Lines results are fetched from the batch's results_url when given the batch (the
  // codec reads it: see `Codecs.resultsURL`); given an id, from the documented path. Any other
  // object in place of the first path value stands for its id.
  const first = pathValues[0] as { id?: unknown } | undefined;
  const direct = mode === "jsonl" ? context.codecs.resultsURL!(first, context.baseURL) : undefined;
  if (typeof first === "object" && first !== null && direct === undefined) pathValues = [first.id, ...pathValues.slice(1)];
  const pathParams: Record<string, unknown> = {};
  for (let i = 0; i < row.pathParams.length; i++) {
    const name = row.pathParams[i]!;
    const value = pathValues[i];
    if (direct === undefined && (typeof value !== "string" || value === "")) {
      throw new ClaudeError(`${row.operationId}: ${name} must be a non-empty string`);
    }
    pathParams[name] = value;
  }
  const betas = betasFor(context, row.beta, options);
  // A GET's parameters are its query; a beta operation adds `beta=true`.
  const search = queryString({ ...(row.method === "get" && row.requestContentType === null ? params : undefined), ...(betas.length > 0 && { beta: true }) });
  let url = direct ?? context.baseURL + fillPath(row.path, pathParams);
  if (search) url += (url.includes("?") ? "&" : "?") + search;

  // One literal, so every call of a row builds headers of one shape.
  const headers: Record<string, string> = { ...(options?.headers ? mergeHeaders(context.headers, options.headers) : context.headers), accept: acceptFor(mode, row) };
  if (betas.length > 0) headers["anthropic-beta"] = betas.join(",");
  // `delete` turns an object into a slow dictionary; only when there is something to remove.
  else if ("anthropic-beta" in headers) delete headers["anthropic-beta"];

  let body: BodyInit | null = null;
  let replayable = true;
  const fields = { ...params, ...options?.extraBody };
  if (context.platform) {
    // A cloud platform builds its own URL and body from the call (`extraBody` included), or
    // keeps the first-party request (null), and refuses, before any I/O, an operation it does
    // not serve.
    const native = context.platform.adapt({ context, row, stream: mode === "stream", params: fields, betas, headers });
    if (native) return native;
  }
  if (row.requestContentType === "application/json") {
    body = JSON.stringify(mode === "stream" ? { ...fields, stream: true } : fields);
    headers["content-type"] = "application/json";
    checkTextLimit(row.operationId, body, row.bodySizeLimit);
  } else if (row.requestContentType === "multipart/form-data") {
    const multipart = context.codecs.multipart!(row.operationId, params ?? {}, row.bodySizeLimit);
    body = multipart.body;
    replayable = multipart.replayable;
    if (multipart.contentType) headers["content-type"] = multipart.contentType;
  }
  return { method: row.method.toUpperCase(), url, headers, body, replayable };
}

/** Sends a row's request and reads its answer the way its media type says. */
export async function callOperation(
  context: ClientContext,
  row: OperationInfo,
  mode: Mode,
  pathValues: readonly unknown[],
  params: Params | undefined,
  options: RequestOptions | undefined,
): Promise<unknown> {
  // Inside the async call, so a bad option rejects like every other failure of a call.
  if (options) checkOptions(options, row.operationId);
  const { response, control } = await send(context, buildRequest(context, row, mode, pathValues, params, options), options);
  const idle = options?.idleTimeout ?? context.idleTimeout;
  const maxBuffered = options?.maxBufferedBytes ?? context.maxBufferedBytes;
  const limits = { maxBuffered, redact: context.redactor.redact };
  if (mode === "stream") {
    const type = response.headers.get("content-type") ?? "";
    // A platform's own framing (Bedrock's event stream); null when the answer is SSE.
    const decoder = context.platform?.streamDecoder?.(response, context.redactor.redact) ?? undefined;
    if (!decoder && !type.includes("text/event-stream")) {
      response.body?.cancel().catch(() => {});
      control.dispose();
      throw new StreamError(`expected a text/event-stream answer, got ${type || "no content type"}`);
    }
    return new MessageStream(response, readBody(response, control, idle, limits), control, decoder);
  }
  if (mode !== "json") return context.codecs[mode === "jsonl" ? "jsonLines" : "download"]!(response, readBody(response, control, idle, limits));
  let text: string;
  try {
    text = await readText(response, control, maxBuffered);
  } finally {
    control.dispose();
  }
  try {
    const data = text === "" ? {} : JSON.parse(text);
    return withMeta((context.platform?.result?.(row, data) ?? data) as object, response);
  } catch {
    throw new StreamError(`the ${response.status} answer is not valid JSON (${text.length} characters): ${context.redactor.redact(text.slice(0, 200))}`);
  }
}
