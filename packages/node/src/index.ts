/**
 * @module
 * `@claude-spec/node`: the claude-spec client for Node.js. It adds, to the runtime-agnostic
 * `@claude-spec/client`, only what Node has: defaults from the environment
 * (`ANTHROPIC_API_KEY`, `ANTHROPIC_AUTH_TOKEN`, `ANTHROPIC_BASE_URL`), uploads from paths,
 * and HTTP proxies through undici.
 */
import { createClient as createCoreClient, type ClaudeClient, type ClientOptions, type Platform, type ServedBy } from "@claude-spec/client";
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
 * How long Node's fetch waits for a response by itself before it fails: undici's defaults,
 * 10 s to connect and 300 s for the response headers, in Node's bundled copy and in the
 * proxy agents this package makes alike. Handed to the client as `fetchHeadersTimeout`, so a
 * call with a longer budget (the default 10 min) skips following an abort signal until the
 * headers arrive, which costs undici about 8% of a request's CPU.
 */
export const nodeFetchHeadersTimeout = 310_000;

/**
 * A client whose unset options come from the environment. Explicit options win. With a
 * `platform` (`bedrock()`, `vertex()`, `foundry()` from this package), the platform reads its
 * own variables and the ANTHROPIC_* key, token and base URL are not used.
 */
export function createClient<const P extends Platform = Platform>(options: NodeClientOptions & { readonly platform?: P } = {}): ClaudeClient<ServedBy<P>> {
  const { proxy, ...rest } = options;
  const dispatcher = rest.fetch ? null : dispatcherFor(proxy);
  // Only for fetches whose limits are undici's defaults: not for an injected fetch, nor for a
  // dispatcher the caller made (its timeouts are the caller's; dispatcherFor hands it back as is).
  const knownLimits = !rest.fetch && (dispatcher === null || dispatcher !== proxy);
  return createCoreClient({
    ...(rest.platform ? {} : optionsFromEnv()),
    ...(knownLimits ? { fetchHeadersTimeout: nodeFetchHeadersTimeout } : {}),
    ...rest,
    ...(dispatcher ? { fetch: fetchThrough(dispatcher) } : {}),
  });
}

export { optionsFromEnv } from "./env.ts";
export { dispatcherFor, fetchThrough, type ProxyOption } from "./proxy.ts";
export { fileFromPath, skillFilesFromDirectory, type FileFromPathOptions } from "./files.ts";
export * from "@claude-spec/client";
// Shadow the core's bedrock/vertex/foundry (local exports win over `export *`).
export { bedrock, bedrockOptionsFromEnv, foundry, foundryOptionsFromEnv, googleApplicationDefaultToken, vertex, vertexOptionsFromEnv } from "./platforms.ts";
