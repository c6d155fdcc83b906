/**
 * Amazon Bedrock's errors: an HTTP error is `{"message": …}` with the exception's name in
 * `x-amzn-errortype`; a failure mid-stream is an event-stream frame of message type
 * `exception` (`:exception-type`, JSON `{"message": …}`) or `error` (`:error-code`,
 * `:error-message`). Each becomes the typed error for its kind, by the HTTP status AWS gives
 * that exception (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ResponseStream.html).
 * Names AWS adds later keep the answer's status (HTTP) or stay an `APIError` (mid-stream).
 */
import { bedrockMessagesStreamOperation, bedrockPlatform } from "@claude-spec/generated/platform-operations";
import type { APIError } from "../errors/api-error.ts";
import { errorFromEnvelope } from "../errors/error-from-response.ts";
import { isApiEnvelope, platformEnvelope, typeForStatus } from "./platform-errors.ts";
import type { ErrorEnvelope } from "./platform.ts";

/**
 * The HTTP status of each Bedrock exception, by lower-cased name: the HTTP exceptions and the
 * stream's exception frames of the generated platform table (the stream's names are camel-cased).
 */
const statusOf: Record<string, number> = {};
for (const table of [bedrockPlatform.exceptions, bedrockMessagesStreamOperation.streamExceptions]) {
  for (const [name, status] of Object.entries(table)) statusOf[name.toLowerCase()] = status;
}

/** The exception name from `x-amzn-errortype` (`Name:http://…`, sometimes `ns#Name`). */
export function awsErrorName(header: string | null): string | null {
  if (!header) return null;
  const name = header.split(":")[0]!.split("#").pop()!.trim();
  return name === "" ? null : name;
}

/** The API's error type for a Bedrock exception name (either first-letter case). */
export function bedrockErrorType(name: string | null, status: number | null): string | null {
  const known = name ? statusOf[name.toLowerCase()] : undefined;
  if (known !== undefined) return typeForStatus(known);
  return status === null ? null : typeForStatus(status);
}

/** An HTTP error answer from Bedrock, as the API's envelope (null: it already is one). */
export function bedrockErrorEnvelope(body: unknown, response: Response): ErrorEnvelope | null {
  if (isApiEnvelope(body)) return null;
  const name = awsErrorName(response.headers.get("x-amzn-errortype")) ?? stringField(body, "__type") ?? stringField(body, "code");
  const message = stringField(body, "message") ?? stringField(body, "Message") ?? `${response.status} from Bedrock`;
  return platformEnvelope(bedrockErrorType(name, response.status), message, { name, body }, response.headers.get("x-amzn-requestid"));
}

/** The typed error for an `exception` or `error` frame in a Bedrock stream. */
export function bedrockStreamError(name: string | null, message: string, headers: Headers, redact: (text: string) => string): APIError {
  const envelope = platformEnvelope(bedrockErrorType(name, null), message, { name }, null);
  return errorFromEnvelope(envelope, null, headers, redact);
}

function stringField(body: unknown, key: string): string | null {
  const value = typeof body === "object" && body !== null ? (body as Record<string, unknown>)[key] : undefined;
  return typeof value === "string" ? value : null;
}
