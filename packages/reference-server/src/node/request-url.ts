/**
 * The absolute URL of a Node request, as `Request.url` would give it. The acceptance rules
 * are the ones the server has always applied (through @hono/node-server before), so the same
 * requests are refused with 400: an absolute-form target must parse as an http(s) URL;
 * otherwise the URL is `http://` + the Host header (or the listening host) + the target,
 * which must parse and keep the Host's name as given; a backslash in the path is refused.
 *
 * Parsing a URL costs about a microsecond on every request. Most targets are plain (no
 * character the URL parser would escape or rewrite, no dot segment) and a server sees few
 * distinct Host values, so each Host is checked once and a plain target is appended to its
 * origin; any other target goes through the parser. test/node-edge.test.ts checks that both
 * ways give the same URL.
 */

/** Targets the URL parser leaves as they are: letters, digits and the path and query punctuation it does not escape. */
const plainTarget = /^\/[\w\-.~!$&()*+,;=:@%/?]*$/;
/** `/.` and `%2e` may be dot segments, which the parser removes. */
const maybeDotSegment = /\/\.|%2e/i;

function backslashInPath(target: string): boolean {
  const backslash = target.indexOf("\\");
  if (backslash === -1) return false;
  const query = target.indexOf("?");
  return query === -1 || backslash < query;
}

/** The URL through the parser, or undefined when the request must be refused. */
export function parseRequestUrl(target: string, host: string | undefined): string | undefined {
  if (target[0] !== "/" && (target.startsWith("http://") || target.startsWith("https://"))) {
    if (backslashInPath(target)) return undefined;
    try {
      return new URL(target).href;
    } catch {
      return undefined;
    }
  }
  if (!host || backslashInPath(target)) return undefined;
  let url: URL;
  try {
    url = new URL(`http://${host}${target}`);
  } catch {
    return undefined;
  }
  // The parsed name must be the Host as sent (its port aside): a Host the parser had to
  // rewrite or cut short (a path, user info or escapes in it) is refused.
  const keptName = url.hostname.length === host.length || url.hostname === host.replace(/:\d+$/, "");
  return keptName ? url.href : undefined;
}

/** Host → its origin (`http://host:port`), or null for a Host that is refused. */
const origins = new Map<string, string | null>();

export function requestUrl(target: string, host: string | undefined): string | undefined {
  if (host === undefined || !plainTarget.test(target) || maybeDotSegment.test(target)) return parseRequestUrl(target, host);
  let origin = origins.get(host);
  if (origin === undefined) {
    // A plain target cannot change how the Host parses: it starts with the `/` that ends it.
    const root = parseRequestUrl("/", host);
    origin = root === undefined ? null : root.slice(0, -1);
    // Bounded: a client sending random Host values must not grow it forever.
    if (origins.size >= 256) origins.clear();
    origins.set(host, origin);
  }
  return origin === null ? undefined : origin + target;
}
