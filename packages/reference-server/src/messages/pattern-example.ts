/**
 * A string that matches a JSON Schema `pattern`, for the common subset of ECMA-262
 * regular expressions tool schemas use: literals, escapes (`\d \w \s` and escaped
 * punctuation), character classes and ranges, groups with alternation, and the
 * quantifiers `? * + {n} {n,} {n,m}`, `^` and `$` at the ends. Returns null when the
 * pattern is outside the subset; callers then fall back to a plain example.
 *
 * Inside the subset the string matches by construction, so it is never run through the
 * pattern: a pattern with nested quantifiers can make a backtracking engine take seconds
 * on a long near-miss (`^(a+){28}\bb$`), and the pattern comes from the request. Only a few
 * short fixed candidates (at most 10 characters) are tried against it first.
 */

interface Cursor {
  readonly src: string;
  i: number;
  /** Longest string to build: `{n}` quantifiers multiply, so the length is checked as it grows. */
  readonly maxChars: number;
  /** Set when a string matching the pattern would be longer than `maxChars`. */
  tooLong?: boolean;
}

/** A string matching the pattern would be longer than the bound given to patternExample. */
export class PatternTooLongError extends Error {
  override readonly name = "PatternTooLongError";
}

/** Escapes with a known one-character example; other letter and digit escapes (`\W`, `\p{…}`, `\x41`, back-references) are outside the subset. */
const escapeExamples: Readonly<Record<string, string>> = { d: "0", w: "a", s: " ", D: "a", S: "a", n: "\n", t: "\t" };

function classChar(cur: Cursor): string | null {
  const c = cur.src[cur.i++];
  if (c === undefined) return null;
  if (c !== "\\") return c;
  const e = cur.src[cur.i++];
  if (e === undefined) return null;
  if (/[A-Za-z0-9]/.test(e)) return escapeExamples[e] ?? null;
  return e;
}

/** Picks the first member of a `[...]` class (or, negated, a letter it excludes). */
function charClass(cur: Cursor): string | null {
  // `cur.i` is just past the `[`.
  const start = cur.i - 1;
  const negated = cur.src[cur.i] === "^";
  if (negated) cur.i++;
  // `[]` is an empty class in ECMAScript (and `[^]` any character): outside the subset.
  if (cur.src[cur.i] === "]") return null;
  const members: string[] = [];
  while (cur.i < cur.src.length && cur.src[cur.i] !== "]") {
    const from = classChar(cur);
    if (from === null) return null;
    if (cur.src[cur.i] === "-" && cur.src[cur.i + 1] !== "]" && cur.i + 1 < cur.src.length) {
      cur.i++;
      const to = classChar(cur);
      if (to === null) return null;
      members.push(from, to);
    } else members.push(from);
  }
  if (cur.src[cur.i] !== "]") return null;
  cur.i++;
  if (!negated) return members[0] ?? null;
  // A negated class is tried as written (one character against one class: no backtracking).
  let re: RegExp;
  try {
    re = new RegExp(`^${cur.src.slice(start, cur.i)}$`, "u");
  } catch {
    return null;
  }
  for (const candidate of ["x", "a", "Z", "0", "_", "-", " "]) if (re.test(candidate)) return candidate;
  return null;
}

function atom(cur: Cursor): string | null {
  const c = cur.src[cur.i];
  if (c === undefined) return null;
  if (c === "(") {
    cur.i++;
    if (cur.src.startsWith("?:", cur.i)) cur.i += 2;
    else if (cur.src[cur.i] === "?") return null; // lookarounds and named groups are out of the subset
    const inner = alternation(cur);
    if (inner === null || cur.src[cur.i] !== ")") return null;
    cur.i++;
    return inner;
  }
  if (c === "[") {
    cur.i++;
    return charClass(cur);
  }
  if (c === ".") {
    cur.i++;
    return "a";
  }
  if (c === "\\") {
    const e = cur.src[cur.i + 1];
    // Word boundaries depend on the neighbours: outside the subset.
    return classChar(cur);
  }
  if ("*+?{}|)".includes(c)) return null;
  cur.i++;
  return c;
}

function quantified(cur: Cursor): string | null {
  const piece = atom(cur);
  if (piece === null) return null;
  const q = cur.src[cur.i];
  // One occurrence satisfies `?`, `*` and `+`; braces say how many exactly.
  let times = 1;
  if (q === "?" || q === "*" || q === "+") cur.i++;
  else if (q === "{") {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(cur.src.slice(cur.i));
    if (!m) return null;
    cur.i += m[0].length;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
    times = Math.min(Math.max(min, 1), max);
  }
  if (piece.length * times > cur.maxChars) {
    cur.tooLong = true;
    return null;
  }
  if (cur.src[cur.i] === "?") cur.i++; // a lazy quantifier matches the same strings
  return piece.repeat(times);
}

function sequence(cur: Cursor): string | null {
  let out = "";
  while (cur.i < cur.src.length && cur.src[cur.i] !== "|" && cur.src[cur.i] !== ")") {
    const c = cur.src[cur.i];
    if (c === "^" || c === "$") {
      // Anchors only at the very ends; anywhere else they constrain what the parts may be.
      if ((c === "^" && cur.i !== 0) || (c === "$" && cur.i !== cur.src.length - 1)) return null;
      cur.i++;
      continue;
    }
    const piece = quantified(cur);
    if (piece !== null && out.length + piece.length > cur.maxChars) cur.tooLong = true;
    if (piece === null || cur.tooLong) return null;
    out += piece;
  }
  return out;
}

function alternation(cur: Cursor): string | null {
  const first = sequence(cur);
  if (first === null) return null;
  while (cur.src[cur.i] === "|") {
    cur.i++;
    if (sequence(cur) === null) return null;
  }
  return first;
}

/**
 * `maxChars` bounds the string built (and the one the pattern is then tested on): when the
 * pattern needs a longer one, PatternTooLongError is thrown (null means outside the subset).
 */
export function patternExample(pattern: string, maxChars = 1024): string | null {
  let re: RegExp;
  try {
    re = new RegExp(pattern, "u");
  } catch {
    return null;
  }
  for (const candidate of ["example", "a", "0", "A", "example-1", "2026-01-01"]) if (re.test(candidate)) return candidate;
  const cur: Cursor = { src: pattern, i: 0, maxChars };
  let made: string | null;
  try {
    made = alternation(cur);
  } catch {
    // Groups nested past the stack's depth: outside the subset.
    return null;
  }
  if (cur.tooLong) throw new PatternTooLongError(`a string matching it is longer than ${maxChars} characters`);
  if (made === null || cur.i !== pattern.length) return null;
  return made;
}
