/**
 * A deterministic stand-in for a tokenizer. Runs of letters and digits count one token per
 * four characters, every other visible character one token, whitespace nothing. The same
 * function counts `count_tokens`, `usage.input_tokens` and `usage.output_tokens`, which is
 * what makes them agree with each other; the numbers are not the real model's.
 */

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff;
}

function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  // Outside ASCII: letters of other scripts count as word characters, as do surrogates.
  return !isSpace(c) && !(c >= 0x2000 && c <= 0x206f) && !(c >= 0x3000 && c <= 0x303f);
}

const wordSlice = 4;

/** Calls `onToken(end)` with the end index of each token of `text`, until it returns false. */
function scanTokens(text: string, onToken: (end: number) => boolean): void {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (!isWordChar(c)) {
      // A surrogate pair is one character.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
      if (!onToken(i)) return;
      continue;
    }
    let run = 0;
    while (i < text.length && isWordChar(text.charCodeAt(i))) {
      const high = text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff;
      i += high && i + 1 < text.length ? 2 : 1;
      if (++run === wordSlice) {
        run = 0;
        if (!onToken(i)) return;
      }
    }
    if (run > 0 && !onToken(i)) return;
  }
}

/** The same count as scanTokens gives, in one tight loop (this runs on every request). */
export function textTokens(text: string): number {
  let n = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWordChar(c)) {
      // A surrogate pair is one character of a word.
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
      if (++run === wordSlice) {
        n++;
        run = 0;
      }
      continue;
    }
    if (run > 0) {
      n++;
      run = 0;
    }
    if (isSpace(c)) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
    n++;
  }
  return run > 0 ? n + 1 : n;
}

/** The longest prefix of `text` with at most `max` tokens. */
export function truncateToTokens(text: string, max: number): string {
  if (max <= 0) return "";
  let n = 0;
  let end = text.length;
  let cut = false;
  scanTokens(text, (at) => {
    if (++n === max) {
      end = at;
      cut = true;
      return false;
    }
    return true;
  });
  return cut ? text.slice(0, end) : text;
}

/** Base64 payloads (images, PDFs) cost one token per this many characters. */
const base64CharsPerToken = 750;

/** Tokens of any JSON value: strings tokenized, binary `data` by size, signatures free. */
export function valueTokens(value: unknown, key = ""): number {
  if (typeof value === "string") {
    if (key === "data") return Math.ceil(value.length / base64CharsPerToken);
    if (key === "signature") return 0;
    return textTokens(value);
  }
  if (typeof value === "number" || typeof value === "boolean") return 1;
  if (Array.isArray(value)) return value.reduce<number>((n, v) => n + valueTokens(v), 0);
  if (value && typeof value === "object") {
    let n = 0;
    for (const [k, v] of Object.entries(value)) n += valueTokens(v, k);
    return n;
  }
  return 0;
}

function contentTokens(content: unknown): number {
  if (typeof content === "string") return textTokens(content);
  if (!Array.isArray(content)) return valueTokens(content);
  let n = 0;
  for (const block of content) {
    if (block?.type === "text" && typeof block.text === "string") n += textTokens(block.text);
    else if (block?.type === "thinking" && typeof block.thinking === "string") n += textTokens(block.thinking);
    else n += valueTokens(block);
  }
  return n;
}

/** Per-message framing (role markers), as real tokenizers charge. */
const perMessage = 3;

/** The input tokens of a Messages or count_tokens body: system, messages and tool definitions. */
export function countInputTokens(body: Record<string, any>): number {
  let n = 1;
  if (body.system !== undefined) n += contentTokens(body.system);
  if (Array.isArray(body.messages)) {
    for (const message of body.messages) n += perMessage + contentTokens(message?.content);
  }
  if (Array.isArray(body.tools)) for (const tool of body.tools) n += valueTokens(tool);
  return n;
}
