import type { OperationInfo } from "@claude-spec/generated/operations";
import type { JsonLines } from "../jsonl/json-lines.ts";
import type { PageRequest, PageStyle, Query } from "../pagination/page-request.ts";
import type { BodyReader } from "../transport/read-body.ts";
import type { MultipartBody } from "../uploads/multipart-body.ts";
import { modeOf } from "./call-operation.ts";
import type { Download } from "./download.ts";

/**
 * The ways of sending and reading that only some operations need, beyond the JSON bodies
 * and the JSON and SSE answers every client has. They reach a client through its context,
 * so a client built without them (`leanClientFor`) leaves their code out of a bundle.
 */
export interface Codecs {
  /** `multipart/form-data` bodies: uploads. */
  readonly multipart?: (operationId: string, params: Readonly<Record<string, unknown>>, limit: number | null) => MultipartBody;
  /** `application/x-jsonl` answers: batch results. */
  readonly jsonLines?: (response: Response, body: BodyReader) => JsonLines<unknown>;
  /**
   * Where the JSON Lines results of `batch` (the first path value) are read: its `results_url`
   * resolved against `baseURL`, as the docs ask ("the path may change"), or undefined when it
   * is not a batch with one (an id: the documented path is used).
   */
  readonly resultsURL?: (batch: unknown, baseURL: string) => string | undefined;
  /** Any other answer: file downloads. */
  readonly download?: (response: Response, body: BodyReader) => Download;
  /** `x-pagination` operations: lists. */
  readonly pages?: (fetchPage: (query: Query) => Promise<any>, style: PageStyle, query: Query) => PageRequest<any>;
}

/**
 * The codec a row needs beyond JSON and SSE, if any (what `leanClientFor` refuses): its
 * body's media type, its page style, and the answer mode `modeOf` reads from the row.
 */
export function codecNeeded(row: OperationInfo): keyof Codecs | null {
  if (row.requestContentType === "multipart/form-data") return "multipart";
  if (row.pagination) return "pages";
  const mode = modeOf(row, false);
  return mode === "jsonl" ? "jsonLines" : mode === "download" ? "download" : null;
}
