import { operations, type OperationId, type OperationInfo } from "@claude-spec/generated/operations";
import type { Platform, ServedBy } from "./platforms/platform.ts";
import { createAuthHeaders } from "./auth/credentials.ts";
import { createRedactor } from "./auth/redactor.ts";
import { checkBaseURL, checkOptions } from "./check-options.ts";
import { allCodecs } from "./facade/all-codecs.ts";
import { buildFacade } from "./facade/build-facade.ts";
import type { Codecs } from "./facade/codecs.ts";
import type { Facade } from "./facade/facade-types.ts";
import { createLog } from "./logger.ts";
import { defaults, type ClientOptions } from "./options.ts";
import type { ClientContext } from "./transport/context.ts";
import { mergeHeaders } from "./transport/request-headers.ts";

export type ClaudeClient<Ids extends OperationId = OperationId> = Facade<Ids> & {
  /** The resolved configuration every call reads (and `createPathClient` shares). */
  readonly context: ClientContext;
};

/** A client's resolved configuration, with every codec. */
export function createContext(options: ClientOptions = {}): ClientContext {
  return contextWith(options, allCodecs);
}

function contextWith(options: ClientOptions, codecs: Codecs): ClientContext {
  checkOptions(options, "createClient");
  const { platform } = options;
  const base = checkBaseURL(options.baseURL ?? platform?.baseURL ?? defaults.baseURL);
  // The parsed form: host and scheme lower-cased, so the origin check on every request
  // compares like with like.
  const baseURL = base.href.replace(/\/+$/, "");
  const apiVersion = options.apiVersion ?? defaults.apiVersion;
  const redactor = createRedactor();
  const fixed: Record<string, string> = { "anthropic-version": apiVersion };
  if (options.dangerouslyAllowBrowser) fixed["anthropic-dangerous-direct-browser-access"] = "true";
  const headers = mergeHeaders(fixed, options.defaultHeaders);
  const context: ClientContext = {
    // Looked up at call time: a client made before a test (or an app) swaps globalThis.fetch still sees the swap.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    baseURL,
    origin: base.origin,
    apiVersion,
    headers,
    auth: createAuthHeaders(
      { apiKey: options.apiKey, authToken: options.authToken, inHeaders: "x-api-key" in headers || "authorization" in headers },
      redactor,
    ),
    redactor,
    log: createLog(options.logger ?? console, options.logLevel ?? defaults.logLevel, redactor.redact),
    timeout: options.timeout ?? defaults.timeout,
    idleTimeout: options.idleTimeout ?? defaults.idleTimeout,
    maxBufferedBytes: options.maxBufferedBytes ?? defaults.maxBufferedBytes,
    maxRetries: options.maxRetries ?? defaults.maxRetries,
    fetchHeadersTimeout: options.fetchHeadersTimeout ?? 0,
    codecs,
    random: Math.random,
  };
  // A cloud platform takes over the fetch, the credentials and the request shapes.
  return platform ? platform.connect(context, options) : context;
}

/**
 * A Claude API client: `client.messages.create(...)`, `client.messages.stream(...)`,
 * `client.messages.batches.results(batch)`, `for await (const m of client.models.list())`.
 * For the typed path-style call, `createPathClient(client)` (a separate import, so bundles
 * that do not use it do not carry it).
 */
export function createClient<const P extends Platform = Platform>(options: ClientOptions & { readonly platform?: P } = {}): ClaudeClient<ServedBy<P>> {
  return clientFor(operations, options) as never;
}

/**
 * A client with only the given rows of the operation table: what a bundle-size-sensitive
 * entry point uses, since the rows it does not pass (and their resources) stay out of it.
 */
export function clientFor<const Rows extends readonly OperationInfo[], const P extends Platform = Platform>(
  rows: Rows,
  options: ClientOptions & { readonly platform?: P } = {},
): ClaudeClient<Extract<Rows[number]["operationId"], ServedBy<P>>> {
  return facadeOf(createContext(options), rows);
}

/** A row a lean client can call: a JSON body or none, a JSON (or JSON and SSE) answer, no pages. */
export type LeanOperationInfo = OperationInfo & {
  readonly requestContentType: "application/json" | null;
  readonly responseContentTypes: readonly ["application/json", ...string[]];
  readonly pagination: null;
};

/**
 * `clientFor` without the code for uploads, JSON Lines, downloads and pages: for rows that
 * send JSON and answer with JSON or a stream (`messages.create` and its stream,
 * `messages.countTokens`, `models.retrieve`, the single-batch calls). A page that only talks
 * to Messages carries about 1.6 KB (gzipped) less. A row that needs more is a type error,
 * and a `ClaudeError` naming it at run time.
 */
export function leanClientFor<const Rows extends readonly LeanOperationInfo[], const P extends Platform = Platform>(
  rows: Rows,
  options: ClientOptions & { readonly platform?: P } = {},
): ClaudeClient<Extract<Rows[number]["operationId"], ServedBy<P>>> {
  return facadeOf(contextWith(options, {}), rows);
}

function facadeOf(context: ClientContext, rows: readonly OperationInfo[]): never {
  return Object.defineProperty(buildFacade(context, rows), "context", { value: context }) as never;
}
