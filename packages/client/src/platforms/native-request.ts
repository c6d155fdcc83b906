/**
 * A first-party call as a platform's native request, following the platform's row in the
 * generated operation table (`@claude-spec/generated/platform-operations`): the path
 * template and which of its parameters takes the model, the body fields it leaves out, the
 * body field for the version (and the values it takes), the body field repeating the betas,
 * and an envelope the body travels in (Bedrock CountTokens: base64 inside
 * `input.invokeModel.body`). No platform restates these facts.
 */
import type { PlatformKind, PlatformOperationInfo } from "@claude-spec/generated/platform-operations";
import type { OperationInfo } from "@claude-spec/generated/operations";
import { ClaudeError } from "../errors/claude-error.ts";
import { checkTextLimit } from "../transport/body-limit.ts";
import type { Outgoing } from "../transport/send.ts";
import { textToBase64 } from "./base64.ts";
import { checkServed, notServed, type FirstPartyRequest, type Platform } from "./platform.ts";

export function kindOf(row: OperationInfo, stream: boolean): PlatformKind {
  return row.operationId === "messages.countTokens" ? "count" : stream ? "stream" : "create";
}

/** The row carrying a first-party operation in the given kind, from a platform's rows. */
export function platformRow(rows: readonly PlatformOperationInfo[], row: OperationInfo, stream: boolean): PlatformOperationInfo | null {
  const kind = kindOf(row, stream);
  return rows.find((r) => r.firstParty === row.operationId && r.kind === kind) ?? null;
}

export interface NativeRequestOptions {
  /** The path parameters other than the model (Vertex: project, region). */
  readonly pathValues: Readonly<Record<string, string>>;
  /** Encodes one path segment the way the platform's official SDK does. */
  readonly encodeSegment: (value: string) => string;
  /** The body's version value, overriding the one that follows the client's `anthropic-version`. */
  readonly version: string | undefined;
}

/**
 * The version a platform's body field takes: the client's `anthropic-version` when the
 * platform takes it (`2026-10-21`), else the platform's legacy value, which is what a
 * `2023-06-01` client sends there (`bedrock-2023-05-31`, `vertex-2023-10-16`).
 */
export function bodyVersion(prow: PlatformOperationInfo, apiVersion: string): string | null {
  const { versionValues, legacyVersion } = prow.body;
  return versionValues.includes(apiVersion) ? apiVersion : legacyVersion;
}

export function nativeRequest(prow: PlatformOperationInfo, request: FirstPartyRequest, options: NativeRequestOptions): Outgoing {
  const { row, params, betas, headers } = request;
  const { baseURL, apiVersion } = request.context;
  const rules = prow.body;
  let body: Record<string, unknown> = {};
  for (const key in params) if (!rules.omit.includes(key)) body[key] = params[key];
  // A stream the path does not select (Vertex's :streamRawPredict still wants the flag).
  if (prow.kind === "stream" && !rules.omit.includes("stream")) body.stream = true;
  if (rules.versionField) {
    const version = options.version ?? bodyVersion(prow, apiVersion);
    if (version !== null) body[rules.versionField] ??= version;
  }
  if (rules.betasField && betas.length > 0) body[rules.betasField] = [...betas];
  if (rules.envelope) {
    // The wrapped body must be a whole request of its kind: max_tokens included, which
    // counting does not otherwise need (Bedrock refuses an InvokeModel body without it).
    body.max_tokens ??= 1;
    let wrapped: unknown = textToBase64(JSON.stringify(body));
    for (const key of [...rules.envelope.path].reverse()) wrapped = { [key]: wrapped };
    body = wrapped as Record<string, unknown>;
  }
  const text = JSON.stringify(body);
  checkTextLimit(row.operationId, text, prow.bodySizeLimit);

  const values: Record<string, string> = { ...options.pathValues };
  if (prow.modelParam) {
    const model = params.model;
    if (typeof model !== "string" || model === "") throw new ClaudeError(`${row.operationId} on ${prow.platform}: model must be a non-empty string`);
    values[prow.modelParam] = model;
  }
  const path = prow.path.replace(/\{([^}]+)\}/g, (_, name: string) => options.encodeSegment(values[name]!));

  // The version travels in the body where the platform has a field for it (as the official
  // 1.x SDKs send it); the betas stay in the header (and the body, where it has a field).
  if (rules.versionField && prow.versionHeader !== "required") delete headers["anthropic-version"];
  headers["content-type"] = prow.requestContentType;
  headers.accept = "application/json";
  return { method: prow.method.toUpperCase(), url: baseURL + path, headers, body: text, replayable: true };
}

/** `Platform.adapt` for a platform whose served operations all have rows (Bedrock, Vertex). */
export function adaptNative(platform: Platform, rows: readonly PlatformOperationInfo[], request: FirstPartyRequest, options: NativeRequestOptions): Outgoing {
  checkServed(platform, request.row);
  const prow = platformRow(rows, request.row, request.stream);
  if (!prow) throw notServed(platform.name, request.row.operationId);
  return nativeRequest(prow, request, options);
}
