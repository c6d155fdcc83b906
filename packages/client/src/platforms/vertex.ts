/**
 * Claude on Google Cloud Vertex AI (PLATFORMS.md §3; the generated platform table's Vertex
 * rows): the project, region and model go into the path (`:rawPredict`,
 * `:streamRawPredict`; token counting at `count-tokens:rawPredict` with the model in the
 * body), the body carries `anthropic_version` instead of the header, auth is a Google OAuth
 * access token as a bearer, streams are SSE, and Google's error envelope
 * (`{"error":{"code","message","status"}}`, sometimes in an array) is read as the API's.
 *
 *   createClient({ platform: vertex({ region: "us-east5", projectId: "my-project", accessToken: () => getToken() }) })
 */
import {
  vertexMessagesCountTokensOperation,
  vertexMessagesCreateOperation,
  vertexMessagesStreamOperation,
  vertexPlatform,
} from "@claude-spec/generated/platform-operations";
import type { Secret } from "../auth/credentials.ts";
import { ClaudeError } from "../errors/claude-error.ts";
import { adaptNative } from "./native-request.ts";
import { isApiEnvelope, platformEnvelope, typeForStatus } from "./platform-errors.ts";
import { connectPlatform, type ErrorEnvelope, type Platform, type ServedOf } from "./platform.ts";
import { bearer } from "./secret.ts";

export type VertexOperationId = ServedOf<typeof vertexPlatform>;

export interface VertexOptions {
  /** `global`, a multi-region (`us`, `eu`) or a region such as `us-east5`. */
  readonly region: string;
  readonly projectId: string;
  /** A Google OAuth access token, or a function returning a fresh one (called per request). */
  readonly accessToken: Secret;
  /**
   * The body's `anthropic_version`. By default it follows the client's `anthropic-version`:
   * `2026-10-21` as is, `2023-06-01` as the legacy `vertex-2023-10-16`.
   */
  readonly anthropicVersion?: string;
  /** Where requests go (a gateway, a test server): the part before `/v1/projects/…`. @default by region, see `vertexBaseURL` */
  readonly baseURL?: string;
}

const rows = [vertexMessagesCreateOperation, vertexMessagesStreamOperation, vertexMessagesCountTokensOperation];

/** The endpoint for a region (PLATFORMS.md §3.1), without the `/v1` the paths begin with. */
export function vertexBaseURL(region: string): string {
  if (region === "global") return "https://aiplatform.googleapis.com";
  if (region === "us" || region === "eu") return `https://aiplatform.${region}.rep.googleapis.com`;
  return vertexPlatform.servers[0].url.replace("{region}", region);
}

/** A path segment, encoded as the official SDK does: `@` of dated model ids kept, `;` as `%3B`. */
export function vertexSegment(value: string): string {
  return encodeURIComponent(value).replace(/%40/g, "@");
}

/** Google's canonical error codes (the envelope's `status`), as the API's error types. */
const googleTypes: Record<string, string> = {
  INVALID_ARGUMENT: "invalid_request_error",
  FAILED_PRECONDITION: "invalid_request_error",
  UNAUTHENTICATED: "authentication_error",
  PERMISSION_DENIED: "permission_error",
  NOT_FOUND: "not_found_error",
  RESOURCE_EXHAUSTED: "rate_limit_error",
  DEADLINE_EXCEEDED: "timeout_error",
  INTERNAL: "api_error",
  UNAVAILABLE: "api_error",
};

/** Google's envelope (or one in an array) as the API's; an API envelope (a model error) is kept. */
export function vertexErrorEnvelope(body: unknown, response: Response): ErrorEnvelope | null {
  const inner = Array.isArray(body) ? body[0] : body;
  if (isApiEnvelope(inner)) return Array.isArray(body) ? (inner as ErrorEnvelope) : null;
  const error = (inner as { error?: { message?: unknown; status?: unknown; code?: unknown } } | null)?.error;
  const status = typeof error?.status === "string" ? error.status : null;
  const type = (status && googleTypes[status]) || typeForStatus(response.status);
  const message = typeof error?.message === "string" ? error.message : `${response.status} from Vertex AI`;
  return platformEnvelope(type, message, { name: status, code: error?.code ?? null }, null);
}

export function vertex(options: VertexOptions): Platform<VertexOperationId> {
  const { region, projectId, accessToken } = options;
  if (typeof region !== "string" || !/^[a-z0-9-]+$/.test(region)) throw new ClaudeError("vertex: region must be a region name such as us-east5, or global, us or eu");
  if (typeof projectId !== "string" || projectId === "") throw new ClaudeError("vertex: projectId is required");
  if (accessToken == null) throw new ClaudeError("vertex: accessToken (a token or a function returning one) is required");
  return {
    name: "vertex",
    connect(context, options) {
      return connectPlatform(this, context, options);
    },
    unserved: vertexPlatform.unserved,
    baseURL: options.baseURL ?? vertexBaseURL(region),
    authenticate: (_request, redactor) => bearer(accessToken, "vertex accessToken", redactor),
    adapt(request) {
      return adaptNative(this, rows, request, { pathValues: { project: projectId, region }, encodeSegment: vertexSegment, version: options.anthropicVersion });
    },
    errorEnvelope: vertexErrorEnvelope,
  };
}
