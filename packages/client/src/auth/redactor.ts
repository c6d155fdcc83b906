/**
 * Keeps credentials out of every message, log line, error and report claude-spec produces:
 * the client's, the conformance runner's and the reference server's records all go through
 * this one rule. Each secret is registered here; any text leaving passes through `redact`.
 *
 * The rule: a secret of at least 8 characters is registered, and every run of text that is
 * made of pieces of it at least `minFragment` (8) characters long is replaced by
 * `[redacted]`: the whole key, a 30-character fragment of it, the key cut in two by a line
 * break, all alike (two fragments side by side may show as two marks). The same holds for
 * the forms a server or proxy may echo it in: JSON-escaped, URL-encoded, and base64
 * (standard and URL-safe, at each of the three byte alignments it can take inside a longer
 * encoded value, as in a `Basic` header). Not covered: hex and other encodings (each form
 * costs a page's bundle; hex echoes of a header are rare), and pieces shorter than 8
 * characters. A run shorter than `wordRun` (16) made of letters, dashes and underscores
 * only is left alone, unless it is a whole secret: it is as likely to be an
 * ordinary word that a secret happens to contain (a test key such as
 * `sk-ant-upstream-gateway-…` shares "-gateway-" with the text around it) as a leak, and a
 * fragment of a random key that long holds a digit or other sign almost always. (The
 * conformance runner and the server's records add rules of their own on top: anything
 * shaped like an Anthropic key or a credential header.)
 */
export interface Redactor {
  add(secret: string): void;
  redact(text: string): string;
}

const marker = "[redacted]";
/** The shortest piece of a secret that is masked, and the shortest secret registered. */
export const minFragment = 8;
/** Runs of letters, dashes and underscores shorter than this are taken for words, not leaks. */
const wordRun = 16;
const wordLike = /^[A-Za-z_-]+$/;

/** The secret as it may appear in echoed text: raw and in the encodings a peer may apply. */
function formsOf(secret: string): string[] {
  const bytes = new TextEncoder().encode(secret);
  const forms = [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)];
  for (let shift = 0; shift < 3; shift++) {
    // Inside a longer value the key's bytes may start at any of three offsets in a 3-byte
    // group: encoded with that many bytes in front, less the characters those bytes (and an
    // unfinished last group) touch, which depend on the neighbours, not on the key.
    const text = btoa(String.fromCharCode(...new Uint8Array(shift), ...bytes))
      .replace(/=+$/, "")
      .slice(Math.ceil((shift * 4) / 3), (shift + bytes.length) % 3 ? -1 : undefined);
    forms.push(text, text.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return forms;
}

export function createRedactor(): Redactor {
  // Every `minFragment`-long window of every form of every secret, and each whole form after
  // a NUL (longer than a window, so never taken for one), masked even when it looks like a word.
  const pieces = new Set<string>();
  const has = (text: string, at: number) => pieces.has(text.slice(at, at + minFragment));
  return {
    add(secret) {
      // Very short values would blank out ordinary words; no real key or token is that short.
      if (secret.length < minFragment) return;
      for (const form of formsOf(secret)) {
        pieces.add(`\0${form}`);
        for (let i = 0; i + minFragment <= form.length; i++) pieces.add(form.slice(i, i + minFragment));
      }
    },
    redact(text) {
      let out = "";
      let copied = 0;
      for (let i = 0; i + minFragment <= text.length; ) {
        if (!has(text, i)) {
          i++;
          continue;
        }
        // The span goes on while each next window is a piece too (overlapping fragments).
        let end = i + minFragment;
        while (end < text.length && has(text, end + 1 - minFragment)) end++;
        const run = text.slice(i, end);
        if (end - i < wordRun && wordLike.test(run) && !pieces.has(`\0${run}`)) {
          i++;
          continue;
        }
        out += text.slice(copied, i) + marker;
        copied = i = end;
      }
      return copied === 0 ? text : out + text.slice(copied);
    },
  };
}

/** Header names whose values are credentials, whatever their value looks like. */
export const secretHeaders = new Set(["x-api-key", "authorization", "proxy-authorization", "cookie", "set-cookie"]);
