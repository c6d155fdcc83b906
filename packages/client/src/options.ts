import type { components } from "@claude-spec/generated/schema";
import type { Secret } from "./auth/credentials.ts";
import type { Logger, LogLevel } from "./logger.ts";
import type { Platform } from "./platforms/platform.ts";
import type { FetchFn } from "./transport/context.ts";

export type ApiVersion = components["schemas"]["AnthropicVersion"];

export interface ClientOptions {
  /**
   * An API key, sent as `x-api-key`; or a function returning one. Without it or `authToken`
   * (or an `x-api-key`/`authorization` in `defaultHeaders`), every call fails before the
   * network with a `MissingCredentialsError`. `null` sends no credentials on purpose (a
   * proxy or gateway that adds its own).
   */
  readonly apiKey?: Secret | null;
  /** A bearer token (`Authorization: Bearer …`), used when no `apiKey` is given; or a function. `null`: none, on purpose. */
  readonly authToken?: Secret | null;
  /** @default "https://api.anthropic.com" */
  readonly baseURL?: string;
  /**
   * The `anthropic-version` header. The default is the long-standing `2023-06-01`: every
   * proxy, gateway and cloud platform accepts it (legacy Bedrock models reject `2026-10-21`),
   * and requests written for it (`temperature`, `top_p`, `top_k`) keep working. Files and
   * Skills are generally available on both versions (no beta header; pass `betas` per call
   * for their older beta shapes). Choose `2026-10-21` for the newer contract.
   * @default "2023-06-01"
   */
  readonly apiVersion?: ApiVersion;
  /** Total time budget per call in ms, across all attempts and waits. @default 600000 (10 min) */
  readonly timeout?: number;
  /**
   * For streamed bodies (SSE, JSON Lines, downloads): the longest silence in ms before a
   * `TimeoutError`. A stream may run longer than `timeout`, but may not stall.
   * @default 300000 (5 min, the same as Node's own body timeout)
   */
  readonly idleTimeout?: number;
  /**
   * The most the client holds in memory to parse one piece of an answer: a whole JSON answer
   * (bytes after decompression), one SSE line or event, one JSON Lines line (characters).
   * Past it the call fails with a `ResponseTooLargeError` instead of growing without end
   * (a compressed body can expand a thousandfold). Streams and batch results of any total
   * size are read piece by piece and are not bounded by it. `Infinity` for no limit.
   * @default 33554432 (32 MiB)
   */
  readonly maxBufferedBytes?: number;
  /** Retries after the first attempt. @default 2 */
  readonly maxRetries?: number;
  /** Headers sent on every request; `null` removes one the client would send. */
  readonly defaultHeaders?: Readonly<Record<string, string | null>>;
  /** The fetch to use. @default globalThis.fetch, looked up at call time (so mocks installed later apply) */
  readonly fetch?: FetchFn;
  /**
   * How long, in ms, the `fetch` in use waits for a response's headers (connecting included)
   * before it fails by itself, if it is known. A call whose remaining budget is longer than
   * this, with no `signal` of its own and a JSON body of at most 2^20 characters (or none), is then not
   * handed an abort signal until the headers arrive: the fetch would give up first anyway,
   * and following a signal costs Node's fetch about 8% of a request's CPU. The call still
   * fails at its deadline. `@claude-spec/node` sets 310000 for Node's fetch (undici: 10 s
   * to connect, 300 s for headers). Set it only for a fetch that really does give up.
   * @default 0 (unknown: every request is handed its signal)
   */
  readonly fetchHeadersTimeout?: number;
  /** Where log lines go. @default console */
  readonly logger?: Logger;
  /** @default "warn" */
  readonly logLevel?: LogLevel;
  /**
   * Sends `anthropic-dangerous-direct-browser-access: true`, without which the API refuses
   * browser (CORS) requests. It exposes the key to the page's users.
   * @default false
   */
  readonly dangerouslyAllowBrowser?: boolean;
  /**
   * A cloud platform to talk to instead of the first-party API: `bedrock({ … })`,
   * `vertex({ … })` or `foundry({ … })`. It brings its own base URL and credentials; the
   * client has only the operations the platform serves.
   */
  readonly platform?: Platform;
}

/** The defaults, in one place. */
export const defaults = {
  baseURL: "https://api.anthropic.com",
  apiVersion: "2023-06-01",
  timeout: 600_000,
  idleTimeout: 300_000,
  maxBufferedBytes: 33_554_432, // 32 MiB
  maxRetries: 2,
  logLevel: "warn",
} as const satisfies Partial<ClientOptions>;
