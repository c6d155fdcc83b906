/**
 * What record mode may write about a request: its path, query and headers with every
 * credential taken out, wherever it was put. A proxy can forward a key under any name
 * (`x-forwarded-authorization`), in the query string or in the path, so redaction does not
 * rely on header names alone:
 *
 * - credential headers (and names that suggest one) lose their value, keeping the scheme;
 * - any value holding a fragment of a known key (the configured keys and the key this
 *   request presented), raw or percent-decoded, by the client's one redaction rule
 *   (`createRedactor`: fragments of 8 characters or more, JSON-escaped, URL-encoded, base64
 *   and base64url at every alignment), is redacted whole;
 * - anything that looks like a credential (`Bearer …`, `Basic …`, `sk-…` keys) is
 *   redacted even when no key is known (`apiKeys: "any"`).
 */
import { createRedactor, secretHeaders, type Redactor } from "@claude-spec/client";
import { readCredential } from "../http/auth.ts";
import type { RequestHeaders } from "../http/request-headers.ts";

export const redacted = "[redacted]";

/** Names that suggest a secret even when we do not know the header. */
const secretName = /(key|token|secret|password|passwd|auth|session|cookie|credential|signature|sig)/i;

/**
 * Values that look like a credential whatever their name: an authorization scheme with its
 * token, or an `sk-` key. (Not every long opaque string: resource ids and trace ids must stay
 * readable, the runner matches records by path.)
 */
const credentialValue = [/\b(?:bearer|basic)\s+\S+/i, /\bsk-[A-Za-z0-9_-]{8,}/];

function looksLikeCredential(text: string): boolean {
  return credentialValue.some((re) => re.test(text));
}

/** The known secrets of one request, as the client's redactor finds them. */
export class SecretFragments {
  readonly #redactor: Redactor = createRedactor();

  constructor(secrets: Iterable<string>) {
    for (const secret of secrets) this.#redactor.add(secret);
  }

  /** Whether `text` holds a known secret or a fragment of one. */
  foundIn(text: string): boolean {
    return this.#redactor.redact(text) !== text;
  }
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}

/** Whether a value (raw, or percent-decoded) gives a credential away. */
function secretIn(text: string, known: SecretFragments): boolean {
  const plain = decoded(text);
  return known.foundIn(text) || known.foundIn(plain) || looksLikeCredential(text) || looksLikeCredential(plain);
}

export function redactHeaderValues(headers: RequestHeaders, known: SecretFragments): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    const lower = name.toLowerCase();
    if (/authorization$/.test(lower)) {
      const scheme = /^([A-Za-z][\w-]*)\s/.exec(value)?.[1];
      out[lower] = scheme && !known.foundIn(scheme) ? `${scheme} ${redacted}` : redacted;
    } else if (secretHeaders.has(lower) || secretName.test(lower) || secretIn(value, known)) {
      out[lower] = redacted;
    } else {
      out[lower] = value;
    }
  });
  return out;
}

/** The path with each segment that gives a credential away replaced. */
export function redactPath(path: string, known: SecretFragments): string {
  return path
    .split("/")
    .map((segment) => (segment !== "" && secretIn(segment, known) ? redacted : segment))
    .join("/");
}

/** The query string (without `?`) with each parameter that gives a credential away replaced, order kept. */
export function redactQuery(query: string, known: SecretFragments): string {
  return query
    .split("&")
    .map((pair) => {
      const at = pair.indexOf("=");
      const name = at === -1 ? pair : pair.slice(0, at);
      if (secretIn(name, known)) return redacted;
      if (at === -1) return pair;
      const value = pair.slice(at + 1);
      return secretName.test(decoded(name)) || secretIn(value, known) ? `${name}=${redacted}` : pair;
    })
    .join("&");
}

/** Built once per configured key list and presented key: most requests present the same key. */
const cache = new WeakMap<object, Map<string, SecretFragments>>();
const anyKeys = {};
const maxCached = 64;

/** The keys a request's record must not show: the configured ones and the one it presented. */
export function knownSecrets(headers: RequestHeaders, apiKeys: readonly string[] | "any"): SecretFragments {
  const presented = readCredential(headers)?.key ?? "";
  const owner = apiKeys === "any" ? anyKeys : apiKeys;
  let byPresented = cache.get(owner);
  if (!byPresented) cache.set(owner, (byPresented = new Map()));
  let known = byPresented.get(presented);
  if (!known) {
    if (byPresented.size >= maxCached) byPresented.clear();
    known = new SecretFragments([...(apiKeys === "any" ? [] : apiKeys), ...(presented ? [presented] : [])]);
    byPresented.set(presented, known);
  }
  return known;
}
