import { describe, expect, it } from "vitest";
import { StreamError } from "../../src/index.ts";
import { parsePartialJson } from "../../src/stream/partial-json.ts";
import { generateDocument, isPartialOf, randomSource, sameJson } from "../helpers/json-documents.ts";

/** Asserts that `text` is refused, naming `position`. */
function expectRefused(text: string, position: number) {
  let error: unknown;
  try {
    parsePartialJson(text);
  } catch (e) {
    error = e;
  }
  expect(error, JSON.stringify(text)).toBeInstanceOf(StreamError);
  expect((error as Error).message).toContain(`at position ${position} `);
}

describe("parsePartialJson", () => {
  it("gives undefined for nothing yet", () => {
    for (const text of ["", " ", "\n\t\r "]) expect(parsePartialJson(text)).toBeUndefined();
  });

  it("parses complete documents exactly as JSON.parse does", () => {
    const documents = [
      "0", "-0", "1e-5", "-12.5E+3", "1e400", "0.1", "true", "false", "null", '""', '"a\\u00e9\\n"',
      "[]", "{}", " [1, [2, [3, {}]], {\"a\": null}] ", '{"a": {"b": [true, false, null]}, "c": "d"}',
      '{"b": 1, "a": 2, "10": 3, "2": 4}', '{"a": 1, "a": 2}', '{"__proto__": {"x": 1}}', '["\\ud83d", "\\ude00"]',
    ];
    for (const text of documents) {
      const parsed = parsePartialJson(text);
      expect(sameJson(parsed, JSON.parse(text)), text).toBe(true);
      expect(JSON.stringify(parsed), text).toBe(JSON.stringify(JSON.parse(text)));
    }
  });

  it("keeps an unterminated string so far, escapes decoded", () => {
    expect(parsePartialJson('"')).toBe("");
    expect(parsePartialJson('"Par')).toBe("Par");
    expect(parsePartialJson('"a\\nb\\"c\\\\d\\/e\\tf')).toBe('a\nb"c\\d/e\tf');
    expect(parsePartialJson('"é 😀 日本')).toBe("é 😀 日本");
  });

  it("leaves out a dangling backslash and an unfinished \\u escape", () => {
    expect(parsePartialJson('"ab\\')).toBe("ab");
    for (const cut of ["\\u", "\\u0", "\\u00", "\\u00e"]) expect(parsePartialJson(`"ab${cut}`)).toBe("ab");
    expect(parsePartialJson('"ab\\u00e9')).toBe("abé");
    expect(parsePartialJson('"ab\\u00E9c')).toBe("abéc");
  });

  it("leaves out half a surrogate pair until its other half arrives, at every cut", () => {
    const text = '"x\\ud83d\\ude00y"';
    const seen = Array.from({ length: text.length + 1 }, (_, i) => parsePartialJson(text.slice(0, i)));
    // `"`, then `"x` through `"x\ud83d\ude0` (the high half alone shown as nothing), then the pair.
    expect(seen).toEqual([undefined, "", ...Array(12).fill("x"), "x😀", "x😀y", "x😀y"]);
    // Once the string is closed, a lone surrogate is what the document says.
    expect(parsePartialJson('"x\\ud83d"')).toBe("x\ud83d");
    expect(parsePartialJson('"😀')).toBe("😀");
  });

  it("keeps a number so far when it is one, and drops it when it is not yet", () => {
    const cases: [string, number | undefined][] = [
      ["-", undefined], ["0", 0], ["-0", -0], ["-0.", -0], ["12", 12], ["12.", 12], ["12.5", 12.5],
      ["1e", 1], ["1E", 1], ["1e-", 1], ["1e+", 1], ["1.5e-5", 1.5e-5], ["1.5E+3", 1500], ["-12.5e", -12.5],
    ];
    for (const [text, value] of cases) {
      const parsed = parsePartialJson(text);
      expect(Object.is(parsed, value), `${text} → ${parsed}`).toBe(true);
    }
    expect(parsePartialJson("[1, -")).toEqual([1]);
    expect(parsePartialJson('{"a": 1, "b": -')).toEqual({ a: 1 });
    expect(parsePartialJson('{"a": 1, "b": 2.')).toEqual({ a: 1, b: 2 });
  });

  it("drops unfinished literals", () => {
    for (const text of ["t", "tr", "tru", "f", "fa", "fals", "n", "nu", "nul"]) expect(parsePartialJson(text)).toBeUndefined();
    expect(parsePartialJson("[true, fals")).toEqual([true]);
    expect(parsePartialJson('{"a": nul')).toEqual({});
    expect(parsePartialJson("[null")).toEqual([null]);
  });

  it("drops a key that has no value yet", () => {
    expect(parsePartialJson('{"a": 1, "b"')).toEqual({ a: 1 });
    expect(parsePartialJson('{"a": 1, "b":')).toEqual({ a: 1 });
    expect(parsePartialJson('{"a": 1, "b": ')).toEqual({ a: 1 });
    expect(parsePartialJson('{"a": 1, "b')).toEqual({ a: 1 });
    expect(parsePartialJson('{"a": 1,')).toEqual({ a: 1 });
    expect(parsePartialJson('{"a": 1, "b": "')).toEqual({ a: 1, b: "" });
  });

  it("closes what is still open, at any depth", () => {
    expect(parsePartialJson("{")).toEqual({});
    expect(parsePartialJson("[")).toEqual([]);
    expect(parsePartialJson("[[[")).toEqual([[[]]]);
    expect(parsePartialJson('{"a": [1, {"b": "c')).toEqual({ a: [1, { b: "c" }] });
    expect(parsePartialJson('{"a": {"b": [1, {"c": tru')).toEqual({ a: { b: [1, {}] } });
    expect(parsePartialJson('{"a": [], "b": {}, "c": [{"d": [')).toEqual({ a: [], b: {}, c: [{ d: [] }] });
  });

  it("makes __proto__ an own property, as JSON.parse does, at every stage", () => {
    for (const text of ['{"__proto__": {"polluted": true}}', '{"__proto__": {"polluted": tr', '{"__proto__": "x']) {
      const parsed = parsePartialJson(text) as Record<string, unknown>;
      expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
      expect(Object.hasOwn(parsed, "__proto__")).toBe(true);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });

  it("handles deep nesting without recursion", () => {
    const depth = 100_000;
    const check = (text: string) => {
      let value = parsePartialJson(text) as unknown[];
      for (let i = 1; i < depth; i++) value = value[0] as unknown[];
      expect(value).toEqual([]);
    };
    check("[".repeat(depth));
    check("[".repeat(depth) + "]".repeat(depth));
    check("[".repeat(depth) + "]".repeat(depth / 2));
    const objects = '{"a":'.repeat(depth) + "1";
    let value = parsePartialJson(objects) as Record<string, unknown>;
    for (let i = 1; i < depth; i++) value = value.a as Record<string, unknown>;
    expect(value).toEqual({ a: 1 });
  });

  it("handles big arrays and long strings", () => {
    const numbers = Array.from({ length: 200_000 }, (_, i) => (i % 3 === 0 ? -i / 7 : i));
    const text = JSON.stringify(numbers);
    expect(parsePartialJson(text)).toEqual(JSON.parse(text));
    expect(parsePartialJson(text.slice(0, -1))).toEqual(JSON.parse(text));
    const long = "x\\n\\u00e9😀".repeat(250_000);
    expect(parsePartialJson(`["${long}`)).toEqual([JSON.parse(`"${long}"`)]);
  });

  it("refuses text no JSON document starts with, naming the position", () => {
    const cases: [string, number][] = [
      ["{]", 1], ['{"a" 1', 5], ['{"a": 1 "b"', 8], ["[1 2", 3], ["[1,]", 3], ['{"a": 1,}', 8], ["[}", 1], ["{1", 1],
      ["01", 1], ["-a", 1], ["--1", 1], ["1.]", 2], ["1.e5", 2], ["1e+]", 3], ["+1", 0], [".5", 0], ["1-", 1],
      ["tx", 1], ["nulL", 3], ["True", 0], ["[1] 2", 4], ["{} {}", 3], ["]", 0], [",", 0], [":", 0],
      ['"\\x"', 2], ['"\\u12g4"', 5], ['"a\nb', 2], ['"a\u0000', 2], ["'a'", 0], ["[1, undefined]", 4], ["NaN", 0],
      ['{"a": 1}}', 8], ["[1]]", 3], ['{"a":: 1}', 5], ['{"a" , 1}', 5], ["\u00a01", 0],
    ];
    for (const [text, position] of cases) expectRefused(text, position);
  });

  it("says what was expected and shows where", () => {
    expect(() => parsePartialJson('{"a": 1 "b"')).toThrow(
      /^the text is not the start of any JSON document: expected ',' or '}' at position 8 \(found "\\"", near .*\)$/,
    );
  });
});

describe("parsePartialJson over generated documents", () => {
  const random = randomSource(20_250_101);
  const documents = Array.from({ length: 400 }, () => generateDocument(random));

  it("agrees with JSON.parse on every whole document", () => {
    for (const { text } of documents) {
      const parsed = parsePartialJson(text);
      if (!sameJson(parsed, JSON.parse(text))) expect.fail(`differs from JSON.parse: ${text}`);
      expect(JSON.stringify(parsed)).toBe(JSON.stringify(JSON.parse(text)));
    }
  });

  it("never throws for a prefix, and each prefix's value is a partial of the whole and of the next", () => {
    for (const { text } of documents) {
      const full = JSON.parse(text);
      let previous: unknown;
      for (let i = 0; i <= text.length; i++) {
        const prefix = text.slice(0, i);
        const parsed = parsePartialJson(prefix);
        if (!isPartialOf(parsed, full)) expect.fail(`${JSON.stringify(prefix)} → ${JSON.stringify(parsed)}, not a partial of ${text}`);
        if (!isPartialOf(previous, parsed)) expect.fail(`${JSON.stringify(prefix)} → ${JSON.stringify(parsed)} lost part of ${JSON.stringify(previous)}`);
        previous = parsed;
      }
    }
  });

  it("refuses a mismatched closing bracket at its position, after accepting everything before it", () => {
    let checked = 0;
    for (const { text, closers } of documents) {
      for (const at of closers) {
        const broken = text.slice(0, at) + (text[at] === "]" ? "}" : "]") + text.slice(at + 1);
        expect(() => parsePartialJson(broken.slice(0, at))).not.toThrow();
        expectRefused(broken, at);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("refuses a ':' after an array item", () => {
    let checked = 0;
    for (const { text, afterItems } of documents) {
      for (const at of afterItems) {
        expectRefused(text.slice(0, at) + ":" + text.slice(at), at);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
