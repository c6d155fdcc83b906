/**
 * @module
 * `@claude-spec/node`: the claude-spec client for Node.js. It adds, to the runtime-agnostic
 * `@claude-spec/client`, only what Node has: defaults from the environment
 * (`ANTHROPIC_API_KEY`, `ANTHROPIC_AUTH_TOKEN`, `ANTHROPIC_BASE_URL`), uploads from paths,
 * and HTTP proxies through undici.
 */
import { createClient as createCoreClient, type ClaudeClient, type ClientOptions } from "@claude-spec/client";
import { optionsFromEnv } from "./env.ts";
import { dispatcherFor, fetchThrough, type ProxyOption } from "./proxy.ts";

export interface NodeClientOptions extends ClientOptions {
  /**
   * An HTTP(S) proxy: a URL, an undici `Dispatcher`, `"env"`, or `false`.
   * @default the proxy environment variables (HTTPS_PROXY, HTTP_PROXY, NO_PROXY) when one is set
   */
  readonly proxy?: ProxyOption;
}

/** A client whose unset options come from the environment. Explicit options win. */
export function createClient(options: NodeClientOptions = {}): ClaudeClient {
  const { proxy, ...rest } = options;
  const dispatcher = rest.fetch ? null : dispatcherFor(proxy);
  return createCoreClient({ ...optionsFromEnv(), ...rest, ...(dispatcher ? { fetch: fetchThrough(dispatcher) } : {}) });
}

export { optionsFromEnv } from "./env.ts";
export { dispatcherFor, fetchThrough, type ProxyOption } from "./proxy.ts";
export { fileFromPath, skillFilesFromDirectory, type FileFromPathOptions } from "./files.ts";
export * from "@claude-spec/client";
