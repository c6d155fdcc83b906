/**
 * Claude on Amazon Bedrock (bedrock-runtime; PLATFORMS.md §2; the generated platform table's
 * Bedrock rows). Messages go through InvokeModel and InvokeModelWithResponseStream by
 * default: the model goes into the path, the body loses `model` and `stream` and gains
 * `anthropic_version` (and `anthropic_beta`), and streams come as an AWS event stream. With
 * `api: "messages"` they go through Bedrock's Messages API instead: the first-party request
 * at `/anthropic/v1/messages`, streamed as SSE. Tokens are counted by CountTokens either way.
 * Requests are signed with SigV4 (service `bedrock`) or carry a Bedrock API key as a bearer
 * token; errors come as AWS exceptions, and the request id as `x-amzn-requestid`.
 *
 *   createClient({ platform: bedrock({ region: "us-east-1", credentials: { accessKeyId, secretAccessKey } }) })
 */
import {
  bedrockAnthropicMessagesCreateOperation,
  bedrockAnthropicMessagesCreateStreamOperation,
  bedrockMessagesCountTokensOperation,
  bedrockMessagesCreateOperation,
  bedrockMessagesStreamOperation,
  bedrockPlatform,
} from "@claude-spec/generated/platform-operations";
import type { EventStreamCodec } from "@smithy/eventstream-codec";
import type { Secret } from "../auth/credentials.ts";
import { ClaudeError } from "../errors/claude-error.ts";
import { StreamError } from "../errors/stream-error.ts";
import { bedrockErrorEnvelope } from "./bedrock-errors.ts";
import { createBedrockStreamDecoder, eventStreamContentType, loadEventStreamCodec } from "./bedrock-stream.ts";
import { adaptNative } from "./native-request.ts";
import { connectPlatform, type Platform, type ServedOf } from "./platform.ts";
import { withRequestId } from "./request-id.ts";
import { bearer } from "./secret.ts";
import { createSigV4Signer, type AwsCredentials, type AwsCredentialsProvider } from "./sigv4.ts";

export type { AwsCredentials, AwsCredentialsProvider } from "./sigv4.ts";

export type BedrockOperationId = ServedOf<typeof bedrockPlatform>;

export interface BedrockOptions {
  /** The AWS region: it names the host and the signature's scope. @default "us-east-1" */
  readonly region?: string;
  /** AWS credentials for SigV4, or a function resolving them for each request. */
  readonly credentials?: AwsCredentials | AwsCredentialsProvider;
  /** A Bedrock API key, sent as `Authorization: Bearer …` instead of a signature. */
  readonly apiKey?: Secret;
  /**
   * The body's `anthropic_version` on InvokeModel (the Messages API takes the client's
   * `anthropic-version` header as it is). By default it follows the client's `anthropic-version`:
   * `2026-10-21` as is (Claude 4.7 and later), `2023-06-01` as `bedrock-2023-05-31`, the
   * value older models want. Set it to send one of them whatever the client's version.
   */
  readonly anthropicVersion?: string;
  /** Where requests go (a gateway, a test server). @default `https://bedrock-runtime.{region}.amazonaws.com` */
  readonly baseURL?: string;
  /**
   * Which of bedrock-runtime's APIs carries messages: `"invoke-model"` (InvokeModel and
   * InvokeModelWithResponseStream, what the official Bedrock SDK speaks) or `"messages"`
   * (the Messages API at `/anthropic/v1/messages`: the first-party body and headers, SSE).
   * @default "invoke-model"
   */
  readonly api?: "invoke-model" | "messages";
}

/** The rows each `api` sends through; counting is CountTokens in both. */
const rowsOf = {
  "invoke-model": [bedrockMessagesCreateOperation, bedrockMessagesStreamOperation, bedrockMessagesCountTokensOperation],
  messages: [bedrockAnthropicMessagesCreateOperation, bedrockAnthropicMessagesCreateStreamOperation, bedrockMessagesCountTokensOperation],
};
const streamPath = "/invoke-with-response-stream";

/** The model segment of the path, encoded as the official SDK does: `/` as `%2F`, `:` kept. */
export function bedrockModelPath(model: string): string {
  return encodeURIComponent(model).replace(/%3A/gi, ":");
}

export function bedrock(options: BedrockOptions): Platform<BedrockOperationId> {
  const region = options.region ?? bedrockPlatform.servers[0].variables.region;
  if (typeof region !== "string" || !/^[a-z0-9-]+$/.test(region)) throw new ClaudeError("bedrock: region must be an AWS region name such as us-east-1");
  const { credentials, apiKey } = options;
  if (credentials && apiKey) throw new ClaudeError("bedrock: give credentials (SigV4) or an apiKey (Bedrock API key), not both");
  if (!credentials && !apiKey) throw new ClaudeError("bedrock: no credentials: give AWS credentials (or a provider of them) or a Bedrock apiKey");
  const api = options.api ?? "invoke-model";
  if (!Object.hasOwn(rowsOf, api)) throw new ClaudeError(`bedrock: api must be "invoke-model" or "messages", not ${JSON.stringify(api)}`);
  const rows = rowsOf[api];
  const signer = credentials ? createSigV4Signer(credentials, region, bedrockPlatform.sigv4Service) : null;
  let codec: EventStreamCodec | null = null;
  return {
    name: "bedrock",
    connect(context, options) {
      return connectPlatform(this, context, options);
    },
    unserved: bedrockPlatform.unserved,
    baseURL: options.baseURL ?? bedrockPlatform.servers[0].url.replace("{region}", region),
    wrapFetch: (fetch) => withRequestId(fetch, bedrockPlatform.requestIdHeaders[0]),
    async authenticate(request, redactor) {
      // The event-stream codec is loaded before the first streamed request goes out (see
      // `loadEventStreamCodec`), so that the answer can be decoded as it arrives.
      if (!codec && request.url.endsWith(streamPath)) codec = await loadEventStreamCodec();
      if (signer) return signer.sign(request, redactor);
      return bearer(apiKey!, "bedrock apiKey", redactor);
    },
    adapt(request) {
      return adaptNative(this, rows, request, { pathValues: {}, encodeSegment: bedrockModelPath, version: options.anthropicVersion });
    },
    streamDecoder(response, redact) {
      const type = response.headers.get("content-type") ?? "";
      // A gateway that answers in SSE is read as SSE, as the official SDKs do.
      if (!type.includes(eventStreamContentType)) return null;
      // Loaded by `authenticate` for every streamed request.
      if (!codec) throw new StreamError("bedrock: an event-stream answer to a request that did not ask for a stream");
      return createBedrockStreamDecoder(codec, response.headers, redact);
    },
    result(row, data) {
      // CountTokens answers `{"inputTokens": N}`; the facade's type is the API's `input_tokens`.
      const inputTokens = (data as { inputTokens?: unknown }).inputTokens;
      if (row.operationId === "messages.countTokens" && typeof inputTokens === "number") return { input_tokens: inputTokens };
      return data;
    },
    errorEnvelope: bedrockErrorEnvelope,
  };
}
