/**
 * Keeps credentials out of every message, log line, error and report this client (and the
 * conformance runner, which uses this same implementation) produces. Each secret is
 * registered here; any text leaving the client passes through `redact`.
 *
 * The rule: a secret of at least 8 characters is registered, and every run of text that is
 * made of pieces of it at least `minFragment` (8) characters long is replaced by
 * `[redacted]`: the whole key, a 30-character fragment of it, the key cut in two by a line
 * break, all alike. The same holds for the forms a server or proxy may echo it in: its
 * JSON-escaped and URL-encoded forms, hex (either case), and base64 (standard and URL-safe,
 * at each of the three byte alignments it can take inside a longer encoded value, as in a
 * `Basic` header). Anything shaped like an Anthropic key (`sk-ant-` and 6 or more key
 * characters) is masked too, registered or not. Over-masking is the accepted cost: an
 * ordinary 8-character word that also occurs in a secret is masked.
 */
export interface Redactor {
  add(secret: string): void;
  redact(text: string): string;
}

const marker = "[redacted]";
/** The shortest piece of a secret that is masked, and the shortest secret registered. */
export const minFragment = 8;
const keyShaped = /sk-ant-[A-Za-z0-9_-]{6,}/g;

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/=+$/, "");
}

/** The secret as it may appear in echoed text: raw and in the encodings a peer may apply. */
function formsOf(secret: string): string[] {
  const bytes = new TextEncoder().encode(secret);
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  const forms = [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret), hex, hex.toUpperCase()];
  for (let shift = 0; shift < 3; shift++) {
    // Inside a longer value the key's bytes may start at any of three offsets in a 3-byte
    // group: encode with that many bytes in front, then drop the characters those bytes (and
    // the unfinished last group) touch, which depend on the neighbours, not the key.
    const shifted = new Uint8Array(shift + bytes.length);
    shifted.set(bytes, shift);
    const full = base64(shifted);
    const tail = (shift + bytes.length) % 3 === 0 ? full.length : full.length - 1;
    const text = full.slice(Math.ceil((shift * 4) / 3), tail);
    forms.push(text, text.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return forms;
}

export function createRedactor(): Redactor {
  // Every `minFragment`-long window of every form of every secret.
  const pieces = new Set<string>();
  // A provider's value is registered on every attempt; its windows are computed once.
  const seen = new Set<string>();
  return {
    add(secret) {
      // Very short values would blank out ordinary words; no real key or token is that short.
      if (secret.length < minFragment || seen.has(secret)) return;
      seen.add(secret);
      for (const form of formsOf(secret)) for (let i = 0; i + minFragment <= form.length; i++) pieces.add(form.slice(i, i + minFragment));
    },
    redact(text) {
      text = text.replace(keyShaped, `sk-ant-${marker}`);
      if (pieces.size === 0 || text.length < minFragment) return text;
      let out = "";
      let copied = 0;
      // The masked span being built, [from, to): windows that overlap or touch join into one.
      let from = -1;
      let to = -1;
      for (let i = 0; i + minFragment <= text.length; i++) {
        if (!pieces.has(text.slice(i, i + minFragment))) continue;
        if (i > to) {
          if (from !== -1) {
            out += text.slice(copied, from) + marker;
            copied = to;
          }
          from = i;
        }
        to = i + minFragment;
      }
      return from === -1 ? text : out + text.slice(copied, from) + marker + text.slice(to);
    },
  };
}

/** Header names whose values are credentials, whatever their value looks like. */
export const secretHeaders = new Set(["x-api-key", "authorization", "proxy-authorization", "cookie", "set-cookie", "x-goog-api-key", "api-key"]);
