import { secretHeaders } from "../auth/redactor.ts";
import { RedirectError } from "../errors/redirect-error.ts";
import type { ClientContext } from "./context.ts";

const maxHops = 5;

/**
 * True when a response sent with `redirect: "manual"` may ask to be followed: a 3xx, or an
 * opaque redirect (status 0: a browser hiding where to). `followRedirects` hands back as it is
 * one that has no Location after all (a 304), so this needs no header lookup.
 */
export function isRedirect(response: Response): boolean {
  const status = response.status;
  return status < 200 || (status >= 300 && status < 400);
}

/**
 * Follows the redirect `response` answered to `url`. The client sends with
 * `redirect: "manual"` and follows itself, because `fetch` keeps custom headers such as
 * `x-api-key` on a cross-origin redirect (it strips only `Authorization`). A hop to another
 * origin is made without any credential header. Called only for a redirect, so an ordinary
 * answer pays for no extra promise.
 */
export async function followRedirects(
  context: ClientContext,
  url: string,
  init: RequestInit & { headers: Record<string, string> },
  replayable: boolean,
  response: Response,
): Promise<Response> {
  for (let hop = 1; ; hop++) {
    if (response.type === "opaqueredirect") {
      throw new RedirectError(`${url} redirected to a hidden location; not followed`);
    }
    const location = response.status >= 300 && response.status < 400 ? response.headers.get("location") : null;
    if (location === null) return response;
    // A loop or an endless chain: final, as a retry would only walk it again.
    if (hop > maxHops) throw new RedirectError(`more than ${maxHops} redirects, the last to ${url}`);
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      throw new RedirectError(`${url} redirected to a Location that is not a URL`);
    }
    response.body?.cancel().catch(() => {});
    const toGet = response.status === 303 || ((response.status === 301 || response.status === 302) && init.method === "POST");
    if (!toGet && init.body != null && !replayable) {
      throw new RedirectError(`${url} redirected a request whose body cannot be sent twice`);
    }
    const headers = { ...init.headers };
    if (next.origin !== context.origin) for (const name of secretHeaders) delete headers[name];
    if (toGet) delete headers["content-type"];
    init = { ...init, headers, ...(toGet ? { method: "GET", body: null } : {}) };
    context.log.info?.(`following a ${response.status} redirect`, { from: url, to: next.href });
    url = next.href;
    response = await context.fetch(url, init);
  }
}
