/**
 * Parses the start of a JSON document, the tool input that has arrived so far, into the
 * most complete value it describes. Finished values come out exactly as `JSON.parse` gives
 * them; the value still being written is kept when a prefix of it means something (a string
 * so far, a number so far) and dropped when it does not (`tr`, `-`, a key with no value
 * yet); open arrays and objects are closed. Text that no continuation could make valid is a
 * `StreamError` naming the position, never a guess.
 *
 * One pass, left to right, with an explicit stack instead of recursion: time is linear in
 * the text and deep nesting cannot overflow the call stack.
 */
import { StreamError } from "../errors/stream-error.ts";

export function parsePartialJson(text: string): unknown {
  return new PartialJsonParser(text).parse();
}

// What the parser expects next, outside any token.
const VALUE = 0; // a value: at the top, after `:` or after `,` in an array
const FIRST_ITEM = 1; // after `[`: a value or `]`
const FIRST_KEY = 2; // after `{`: a key or `}`
const KEY = 3; // after `,` in an object: a key
const COLON = 4; // after a key
const AFTER_VALUE = 5; // `,` or the closing bracket, or nothing more at the top

// Character codes the grammar turns on.
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON_CHAR = 0x3a;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

/** Marks a value cut off before it meant anything (`-`, `nu`), which the result leaves out. */
const DROPPED: unique symbol = Symbol("dropped");

// The number grammar (RFC 8259 §6) as states, so a cut-off number can fall back to its
// longest prefix that is a number: "12." → 12, "1e-" → 1, "-" → nothing.
const N_START = 0;
const N_MINUS = 1;
const N_ZERO = 2; // a leading 0 takes no more digits
const N_INT = 3;
const N_DOT = 4;
const N_FRAC = 5;
const N_EXP = 6; // after e/E
const N_EXP_SIGN = 7;
const N_EXP_DIGITS = 8;

const isDigit = (c: number) => c >= DIGIT_0 && c <= DIGIT_9;
const isExp = (c: number) => c === 0x65 || c === 0x45;

/** The state after `c`, or -1 when `c` cannot continue the number. */
function numberStep(state: number, c: number): number {
  switch (state) {
    case N_START:
      return c === MINUS ? N_MINUS : c === DIGIT_0 ? N_ZERO : isDigit(c) ? N_INT : -1;
    case N_MINUS:
      return c === DIGIT_0 ? N_ZERO : isDigit(c) ? N_INT : -1;
    case N_ZERO:
      return c === DOT ? N_DOT : isExp(c) ? N_EXP : -1;
    case N_INT:
      return isDigit(c) ? N_INT : c === DOT ? N_DOT : isExp(c) ? N_EXP : -1;
    case N_DOT:
      return isDigit(c) ? N_FRAC : -1;
    case N_FRAC:
      return isDigit(c) ? N_FRAC : isExp(c) ? N_EXP : -1;
    case N_EXP:
      return c === PLUS || c === MINUS ? N_EXP_SIGN : isDigit(c) ? N_EXP_DIGITS : -1;
    default: // N_EXP_SIGN, N_EXP_DIGITS
      return isDigit(c) ? N_EXP_DIGITS : -1;
  }
}

const isCompleteNumber = (state: number) =>
  state === N_ZERO || state === N_INT || state === N_FRAC || state === N_EXP_DIGITS;

/** The one-character escapes; `\u` is handled apart. */
const simpleEscapes: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

function hexValue(c: number): number {
  if (c >= DIGIT_0 && c <= DIGIT_9) return c - DIGIT_0;
  const lower = c | 0x20; // folds A-F onto a-f
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

type Container = unknown[] | Record<string, unknown>;

class PartialJsonParser {
  readonly #text: string;
  #pos = 0;
  #root: unknown = undefined;
  /** The open arrays and objects, outermost first; each is already attached to its parent. */
  readonly #stack: Container[] = [];
  /** Per open object, the key whose value comes next. */
  readonly #keys: string[] = [];

  constructor(text: string) {
    this.#text = text;
  }

  parse(): unknown {
    const text = this.#text;
    const end = text.length;
    const stack = this.#stack;
    let state = VALUE;
    for (;;) {
      const i = this.#skipWhitespace();
      if (i === end) return this.#root;
      const c = text.charCodeAt(i);
      switch (state) {
        case FIRST_ITEM:
          if (c === CLOSE_BRACKET) {
            this.#close(i);
            state = AFTER_VALUE;
            break;
          }
        // falls through: otherwise the first item is a value like any other
        case VALUE:
          state = this.#value(i, c);
          break;
        case FIRST_KEY:
          if (c === CLOSE_BRACE) {
            this.#close(i);
            state = AFTER_VALUE;
            break;
          }
        // falls through
        case KEY:
          if (c !== QUOTE) this.#fail(i, "expected a string key");
          // A key cut off at the end is simply never given a value, so it is left out.
          this.#keys[stack.length - 1] = this.#string(i + 1);
          state = COLON;
          break;
        case COLON:
          if (c !== COLON_CHAR) this.#fail(i, "expected ':'");
          this.#pos = i + 1;
          state = VALUE;
          break;
        case AFTER_VALUE: {
          const top = stack[stack.length - 1];
          if (top === undefined) this.#fail(i, "expected the end of the document");
          const isArray = Array.isArray(top);
          if (c === COMMA) {
            this.#pos = i + 1;
            state = isArray ? VALUE : KEY;
          } else if (c === (isArray ? CLOSE_BRACKET : CLOSE_BRACE)) {
            this.#close(i);
          } else {
            this.#fail(i, isArray ? "expected ',' or ']'" : "expected ',' or '}'");
          }
        }
      }
    }
  }

  /** Reads the value starting at `i` (its first character `c`); returns the next state. */
  #value(i: number, c: number): number {
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      // Attached now, so a container the text stops inside is already in the result.
      const container: Container = c === OPEN_BRACE ? {} : [];
      this.#put(container);
      this.#stack.push(container);
      this.#pos = i + 1;
      return c === OPEN_BRACE ? FIRST_KEY : FIRST_ITEM;
    }
    let value: unknown;
    if (c === QUOTE) value = this.#string(i + 1);
    else if (c === MINUS || isDigit(c)) value = this.#number(i);
    else if (c === 0x74) value = this.#literal(i, "true", true);
    else if (c === 0x66) value = this.#literal(i, "false", false);
    else if (c === 0x6e) value = this.#literal(i, "null", null);
    else this.#fail(i, "expected a value");
    if (value !== DROPPED) this.#put(value);
    return AFTER_VALUE;
  }

  /** Adds a value to the innermost open container, or makes it the document. */
  #put(value: unknown): void {
    const depth = this.#stack.length;
    if (depth === 0) {
      this.#root = value;
      return;
    }
    const top = this.#stack[depth - 1]!;
    if (Array.isArray(top)) {
      top.push(value);
      return;
    }
    const key = this.#keys[depth - 1]!;
    // Assigning "__proto__" would set the prototype; JSON.parse makes it an own property.
    if (key === "__proto__") Object.defineProperty(top, key, { value, writable: true, enumerable: true, configurable: true });
    else top[key] = value;
  }

  #close(i: number): void {
    this.#stack.pop();
    this.#pos = i + 1;
  }

  #skipWhitespace(): number {
    const text = this.#text;
    let i = this.#pos;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
    }
    return (this.#pos = i);
  }

  /**
   * Reads a string whose opening quote is just before `start`. Cut off, it gives the text
   * so far: a dangling `\` or a partial `\uXXXX` is left out, and so is a trailing high
   * surrogate, whose other half may still be on its way (shown alone, it is a broken
   * character).
   */
  #string(start: number): string {
    const text = this.#text;
    const end = text.length;
    let out = "";
    let from = start; // the start of the run of plain characters not yet copied
    let i = start;
    for (;;) {
      if (i >= end) return this.#cutString(out + text.slice(from, end));
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        this.#pos = i + 1;
        return out + text.slice(from, i);
      }
      if (c === BACKSLASH) {
        out += text.slice(from, i);
        if (i + 1 >= end) return this.#cutString(out);
        const e = text[i + 1]!;
        if (e === "u") {
          let code = 0;
          for (let k = i + 2; k < i + 6; k++) {
            if (k >= end) return this.#cutString(out);
            const h = hexValue(text.charCodeAt(k));
            if (h < 0) this.#fail(k, "expected a hex digit of a \\u escape");
            code = code * 16 + h;
          }
          out += String.fromCharCode(code);
          i += 6;
        } else {
          const decoded = simpleEscapes[e];
          if (decoded === undefined) this.#fail(i + 1, "expected an escape character");
          out += decoded;
          i += 2;
        }
        from = i;
        continue;
      }
      if (c < 0x20) this.#fail(i, "control characters must be escaped in a string");
      i++;
    }
  }

  #cutString(soFar: string): string {
    this.#pos = this.#text.length;
    const last = soFar.charCodeAt(soFar.length - 1);
    return last >= 0xd800 && last <= 0xdbff ? soFar.slice(0, -1) : soFar;
  }

  /** Reads a number; cut off, its longest prefix that is a number, or nothing. */
  #number(start: number): number | typeof DROPPED {
    const text = this.#text;
    const end = text.length;
    let state = N_START;
    let complete = start; // where the longest complete number so far ends
    let i = start;
    for (; i < end; i++) {
      const next = numberStep(state, text.charCodeAt(i));
      if (next < 0) break;
      state = next;
      if (isCompleteNumber(state)) complete = i + 1;
    }
    this.#pos = i;
    if (i === end) return complete > start ? Number(text.slice(start, complete)) : DROPPED;
    // Something else follows: the number is finished, so it must be whole ("1.]" is not).
    if (!isCompleteNumber(state)) this.#fail(i, "expected a digit");
    return Number(text.slice(start, i));
  }

  /** Reads `true`, `false` or `null`; cut off (`tr`), nothing: a literal appears only whole. */
  #literal<T>(start: number, word: string, value: T): T | typeof DROPPED {
    const text = this.#text;
    for (let k = 1; k < word.length; k++) {
      if (start + k >= text.length) {
        this.#pos = text.length;
        return DROPPED;
      }
      if (text[start + k] !== word[k]) this.#fail(start + k, `expected '${word}'`);
    }
    this.#pos = start + word.length;
    return value;
  }

  /** Throws for the character at `i`, which no JSON document could have there. */
  #fail(i: number, problem: string): never {
    const text = this.#text;
    const found = JSON.stringify(text[i]);
    const near = JSON.stringify(text.slice(Math.max(0, i - 20), i + 20));
    throw new StreamError(`the text is not the start of any JSON document: ${problem} at position ${i} (found ${found}, near ${near})`);
  }
}
