import { secretHeaders } from "../auth/redactor.ts";
import { ConnectionError } from "../errors/connection-error.ts";
import type { ClientContext } from "./context.ts";

const maxHops = 5;

/**
 * Calls fetch with `redirect: "manual"` and follows redirects itself, because `fetch` keeps
 * custom headers such as `x-api-key` on a cross-origin redirect (it strips only
 * `Authorization`). A hop to another origin is made without any credential header.
 */
export async function fetchFollowingRedirects(
  context: ClientContext,
  url: string,
  init: RequestInit & { headers: Record<string, string> },
  replayable: boolean,
): Promise<Response> {
  for (let hop = 0; ; hop++) {
    const response = await context.fetch(url, init);
    if (response.type === "opaqueredirect") {
      throw new ConnectionError(`${url} redirected, and this runtime hides where to; not followed`);
    }
    const location = response.status >= 300 && response.status < 400 ? response.headers.get("location") : null;
    if (location === null) return response;
    if (hop === maxHops) throw new ConnectionError(`more than ${maxHops} redirects from ${url}`);
    const next = new URL(location, url);
    response.body?.cancel().catch(() => {});
    const toGet = response.status === 303 || ((response.status === 301 || response.status === 302) && init.method === "POST");
    if (!toGet && init.body != null && !replayable) {
      throw new ConnectionError(`${url} redirected a request whose body cannot be sent twice`);
    }
    const headers = { ...init.headers };
    if (next.origin !== context.origin) for (const name of secretHeaders) delete headers[name];
    if (toGet) delete headers["content-type"];
    init = { ...init, headers, ...(toGet ? { method: "GET", body: null } : {}) };
    context.log.info?.(`following a ${response.status} redirect`, { from: url, to: next.href });
    url = next.href;
  }
}
