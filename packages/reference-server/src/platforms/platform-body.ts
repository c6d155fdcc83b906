/**
 * A platform request body to the first-party body the shared core answers, by the rules of
 * the platform's row in the generated table: unwrap Bedrock CountTokens' base64 envelope;
 * take `anthropic_version` from the body (the legacy `bedrock-2023-05-31` /
 * `vertex-2023-10-16` stand for `2023-06-01`) and `anthropic_beta` into the beta header;
 * put the model from the path into the body; let the path decide `stream`. Platform model
 * ids (`us.anthropic.claude-opus-4-8`, `claude-sonnet-4-5@20250929`) become catalog ids.
 */
import type { PlatformName, PlatformOperationInfo } from "@claude-spec/contract";
import { ApiError } from "../http/api-error.ts";

type Json = Record<string, any>;

export interface FirstPartyCall {
  readonly body: Json;
  /** The `anthropic-version` the core applies; null keeps the request's header. */
  readonly version: string | null;
  /** Betas from the body's `anthropic_beta`, for the core's `anthropic-beta` header; null keeps the header. */
  readonly betas: readonly string[] | null;
}

/** Bedrock's validation wording (third-party observations; AWS documents the body as the model's own). */
const malformed = (detail: string) => new ApiError(400, `Malformed input request: ${detail}, please reformat your input and try again.`);

/** An ARN naming no known model (an application inference profile) stands for this one. */
export const defaultProfileModel = "claude-sonnet-4-5";

/** A platform's model id as the catalog names it. */
export function catalogModelId(platform: PlatformName, id: string): string {
  if (platform === "vertex") return id.replace("@", "-");
  if (platform !== "bedrock") return id;
  let name = id;
  if (name.startsWith("arn:")) {
    const resource = name.slice(name.lastIndexOf("/") + 1);
    if (!/anthropic\./.test(resource)) return defaultProfileModel;
    name = resource;
  }
  return name
    .replace(/^(global|us|eu|jp|apac|us-gov)\./, "")
    .replace(/^anthropic\./, "")
    .replace(/-v\d+(:\d+)?$/, "");
}

function unwrap(row: PlatformOperationInfo, raw: Json): Json {
  const envelope = row.body.envelope;
  if (!envelope) return raw;
  let at: unknown = raw;
  for (const key of envelope.path) at = at && typeof at === "object" ? (at as Json)[key] : undefined;
  const where = `#/${envelope.path.join("/")}`;
  if (typeof at !== "string") throw malformed(`${where}: expected a base64 string`);
  let decoded: unknown;
  try {
    decoded = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(atob(at), (c) => c.charCodeAt(0))));
  } catch {
    throw malformed(`${where}: not base64-encoded JSON`);
  }
  if (!decoded || typeof decoded !== "object" || Array.isArray(decoded)) throw malformed(`${where}: expected a JSON object`);
  return decoded as Json;
}

export function toFirstPartyCall(row: PlatformOperationInfo, params: Readonly<Record<string, string>>, raw: Json): FirstPartyCall {
  const body: Json = { ...unwrap(row, raw) };
  const closed = row.platform === "bedrock" && row.wire === "native";
  let version: string | null = null;
  const field = row.body.versionField;
  if (field) {
    const value = body[field];
    if (value === undefined) throw closed ? malformed(`#: required key [${field}] not found`) : new ApiError(400, `${field}: Field required`);
    if (!(row.body.versionValues as readonly unknown[]).includes(value)) {
      throw closed ? malformed(`#/${field}: ${JSON.stringify(value)} is not a valid enum value`) : new ApiError(400, `${field}: ${JSON.stringify(value)} is not supported`);
    }
    version = value === row.body.legacyVersion ? "2023-06-01" : String(value);
    delete body[field];
  }
  let betas: string[] | null = null;
  if (row.body.betasField && body[row.body.betasField] !== undefined) {
    const value = body[row.body.betasField];
    if (!Array.isArray(value) || !value.every((b) => typeof b === "string")) throw malformed(`#/${row.body.betasField}: expected an array of strings`);
    betas = value;
    delete body[row.body.betasField];
  }
  if (closed && body.model !== undefined) throw malformed("#: extraneous key [model] is not permitted");
  if (row.model === "path") body.model = catalogModelId(row.platform, params[row.modelParam!] ?? "");
  else if (typeof body.model === "string") body.model = catalogModelId(row.platform, body.model);
  if (row.kind === "stream") body.stream = true;
  else if (row.body.omit.includes("stream")) delete body.stream;
  // Bedrock wraps an InvokeModel body (which needs max_tokens) to count it; counting takes no max_tokens.
  if (row.kind === "count" && row.body.envelope) delete body.max_tokens;
  return { body, version, betas };
}
