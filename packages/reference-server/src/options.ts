/**
 * The server's options and their defaults, in one table. Everything here is plain data so
 * the same options drive the web-standard app (any runtime) and the Node entry.
 */
import type { Fixture } from "./messages/fixture-replay.ts";
import type { RateLimitConfig } from "./http/rate-limit.ts";
import type { WorkspaceOption } from "./store/workspaces.ts";
import { resolvePlatformOptions, type PlatformOptions, type ResolvedPlatformOptions } from "./platforms/platform-options.ts";
import { defaultBatchLimits, type BatchLimits } from "./store/batch-store.ts";

/** The key accepted when no `apiKeys` are given. */
export const defaultApiKey = "sk-ant-reference-server";

export interface AppOptions {
  /**
   * API keys accepted in `x-api-key` or `Authorization: Bearer`. `"any"` accepts every
   * non-empty key (useful behind a proxy that injects its own).
   * @default [defaultApiKey]
   */
  apiKeys?: readonly string[] | "any";
  /**
   * Body-size limits in bytes, per operationId, overriding the spec's `x-body-size-limit`
   * (tests lower them; the spec's values are the real API's).
   * @default {}
   */
  bodySizeLimits?: Readonly<Record<string, number>>;
  /**
   * Rate-limit buckets. Every response carries their `anthropic-ratelimit-*` headers.
   * @default see `defaultRateLimits`
   */
  rateLimits?: Partial<RateLimitConfig>;
  /**
   * Recorded interactions to replay (the `conformance/fixtures/` format). The Node entry
   * loads them from `fixturesDir`.
   * @default []
   */
  fixtures?: readonly Fixture[];
  /**
   * Milliseconds a batch stays `in_progress` before it ends.
   * @default 1000
   */
  batchProcessingMs?: number;
  /**
   * Milliseconds a canceled batch stays `canceling` before it ends.
   * @default 200
   */
  batchCancelingMs?: number;
  /**
   * Streams: milliseconds to wait between SSE events.
   * @default 0
   */
  streamEventDelayMs?: number;
  /**
   * Streams: approximate characters per `text_delta` / `thinking_delta` / `input_json_delta`.
   * @default 24
   */
  streamDeltaChars?: number;
  /**
   * Streams: pad each event's JSON with spaces before its closing brace, as the real API
   * does (see spec/recorded/README.md); deterministic lengths.
   * @default true
   */
  ssePadding?: boolean;
  /**
   * Whether uploaded files are `downloadable`. The real API says no: only files the API
   * itself creates can be downloaded. A per-upload directive can override it.
   * @default false
   */
  downloadableUploads?: boolean;
  /**
   * The `anthropic-organization-id` sent on every response.
   * @default "8c1e5a2e-5b0c-4f57-9a3a-0b6f3d6e2c11"
   */
  organizationId?: string;
  /** The clock, for batch life cycles and rate-limit resets (tests inject one). @default Date.now */
  now?: () => number;
  /**
   * Who sees which files, skills and batches. `"per-key"`: each API key is its own
   * workspace, and another key's resources answer 404 like missing ones (the API scopes
   * them to the workspace). `"shared"`: every key sees everything. A map from API key to
   * workspace name: keys mapped to the same name share; keys not listed are their own.
   * @default "per-key"
   */
  workspaces?: WorkspaceOption;
  /**
   * Credentials of the platform wires (Bedrock SigV4 keys and API keys, Vertex tokens,
   * Foundry keys and Entra tokens), served beside the first-party API.
   * @default see `defaultPlatformCredentials`
   */
  platforms?: PlatformOptions;
  /**
   * Most batch requests held in memory (results are kept until the batch is deleted), per
   * workspace and in all; a batch that would go past either is a 429 that says so.
   * @default { requestsPerWorkspace: 200000, requestsTotal: 400000 }
   */
  batchLimits?: Partial<BatchLimits>;
}

export interface ResolvedOptions {
  readonly apiKeys: readonly string[] | "any";
  readonly bodySizeLimits: Readonly<Record<string, number>>;
  readonly rateLimits: RateLimitConfig;
  readonly fixtures: readonly Fixture[];
  readonly batchProcessingMs: number;
  readonly batchCancelingMs: number;
  readonly streamEventDelayMs: number;
  readonly streamDeltaChars: number;
  readonly ssePadding: boolean;
  readonly downloadableUploads: boolean;
  readonly organizationId: string;
  readonly now: () => number;
  readonly workspaces: WorkspaceOption;
  readonly platforms: ResolvedPlatformOptions;
  readonly batchLimits: BatchLimits;
}

/**
 * Generous enough that tests and benchmarks never hit them unless they lower them; the
 * shape (four families, RFC 3339 resets) is the real API's.
 */
export const defaultRateLimits: RateLimitConfig = {
  requests: { limit: 1_000_000, windowMs: 60_000 },
  tokens: { limit: 1_000_000_000, windowMs: 60_000 },
  inputTokens: { limit: 800_000_000, windowMs: 60_000 },
  outputTokens: { limit: 200_000_000, windowMs: 60_000 },
};

export function resolveOptions(options: AppOptions = {}): ResolvedOptions {
  const keys = options.apiKeys ?? [defaultApiKey];
  return {
    apiKeys: keys === "any" ? "any" : keys.filter((k) => k.length > 0),
    bodySizeLimits: { ...(options.bodySizeLimits ?? {}) },
    rateLimits: { ...defaultRateLimits, ...(options.rateLimits ?? {}) },
    fixtures: options.fixtures ?? [],
    batchProcessingMs: options.batchProcessingMs ?? 1000,
    batchCancelingMs: options.batchCancelingMs ?? 200,
    streamEventDelayMs: options.streamEventDelayMs ?? 0,
    streamDeltaChars: Math.max(1, options.streamDeltaChars ?? 24),
    ssePadding: options.ssePadding ?? true,
    downloadableUploads: options.downloadableUploads ?? false,
    organizationId: options.organizationId ?? "8c1e5a2e-5b0c-4f57-9a3a-0b6f3d6e2c11",
    now: options.now ?? Date.now,
    workspaces: options.workspaces ?? "per-key",
    platforms: resolvePlatformOptions(options.platforms),
    batchLimits: { ...defaultBatchLimits, ...options.batchLimits },
  };
}
