/**
 * What record mode may write about a request: its path, query and headers with every
 * credential taken out, wherever it was put. A proxy can forward a key under any name
 * (`x-forwarded-authorization`), in the query string or in the path, so redaction does not
 * rely on header names alone:
 *
 * - credential headers (and names that suggest one) lose their value, keeping the scheme;
 * - any value holding a fragment (12 characters or more) of a known key, the configured keys
 *   and the key this request presented, is redacted, in its raw and percent-decoded form
 *   and as base64 / base64url;
 * - anything that looks like a credential (`Bearer …`, `Basic …`, `sk-…` keys) is
 *   redacted even when no key is known (`apiKeys: "any"`).
 */
import { readCredential } from "../http/auth.ts";
import type { RequestHeaders } from "../http/request-headers.ts";

export const redacted = "[redacted]";

/**
 * Fragments this long or longer of a known key are redacted wherever they appear. Only
 * fragments holding something other than letters, `-` and `_` count: a test key made of
 * words (`sk-ant-conformance-…`) must not redact every value that shares a word with it
 * (`anthropic-beta: conformance-unknown-…`); a real key is random enough that its fragments
 * nearly all hold a digit or a symbol. The whole key always counts.
 */
const fragmentLength = 12;
const wordLike = /^[A-Za-z_-]*$/;

const credentialHeaders = new Set(["x-api-key", "authorization", "proxy-authorization", "cookie", "set-cookie"]);

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

/**
 * A key's base64 and base64url text at each of the three byte alignments, so a key inside
 * an encoded value (`Basic` credentials, a token wrapping it) is found too: for the shifted
 * alignments the leading characters, which also encode the bytes before the key, are dropped.
 */
function base64Forms(key: string): string[] {
  const out: string[] = [];
  for (let shift = 0; shift < 3; shift++) {
    let text: string;
    try {
      text = btoa("\0".repeat(shift) + key);
    } catch {
      // Not Latin-1: no plain base64 form to look for.
      return out;
    }
    const aligned = text.slice(shift === 0 ? 0 : 4).replace(/=+$/, "");
    // The last characters also depend on what follows the key.
    const stable = aligned.slice(0, Math.max(0, aligned.length - 3));
    out.push(stable, stable.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return out;
}

/** The known secrets: every fragment of each, for the sliding-window check. */
export class SecretFragments {
  readonly #fragments = new Set<string>();
  readonly #wholes: string[] = [];

  constructor(secrets: Iterable<string>) {
    for (const secret of [...secrets].flatMap((k) => [k, ...base64Forms(k)])) {
      if (secret.length === 0) continue;
      this.#wholes.push(secret);
      for (let i = 0; i + fragmentLength <= secret.length; i++) {
        const fragment = secret.slice(i, i + fragmentLength);
        if (!wordLike.test(fragment)) this.#fragments.add(fragment);
      }
    }
  }

  /** Whether `text` holds a known secret or a fragment of one. */
  foundIn(text: string): boolean {
    for (const whole of this.#wholes) if (text.includes(whole)) return true;
    if (this.#fragments.size === 0) return false;
    for (let i = 0; i + fragmentLength <= text.length; i++) if (this.#fragments.has(text.slice(i, i + fragmentLength))) return true;
    return false;
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
    } else if (credentialHeaders.has(lower) || secretName.test(lower) || secretIn(value, known)) {
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
