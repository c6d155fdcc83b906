/**
 * The headers of one multipart part: `Content-Disposition: form-data; name=…; filename=…`
 * (RFC 7578 §4.2, with RFC 5987 `filename*`) and `Content-Type`. Browsers and the SDKs
 * send non-ASCII filenames as raw UTF-8, so the block is decoded as UTF-8.
 */
import { ApiError } from "../http/api-error.ts";

export interface PartHeaders {
  readonly name: string | null;
  readonly filename: string | null;
  readonly contentType: string | null;
}

const utf8 = new TextDecoder("utf-8");

function param(disposition: string, key: string): string | null {
  const extended = new RegExp(`;\\s*${key}\\*\\s*=\\s*([^;]+)`, "i").exec(disposition);
  if (extended) {
    const value = extended[1]!.trim();
    const quote = value.indexOf("''");
    const encoded = quote === -1 ? value : value.slice(quote + 2);
    try {
      return decodeURIComponent(encoded);
    } catch {
      return encoded;
    }
  }
  const quoted = new RegExp(`;\\s*${key}\\s*=\\s*"((?:[^"\\\\]|\\\\.)*)"`, "i").exec(disposition);
  if (quoted) return quoted[1]!.replace(/\\(.)/g, "$1");
  const bare = new RegExp(`;\\s*${key}\\s*=\\s*([^;\\s]+)`, "i").exec(disposition);
  return bare ? bare[1]! : null;
}

export function parsePartHeaders(block: Uint8Array): PartHeaders {
  const lines = utf8.decode(block).split("\r\n");
  let disposition: string | null = null;
  let contentType: string | null = null;
  for (const line of lines) {
    const colon = line.indexOf(":");
    if (colon <= 0) {
      if (line.trim() === "") continue;
      throw new ApiError(400, "malformed multipart/form-data body: bad part header line");
    }
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === "content-disposition") disposition = value;
    else if (name === "content-type") contentType = value;
  }
  if (disposition === null || !/^form-data\b/i.test(disposition)) {
    throw new ApiError(400, "malformed multipart/form-data body: a part has no Content-Disposition: form-data header");
  }
  return { name: param(disposition, "name"), filename: param(disposition, "filename"), contentType };
}
