/**
 * Fault directives: a request asks the server to misbehave in a chosen way. The directive
 * rides in the request *body* so it survives a proxy between the client and this server
 * (proxies forward bodies unchanged, CONTRACT.md §3 item 9); see README "Faults on request"
 * for where each operation takes it.
 *
 * A directive is the text `claude-spec-fault:` followed by a JSON object.
 */
import type { RequestHeaders } from "../http/request-headers.ts";
import { ApiError } from "../http/api-error.ts";

export const directivePrefix = "claude-spec-fault:";

export interface FaultDirective {
  /** Answer with this error status (and the envelope) instead of the real answer. */
  readonly status?: number;
  /** `error.type` for `status` or the mid-stream error; defaults to the status's documented type. */
  readonly error_type?: string;
  /** `error.message` for `status` or the mid-stream error. */
  readonly message?: string;
  /** `retry-after` seconds on the error answer. */
  readonly retry_after?: number;
  /** `x-should-retry` on the error answer; defaults to the status's usual rule. */
  readonly should_retry?: boolean;
  /** Wait this long before sending the response headers. */
  readonly delay_ms?: number;
  /** Streams: send `event: error` after this many events, then end the stream. */
  readonly error_after_events?: number;
  /** Streams: reset the connection after this many events. */
  readonly reset_after_events?: number;
  /** Streams: end the stream cleanly (no `message_stop`) after this many events. */
  readonly truncate_after_events?: number;
  /** Bedrock event streams: after this many chunk frames, send one whose CRC is broken, then end. */
  readonly corrupt_frame_after_events?: number;
  /** Any body: reset the connection after this many bytes of it. */
  readonly reset_after_bytes?: number;
  /** Any body: end it cleanly after this many bytes (the rest is never sent). */
  readonly truncate_after_bytes?: number;
  /** Any body: send it in pieces of this many bytes. */
  readonly chunk_bytes?: number;
  /** Any body: wait this long between pieces (slow drip). */
  readonly drip_ms?: number;
  /** Files upload: make the stored file downloadable. */
  readonly downloadable?: boolean;
  /** Batches create: apply to the create call itself rather than to that request's result. */
  readonly scope?: "http" | "result";
}

const integerKeys = [
  "status",
  "retry_after",
  "delay_ms",
  "error_after_events",
  "reset_after_events",
  "truncate_after_events",
  "corrupt_frame_after_events",
  "reset_after_bytes",
  "truncate_after_bytes",
  "chunk_bytes",
  "drip_ms",
] as const;
const maxDelayMs = 120_000;

function invalid(detail: string): ApiError {
  return new ApiError(400, `${directivePrefix} ${detail}`);
}

/** Parses the JSON after the prefix; a malformed directive is a 400 that says what is wrong. */
export function parseDirective(text: string): FaultDirective {
  let value: unknown;
  try {
    value = JSON.parse(text.slice(directivePrefix.length));
  } catch {
    throw invalid("the directive is not valid JSON");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw invalid("the directive must be a JSON object");
  const record = value as Record<string, unknown>;
  const known = new Set<string>([...integerKeys, "error_type", "message", "should_retry", "downloadable", "scope"]);
  for (const [key, v] of Object.entries(record)) {
    if (!known.has(key)) throw invalid(`unknown key ${JSON.stringify(key)}`);
    if ((integerKeys as readonly string[]).includes(key) && (!Number.isInteger(v) || (v as number) < 0)) {
      throw invalid(`${key} must be a non-negative integer`);
    }
  }
  if (record.status !== undefined && ((record.status as number) < 400 || (record.status as number) > 599)) {
    throw invalid("status must be an error status (400-599)");
  }
  for (const key of ["error_type", "message"] as const) {
    if (record[key] !== undefined && typeof record[key] !== "string") throw invalid(`${key} must be a string`);
  }
  for (const key of ["should_retry", "downloadable"] as const) {
    if (record[key] !== undefined && typeof record[key] !== "boolean") throw invalid(`${key} must be a boolean`);
  }
  if (record.scope !== undefined && record.scope !== "http" && record.scope !== "result") throw invalid('scope must be "http" or "result"');
  for (const key of ["delay_ms", "drip_ms"] as const) {
    if ((record[key] as number | undefined) !== undefined && (record[key] as number) > maxDelayMs) throw invalid(`${key} must be at most ${maxDelayMs}`);
  }
  if (record.chunk_bytes === 0) throw invalid("chunk_bytes must be at least 1");
  return record as FaultDirective;
}

export function directiveIn(text: unknown): FaultDirective | undefined {
  return typeof text === "string" && text.startsWith(directivePrefix) ? parseDirective(text) : undefined;
}

/**
 * A Messages-shaped body's directive: `metadata.user_id`, else the start of `system` (a
 * string or its first text block). count_tokens has no `metadata`, so it uses `system`.
 */
export function messagesDirective(body: Record<string, any>): FaultDirective | undefined {
  const fromMetadata = directiveIn(body.metadata?.user_id);
  if (fromMetadata) return fromMetadata;
  const system = body.system;
  if (typeof system === "string") return directiveIn(system);
  if (Array.isArray(system) && system[0]?.type === "text") return directiveIn(system[0].text);
  return undefined;
}

/** For requests without a body (GET, DELETE) and as a fallback: `?claude-spec-fault=` or `x-claude-spec-fault`. */
export function queryOrHeaderDirective(url: URL, headers: RequestHeaders): FaultDirective | undefined {
  const raw = url.searchParams.get("claude-spec-fault") ?? headers.get("x-claude-spec-fault");
  if (raw === null) return undefined;
  return parseDirective(raw.startsWith(directivePrefix) ? raw : directivePrefix + raw);
}

/** The multipart form field that carries a directive in uploads. */
export const directiveField = "claude-spec-fault";
