import { JsonLines } from "../jsonl/json-lines.ts";
import { PageRequest } from "../pagination/page-request.ts";
import { multipartBody } from "../uploads/multipart-body.ts";
import type { Codecs } from "./codecs.ts";
import { toDownload } from "./download.ts";

/** Every codec: what `createClient` and `clientFor` give a client. */
export const allCodecs: Required<Codecs> = {
  multipart: multipartBody,
  jsonLines: (response, body) => new JsonLines(response, body),
  resultsURL(batch, baseURL) {
    const url = typeof batch === "object" && batch !== null ? (batch as { results_url?: unknown }).results_url : undefined;
    return typeof url === "string" ? new URL(url, `${baseURL}/`).href : undefined;
  },
  download: toDownload,
  pages: (fetchPage, style, query) => new PageRequest(fetchPage, style, query),
};
