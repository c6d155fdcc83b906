import type { AuthHeaders } from "../auth/credentials.ts";
import type { Redactor } from "../auth/redactor.ts";
import type { Codecs } from "../facade/codecs.ts";
import type { Log } from "../logger.ts";
import type { Platform } from "../platforms/platform.ts";

/**
 * The fetch this client calls. Any WHATWG fetch fits (Node, Deno, Bun, browsers, undici); a
 * test can pass a function of `(input, init)`. The client calls it as `fetch(url, init)`:
 * building a `Request` first costs about a third of a loopback round trip in undici.
 */
export type FetchFn = (input: string | Request, init?: RequestInit) => Promise<Response>;

/** A client's resolved configuration: what every request reads, computed once. */
export interface ClientContext {
  readonly fetch: FetchFn;
  /** Without a trailing slash. */
  readonly baseURL: string;
  /** The origin credentials may be sent to (and nowhere else). */
  readonly origin: string;
  readonly apiVersion: string;
  /** Lower-cased headers sent on every request: `anthropic-version` and `defaultHeaders`. */
  readonly headers: Readonly<Record<string, string>>;
  readonly auth: AuthHeaders;
  readonly redactor: Redactor;
  readonly log: Log;
  readonly timeout: number;
  readonly idleTimeout: number;
  readonly maxBufferedBytes: number;
  readonly maxRetries: number;
  /** See `ClientOptions.fetchHeadersTimeout`; 0 when unknown. */
  readonly fetchHeadersTimeout: number;
  /** Uploads, JSON Lines, downloads and pages: all of them, or none for a lean client. */
  readonly codecs: Codecs;
  /** Jitter source for backoff; tests pin it. */
  readonly random: () => number;
  /** The cloud platform this client talks to (Bedrock, Vertex, Foundry); absent for the first-party API. */
  readonly platform?: Platform;
}

/** Options every call accepts, overriding the client's for that call. */
export interface RequestOptions {
  /** Beta features for this call: sent as `anthropic-beta`, with `?beta=true` on the URL. */
  readonly betas?: readonly string[];
  /**
   * Top-level fields to add to this call's JSON body, for a parameter the spec (and so the
   * typed params, which reject unknown fields as the API does) does not know yet. They are
   * merged over the typed params and sent as given; the API still rejects fields it does
   * not know. Ignored by calls without a JSON body.
   */
  readonly extraBody?: Readonly<Record<string, unknown>>;
  /** Extra headers; `null` removes a default header. */
  readonly headers?: Readonly<Record<string, string | null>>;
  /** Aborts the call (and any retries or stream) with a `UserAbortError`. */
  readonly signal?: AbortSignal;
  /** This call's total time budget in ms, across all attempts and waits. */
  readonly timeout?: number;
  /** For streamed bodies: the longest silence, in ms, before a `TimeoutError`. */
  readonly idleTimeout?: number;
  /** See `ClientOptions.maxBufferedBytes`. */
  readonly maxBufferedBytes?: number;
  readonly maxRetries?: number;
}
