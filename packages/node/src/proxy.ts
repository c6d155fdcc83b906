/**
 * HTTP(S) proxies through an undici dispatcher. Node's built-in fetch ignores the proxy
 * environment variables, so requests made behind a corporate proxy would fail; this routes
 * them through `ProxyAgent` (an explicit URL) or `EnvHttpProxyAgent` (HTTPS_PROXY,
 * HTTP_PROXY and NO_PROXY), using undici's own fetch so the dispatcher and fetch match.
 */
import type { FetchFn } from "@claude-spec/client";
import { createRequire } from "node:module";
import type { Dispatcher } from "undici";

// undici is loaded only when a proxy is asked for: loading it installs its own Agent as Node's
// global dispatcher (every fetch in the process then goes through it), which an app that
// merely imports this package must not get, and it takes tens of ms to load.
const require = createRequire(import.meta.url);
const undici = (): typeof import("undici") => require("undici");

/** A proxy URL, an undici dispatcher, `"env"` for the environment variables, or false for none. */
export type ProxyOption = string | URL | Dispatcher | "env" | false;

const proxyVariables = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"];

export function dispatcherFor(proxy: ProxyOption | undefined, env: NodeJS.ProcessEnv = process.env): Dispatcher | null {
  if (proxy === false) return null;
  if (proxy === undefined) return proxyVariables.some((name) => env[name]) ? new (undici().EnvHttpProxyAgent)() : null;
  if (proxy === "env") return new (undici().EnvHttpProxyAgent)();
  if (typeof proxy === "string" || proxy instanceof URL) return new (undici().ProxyAgent)(String(proxy));
  return proxy;
}

/**
 * undici's fetch with a dispatcher. The runtime's FormData is not undici's (Node bundles its
 * own copy), so a form is encoded by the runtime first and sent as a stream: each attempt
 * encodes it afresh, so retries still work.
 */
export function fetchThrough(dispatcher: Dispatcher): FetchFn {
  const undiciFetch = undici().fetch;
  return (input, init = {}) => {
    let { body, headers } = init as { body?: BodyInit | null; headers?: Record<string, string> };
    if (body instanceof FormData) {
      const encoded = new Response(body);
      headers = { ...headers, "content-type": encoded.headers.get("content-type")! };
      body = encoded.body;
    }
    const options = { ...init, body, headers, dispatcher, ...(body instanceof ReadableStream ? { duplex: "half" } : {}) };
    return undiciFetch(input as string, options as never) as unknown as Promise<Response>;
  };
}
