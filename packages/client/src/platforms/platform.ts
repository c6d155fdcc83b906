/**
 * The contract between the shared client core and a cloud platform (Amazon Bedrock, Google
 * Vertex AI, Microsoft Foundry). A platform is a small adapter: it says where a request goes
 * and what its body looks like, authenticates it, reads its stream framing and error shapes.
 * Retries, time budgets, redaction, accumulation and types stay in the core, for every
 * platform alike. See /work/shared/PLATFORMS.md for each platform's wire.
 */
import type { OperationId, OperationInfo } from "@claude-spec/generated/operations";
import { ClaudeError } from "../errors/claude-error.ts";
import type { Redactor } from "../auth/redactor.ts";
import type { MessageDecoder } from "../stream/message-decoder.ts";
import type { ClientContext, FetchFn } from "../transport/context.ts";
import type { Outgoing } from "../transport/send.ts";

/** A request as it is about to be sent: what a signer (SigV4) signs. */
export interface SignableRequest {
  readonly method: string;
  readonly url: string;
  /** Lower-cased; the credential headers are written into this object after signing. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: BodyInit | null;
}

/** What a platform reshapes a first-party request from. */
export interface FirstPartyRequest {
  /** The client's context (its base URL, without a trailing slash, and its `anthropic-version`). */
  readonly context: ClientContext;
  readonly row: OperationInfo;
  readonly stream: boolean;
  /** The call's parameters, as the first-party API takes them (with `model`). */
  readonly params: Readonly<Record<string, unknown>>;
  /** The `anthropic-beta` list of the call (already in `headers`). */
  readonly betas: readonly string[];
  /** The request's own headers, lower-cased, to adjust and send. */
  readonly headers: Record<string, string>;
}

/** An API error envelope, as the core reads it. */
export interface ErrorEnvelope {
  readonly type: "error";
  readonly error: { readonly type: string | null; readonly message: string };
  readonly request_id?: string;
  readonly [extra: string]: unknown;
}

/**
 * A platform adapter. `Ids` are the operations the platform serves: a client made with it
 * has only those in its type, and the others fail before any I/O (see `adapt`).
 */
export interface Platform<Ids extends OperationId = OperationId> {
  readonly name: string;
  /** The first-party operations this platform does not serve (the generated table's `unserved`). */
  readonly unserved: readonly string[];
  /** Type-only: the operations served. */
  readonly served?: readonly Ids[];
  /** Where requests go when the client is given no `baseURL`. */
  readonly baseURL: string;
  /**
   * The client's context with this platform in it (`connectPlatform`): called by
   * `createClient`, so that none of this code is in a first-party client's bundle.
   */
  connect(context: ClientContext, options: { readonly apiKey?: unknown; readonly authToken?: unknown }): ClientContext;
  /**
   * Wraps the client's fetch: Bedrock's and Foundry's copy their request-id header into
   * `request-id`, which every result, stream and error reads `requestId` from (`withRequestId`).
   */
  wrapFetch?(fetch: FetchFn): FetchFn;
  /**
   * The credential headers for one attempt of a request (called again on each retry, so a
   * signature's date and a rotated token are fresh). Secrets are registered with `redactor`.
   */
  authenticate(request: SignableRequest, redactor: Redactor): Record<string, string> | Promise<Record<string, string>>;
  /**
   * The platform's request for a first-party one (URL, headers, body), or null to send the
   * first-party request as it is (under the platform's base URL). Synchronous, before any
   * I/O; throws for an operation the platform does not serve.
   */
  adapt(request: FirstPartyRequest): Outgoing | null;
  /**
   * A decoder for a streamed answer in the platform's own framing (Bedrock's event stream),
   * or null when the answer is SSE, which the core decodes.
   */
  streamDecoder?(response: Response, redact: (text: string) => string): MessageDecoder | null;
  /** A JSON answer in the platform's shape, as the first-party API gives it. */
  result?(row: OperationInfo, data: unknown): unknown;
  /** An error body in the platform's shape, as the API's error envelope; null to keep it as is. */
  errorEnvelope?(body: unknown, response: Response): ErrorEnvelope | null;
}

/** The operations a client made with `platform` has. */
export type ServedBy<P> = P extends Platform<infer Ids> ? Ids : OperationId;

/** The typed error for an operation a platform does not serve, thrown before any I/O. */
export function notServed(platform: string, operationId: string): ClaudeError {
  return new ClaudeError(`${operationId} is not available on ${platform}: the platform does not serve it`);
}

/** `adapt`'s common first step: refuses an operation the platform does not serve. */
export function checkServed(platform: Platform, row: OperationInfo): void {
  if (platform.unserved.includes(row.operationId)) throw notServed(platform.name, row.operationId);
}

/** The operations a platform described by the generated table serves: all but its `unserved`. */
export type ServedOf<Info extends { readonly unserved: readonly string[] }> = Exclude<OperationId, Info["unserved"][number]>;

/**
 * `Platform.connect` for every platform: the platform's credentials replace the client's
 * (an `apiKey` or `authToken` beside a platform is refused: it would go nowhere), and its
 * fetch wrapper, if any, wraps the client's fetch.
 */
export function connectPlatform(platform: Platform, context: ClientContext, options: { readonly apiKey?: unknown; readonly authToken?: unknown }): ClientContext {
  if (options.apiKey != null || options.authToken != null) {
    throw new ClaudeError(`createClient: pass ${platform.name}'s credentials to ${platform.name}(), not apiKey or authToken`);
  }
  return {
    ...context,
    fetch: platform.wrapFetch ? platform.wrapFetch(context.fetch) : context.fetch,
    auth: (request) => platform.authenticate(request!, context.redactor),
    platform,
  };
}
