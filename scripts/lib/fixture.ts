/**
 * The normalised interaction format of conformance/fixtures/ (see its README), and the
 * conversion from the recordings (spec/recorded/) into it.
 */
import { matchOperation } from "@claude-spec/contract";

export interface Fixture {
  id: string;
  operationId: string;
  source: { repo: string; path: string; commit: string; license: string; interaction_index: number };
  request: {
    method: string;
    path: string;
    query: string | null;
    headers: Record<string, string>;
    body: unknown;
  };
  response: {
    status: number;
    headers: Record<string, string>;
    body?: unknown;
    sse?: string;
    jsonl?: string;
  };
  notes: string[];
}

export type Normalised = { fixture: Fixture } | { skipped: string };

/** Endpoints the recordings hold that this spec does not describe, on purpose. */
export const outOfScopePaths: Record<string, string> = {
  "/v1/complete": "the legacy Text Completions API is not part of this spec",
  "/v1/chat/completions": "the OpenAI-compatible endpoint is not part of this spec",
};

/** Credentials never reach fixtures, even redacted. */
const secretHeaders = new Set(["x-api-key", "authorization", "cookie", "set-cookie", "proxy-authorization"]);

/** The request headers the contract is about; transport and SDK telemetry headers are dropped. */
const keptRequestHeaders = new Set([
  "anthropic-version",
  "anthropic-beta",
  "anthropic-dangerous-direct-browser-access",
  "content-type",
  "accept",
]);

function lowerHeaders(headers: Record<string, unknown> | undefined, keep: (name: string) => boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase();
    if (secretHeaders.has(lower) || !keep(lower)) continue;
    out[lower] = Array.isArray(value) ? value.join(", ") : String(value);
  }
  return out;
}

/** Multipart and binary request bodies are stored by the recorders as `{_raw}` / `{_binary_base64}`. */
function jsonBodyOrNull(body: unknown): unknown {
  if (body === undefined || body === null) return null;
  if (typeof body === "object" && body !== null && ("_raw" in body || "_binary_base64" in body)) return null;
  return body;
}

export function normaliseRecording(raw: any, relativeFile: string): Normalised {
  const path: string = raw.request.path.split("?")[0];
  const scope = outOfScopePaths[path];
  if (scope) return { skipped: scope };
  const match = matchOperation(raw.request.method, path);
  if (!match) return { skipped: `no operation in the spec for ${raw.request.method} ${path}` };
  const query = raw.request.query ?? (raw.request.path.includes("?") ? raw.request.path.split("?")[1] : null);
  const response: Fixture["response"] = {
    status: raw.response.status,
    headers: lowerHeaders(raw.response.headers, () => true),
  };
  if (raw.response.sse !== undefined) response.sse = raw.response.sse;
  else if (raw.response.jsonl !== undefined) response.jsonl = raw.response.jsonl;
  else response.body = raw.response.body;
  const { repo, path: srcPath, commit, license, interaction_index } = raw.source;
  return {
    fixture: {
      id: relativeFile.replace(/\.json$/, ""),
      operationId: match.operation.operationId,
      source: { repo, path: srcPath, commit, license, interaction_index },
      request: {
        method: raw.request.method.toUpperCase(),
        path,
        query: query || null,
        headers: lowerHeaders(raw.request.headers, (h) => keptRequestHeaders.has(h)),
        body: jsonBodyOrNull(raw.request.body),
      },
      response,
      notes: [...(raw.notes ?? [])],
    },
  };
}
