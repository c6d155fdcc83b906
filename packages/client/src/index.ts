/**
 * @module
 * `@claude-spec/client`: a typed, runtime-agnostic Claude API client built from the
 * claude-spec OpenAPI document. Web standards only (`fetch`, `Request`, `Response`,
 * `Headers`, `ReadableStream`, `AbortSignal`); `fetch` is injectable.
 */
export { clientFor, createClient, createContext, leanClientFor, type ClaudeClient, type LeanOperationInfo } from "./client.ts";
export type { Codecs } from "./facade/codecs.ts";
export { defaults, type ApiVersion, type ClientOptions } from "./options.ts";
export type { Secret } from "./auth/credentials.ts";
export { createRedactor, minFragment, secretHeaders, type Redactor } from "./auth/redactor.ts";
export type { Logger, LogLevel } from "./logger.ts";
export type { FetchFn, RequestOptions, ClientContext } from "./transport/context.ts";
export type { ResponseMeta, WithMeta } from "./transport/response-meta.ts";
export type { Facade, ParamsOf, ResultOf } from "./facade/facade-types.ts";
export type { Download } from "./facade/download.ts";
export { createPathClient, type PathClient } from "./path-client.ts";

export { MessageStream } from "./stream/message-stream.ts";
export type { MessageStreamDelta } from "./stream/message-deltas.ts";
export { createMessageAccumulator, type MessageAccumulator } from "./stream/accumulate-message.ts";
export { toStreamEvent } from "./stream/stream-event.ts";
export { parsePartialJson } from "./stream/partial-json.ts";
export { decodeServerSentEvents, parseServerSentEvents, type ServerSentEvent } from "./sse/index.ts";
export { JsonLines } from "./jsonl/json-lines.ts";
export { PageRequest, nextPageQuery, type PageStyle } from "./pagination/page-request.ts";
export type { Uploadable, UploadContent, UploadFile } from "./uploads/uploadable.ts";

export { isRetryableStatus } from "./retry/policy.ts";
export { backoffDelay, parseRetryAfter } from "./retry/timing.ts";

export { ClaudeError } from "./errors/claude-error.ts";
export { APIError, type ApiErrorInit } from "./errors/api-error.ts";
export { BadRequestError } from "./errors/bad-request-error.ts";
export { AuthenticationError } from "./errors/authentication-error.ts";
export { BillingError } from "./errors/billing-error.ts";
export { PermissionDeniedError } from "./errors/permission-denied-error.ts";
export { NotFoundError } from "./errors/not-found-error.ts";
export { ConflictError } from "./errors/conflict-error.ts";
export { RequestTooLargeError } from "./errors/request-too-large-error.ts";
export { BodyLimitError } from "./errors/body-limit-error.ts";
export { RateLimitError } from "./errors/rate-limit-error.ts";
export { InternalServerError } from "./errors/internal-server-error.ts";
export { GatewayTimeoutError } from "./errors/gateway-timeout-error.ts";
export { OverloadedError } from "./errors/overloaded-error.ts";
export { ConnectionError } from "./errors/connection-error.ts";
export { TimeoutError } from "./errors/timeout-error.ts";
export { UserAbortError } from "./errors/user-abort-error.ts";
export { StreamError } from "./errors/stream-error.ts";
export { ResponseTooLargeError } from "./errors/response-too-large-error.ts";
export { RedirectError } from "./errors/redirect-error.ts";
export { CredentialError } from "./errors/credential-error.ts";
export { MissingCredentialsError } from "./errors/missing-credentials-error.ts";

export {
  isStreamEvent,
  isOfType,
  type Message,
  type ContentBlock,
  type MessageStreamEvent,
  type KnownStreamEvent,
  type ContentBlockDelta,
  type MessageBatch,
  type MessageBatchIndividualResponse,
} from "./types.ts";

// The operation table, row by row: `clientFor([messagesCreateOperation], options)` builds a
// client a bundler can keep small (the generated package is private to the workspace).
export * from "@claude-spec/generated/operations";
// The cloud platforms: `createClient({ platform: bedrock({ … }) })` (and `vertex`, `foundry`).
export * from "./platforms/index.ts";
