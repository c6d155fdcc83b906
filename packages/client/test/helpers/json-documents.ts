/**
 * Random JSON documents written as text (so numbers, escapes and whitespace take every
 * form the grammar allows, not only what JSON.stringify writes), and the "is a partial
 * of" relation a parse of any prefix must have with the parse of the whole.
 */

/** A small seeded generator (xorshift32), so a failing case is the same on every run. */
export function randomSource(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 32;
  };
}

export interface GeneratedDocument {
  readonly text: string;
  /** Offsets of the `]` and `}` that close containers. */
  readonly closers: readonly number[];
  /** Offsets just after an array item, where only whitespace, `,` or `]` may follow. */
  readonly afterItems: readonly number[];
}

const spaces = ["", "", "", " ", "\n  ", "\t", "\r\n"];
const stringPieces = [
  "a", "Paris", " ", "é", "😀", "日本", "\u007f",
  '\\"', "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t",
  "\\u00e9", "\\u00E9", "\\u0000", "\\ud83d\\ude00", "\\uD83D\\uDE00", "\\u2028",
];
const keyNames = ["city", "days", "a", "b", "__proto__", "constructor", "10", "2", "é", "with space", "q\\\"uote", "\\ud83d\\ude00"];

export function generateDocument(random: () => number, maxDepth = 4): GeneratedDocument {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const closers: number[] = [];
  const afterItems: number[] = [];
  let text = "";
  const ws = () => (text += pick(spaces));

  const digits = (min: number) => {
    let out = "";
    const count = min + Math.floor(random() * 4);
    for (let i = 0; i < count; i++) out += String(Math.floor(random() * 10));
    return out;
  };
  const number = () => {
    let out = random() < 0.3 ? "-" : "";
    out += random() < 0.3 ? "0" : String(1 + Math.floor(random() * 9)) + digits(0);
    if (random() < 0.4) out += "." + digits(1);
    if (random() < 0.3) out += pick(["e", "E"]) + pick(["", "+", "-"]) + digits(1);
    return out;
  };
  const string = () => {
    let out = '"';
    const count = Math.floor(random() * 6);
    for (let i = 0; i < count; i++) out += pick(stringPieces);
    return out + '"';
  };

  const value = (depth: number): void => {
    // Mostly containers near the top, so documents are big enough to say something, but
    // also a bare scalar now and then.
    const container = depth < maxDepth && random() < (depth === 0 ? 0.9 : 0.4);
    const kind = container ? (random() < 0.5 ? 3 : 4) : Math.floor(random() * 3);
    if (kind === 0) text += string();
    else if (kind === 1) text += number();
    else if (kind === 2) text += pick(["true", "false", "null"]);
    else if (kind === 3) {
      text += "[";
      const count = Math.floor(random() * 6);
      for (let i = 0; i < count; i++) {
        if (i > 0) text += ",";
        ws();
        value(depth + 1);
        afterItems.push(text.length);
        ws();
      }
      if (count === 0) ws();
      closers.push(text.length);
      text += "]";
    } else {
      text += "{";
      const count = Math.floor(random() * 6);
      const used = new Set<string>();
      for (let i = 0; i < count; i++) {
        // JSON.parse keeps the last of repeated keys, which no prefix could predict.
        const key = pick(keyNames);
        if (used.has(key)) continue;
        if (used.size > 0) text += ",";
        used.add(key);
        ws();
        text += `"${key}"`;
        ws();
        text += ":";
        ws();
        value(depth + 1);
        ws();
      }
      if (used.size === 0) ws();
      closers.push(text.length);
      text += "}";
    }
  };

  ws();
  value(0);
  ws();
  return { text, closers, afterItems };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isHighSurrogate = (s: string) => /[\ud800-\udbff]$/.test(s);

/** Deep equality as JSON.parse defines values: -0 is not 0, and own "__proto__" counts. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (typeof a === "number" || typeof b === "number") return Object.is(a, b);
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  if (isObject(a)) {
    if (!isObject(b)) return false;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]));
  }
  return a === b;
}

/**
 * Whether `partial` could be what a prefix of the text of `full` says so far: nothing yet;
 * a string `full` starts with (never ending in half a surrogate pair); a number (its digits
 * are still coming); a literal only whole; an array whose items but the last are whole and
 * whose last is a partial; an object holding some of the keys, all but at most one whole.
 */
export function isPartialOf(partial: unknown, full: unknown): boolean {
  if (partial === undefined) return true;
  if (typeof full === "string") {
    return typeof partial === "string" && full.startsWith(partial) && (partial === full || !isHighSurrogate(partial));
  }
  if (typeof full === "number") return typeof partial === "number";
  if (Array.isArray(full)) {
    if (!Array.isArray(partial) || partial.length > full.length) return false;
    const last = partial.length - 1;
    return partial.every((item, i) => (i < last ? sameJson(item, full[i]) : isPartialOf(item, full[i])));
  }
  if (isObject(full)) {
    if (!isObject(partial) || Object.getPrototypeOf(partial) !== Object.prototype) return false;
    let unfinished = 0;
    for (const key of Object.keys(partial)) {
      if (!Object.hasOwn(full, key) || !isPartialOf(partial[key], full[key])) return false;
      if (!sameJson(partial[key], full[key])) unfinished++;
    }
    return unfinished <= 1;
  }
  return partial === full;
}
