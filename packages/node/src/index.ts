/**
 * @module
 * `@claude-spec/node`: the claude-spec client for Node.js. It adds, to the runtime-agnostic
 * `@claude-spec/client`, only what Node has: defaults from the environment
 * (`ANTHROPIC_API_KEY`, `ANTHROPIC_AUTH_TOKEN`, `ANTHROPIC_BASE_URL`), uploads from paths,
 * HTTP proxies through undici, and time budgets shared by calls that start together
 * (`sharedBudget`), since Node's fetch pays for every new AbortSignal it follows.
 */
import { createClient as createCoreClient, sharedBudget, type ClaudeClient, type ClientOptions } from "@claude-spec/client";
import { optionsFromEnv } from "./env.ts";
import { dispatcherFor, fetchThrough, type ProxyOption } from "./proxy.ts";

export interface NodeClientOptions extends ClientOptions {
  /**
   * An HTTP(S) proxy: a URL, an undici `Dispatcher`, `"env"`, or `false`.
   * @default the proxy environment variables (HTTPS_PROXY, HTTP_PROXY, NO_PROXY) when one is set
   */
  readonly proxy?: ProxyOption;
}

/**
 * A client whose unset options come from the environment. Explicit options win. Calls
 * that only their timeout can end early share time budgets (`sharedBudget`) unless
 * `timeBudget` says otherwise.
 */
export function createClient(options: NodeClientOptions = {}): ClaudeClient {
  const { proxy, ...rest } = options;
  const dispatcher = rest.fetch ? null : dispatcherFor(proxy);
  return createCoreClient({ timeBudget: sharedBudget, ...optionsFromEnv(), ...rest, ...(dispatcher ? { fetch: fetchThrough(dispatcher) } : {}) });
}

export { optionsFromEnv } from "./env.ts";
export { dispatcherFor, fetchThrough, type ProxyOption } from "./proxy.ts";
export { fileFromPath, skillFilesFromDirectory, type FileFromPathOptions } from "./files.ts";
export * from "@claude-spec/client";
