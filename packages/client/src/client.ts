import { operations, type OperationId, type OperationInfo } from "@claude-spec/generated/operations";
import { createAuthHeaders } from "./auth/credentials.ts";
import { createRedactor } from "./auth/redactor.ts";
import { buildFacade } from "./facade/build-facade.ts";
import type { Facade } from "./facade/facade-types.ts";
import { createLog } from "./logger.ts";
import { defaults, type ClientOptions } from "./options.ts";
import type { ClientContext } from "./transport/context.ts";
import { mergeHeaders } from "./transport/request-headers.ts";

export type ClaudeClient<Ids extends OperationId = OperationId> = Facade<Ids> & {
  /** The resolved configuration every call reads (and `createPathClient` shares). */
  readonly context: ClientContext;
};

export function createContext(options: ClientOptions = {}): ClientContext {
  const baseURL = (options.baseURL ?? defaults.baseURL).replace(/\/+$/, "");
  const apiVersion = options.apiVersion ?? defaults.apiVersion;
  const redactor = createRedactor();
  const fixed: Record<string, string> = { "anthropic-version": apiVersion };
  if (options.dangerouslyAllowBrowser) fixed["anthropic-dangerous-direct-browser-access"] = "true";
  return {
    // Looked up at call time: a client made before a test (or an app) swaps globalThis.fetch still sees the swap.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    baseURL,
    origin: new URL(baseURL).origin,
    apiVersion,
    headers: mergeHeaders(fixed, options.defaultHeaders),
    auth: createAuthHeaders({ apiKey: options.apiKey, authToken: options.authToken }, redactor),
    redactor,
    log: createLog(options.logger ?? console, options.logLevel ?? defaults.logLevel, redactor.redact),
    timeout: options.timeout ?? defaults.timeout,
    idleTimeout: options.idleTimeout ?? defaults.idleTimeout,
    maxRetries: options.maxRetries ?? defaults.maxRetries,
    random: Math.random,
  };
}

/**
 * A Claude API client: `client.messages.create(...)`, `client.messages.stream(...)`,
 * `client.messages.batches.results(batch)`, `for await (const m of client.models.list())`.
 * For the typed path-style call, `createPathClient(client)` (a separate import, so bundles
 * that do not use it do not carry it).
 */
export function createClient(options: ClientOptions = {}): ClaudeClient {
  return clientFor(operations, options);
}

/**
 * A client with only the given rows of the operation table: what a bundle-size-sensitive
 * entry point uses, since the rows it does not pass (and their resources) stay out of it.
 */
export function clientFor<const Rows extends readonly OperationInfo[]>(
  rows: Rows,
  options: ClientOptions = {},
): ClaudeClient<Extract<Rows[number]["operationId"], OperationId>> {
  const context = createContext(options);
  return Object.defineProperty(buildFacade(context, rows), "context", { value: context }) as never;
}
