/** Pure pieces tested alone: multipart reading at every split, tokens, paging, CLI args, patterns. */
import { describe, expect, it } from "vitest";
import { MultipartReader, multipartBoundary } from "../src/multipart/multipart-reader.ts";
import { textTokens, truncateToTokens } from "../src/messages/tokens.ts";
import { patternExample } from "../src/messages/pattern-example.ts";
import { paginate } from "../src/store/pagination.ts";
import { parseCliArgs, UsageError } from "../src/cli-args.ts";
import { splitText } from "../src/messages/stream-events.ts";
import { constantTimeEqual } from "../src/http/constant-time.ts";
import { nestingDepth } from "../src/http/json-body.ts";

const enc = new TextEncoder();

function streamOf(bytes: Uint8Array, cuts: number[]): ReadableStream<Uint8Array> {
  const pieces: Uint8Array[] = [];
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    pieces.push(bytes.subarray(from, cut));
    from = cut;
  }
  return new ReadableStream({
    pull(c) {
      const next = pieces.shift();
      if (next === undefined) c.close();
      else c.enqueue(next);
    },
  });
}

async function readAll(body: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(body).text();
}

describe("multipart reader", () => {
  const boundary = "----b0und4ry";
  const body = enc.encode(
    `preamble\r\n--${boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nuser_data\r\n` +
      `--${boundary}  \r\nContent-Disposition: form-data; name="file"; filename="dir/a \\"q\\".txt"\r\nContent-Type: text/plain\r\n\r\n` +
      `line1\r\n--${boundary.slice(0, 5)} not a boundary\r\nlast\r\n--${boundary}--\r\nepilogue`,
  );

  it("reads parts whatever the chunk boundaries", async () => {
    for (let cut = 1; cut < body.length; cut++) {
      const parts: [string | null, string | null, string | null, string][] = [];
      for await (const part of new MultipartReader(streamOf(body, [cut]), boundary).parts()) {
        parts.push([part.name, part.filename, part.contentType, await readAll(part.body)]);
      }
      expect(parts, `cut at ${cut}`).toEqual([
        ["purpose", null, null, "user_data"],
        ["file", 'dir/a "q".txt', "text/plain", `line1\r\n--${boundary.slice(0, 5)} not a boundary\r\nlast`],
      ]);
    }
  });

  it("skips parts the consumer does not read and one-byte chunks work", async () => {
    const cuts = Array.from({ length: body.length - 1 }, (_, i) => i + 1);
    const names: (string | null)[] = [];
    for await (const part of new MultipartReader(streamOf(body, cuts), boundary).parts()) names.push(part.name);
    expect(names).toEqual(["purpose", "file"]);
  });

  it("rejects truncated and boundary-less bodies with a 400", async () => {
    const truncated = body.subarray(0, body.length - 30);
    await expect(async () => {
      for await (const part of new MultipartReader(streamOf(truncated, []), boundary).parts()) await readAll(part.body);
    }).rejects.toMatchObject({ status: 400 });
    await expect(async () => {
      for await (const _ of new MultipartReader(streamOf(enc.encode("no boundary at all"), []), boundary).parts());
    }).rejects.toMatchObject({ status: 400 });
  });

  it("finds the boundary parameter", () => {
    expect(multipartBoundary('multipart/form-data; boundary="abc def"')).toBe("abc def");
    expect(multipartBoundary("multipart/form-data;boundary=xyz")).toBe("xyz");
    expect(multipartBoundary("application/json")).toBeNull();
  });
});

describe("tokens", () => {
  it("count words by four-character slices and punctuation one each", () => {
    expect(textTokens("")).toBe(0);
    expect(textTokens("Hello, world!")).toBe(6);
    expect(textTokens("naïve 😀 日本語")).toBeGreaterThan(2);
  });
  it("truncate to exactly the requested count", () => {
    const text = "The quick brown fox, jumping over 12 lazy dogs; extraordinary!";
    for (let n = 0; n <= textTokens(text) + 1; n++) expect(textTokens(truncateToTokens(text, n))).toBe(Math.min(n, textTokens(text)));
  });
  it("split deltas without breaking surrogate pairs", () => {
    const text = "😀".repeat(10) + " a b c";
    for (let size = 1; size < 8; size++) {
      const pieces = splitText(text, size);
      expect(pieces.join("")).toBe(text);
      // No piece may start with a lone low surrogate or end with a lone high one.
      for (const p of pieces) expect(/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(p)).toBe(false);
    }
  });
});

describe("pattern examples", () => {
  it("match their patterns", () => {
    for (const pattern of ["^[a-z]{2,4}_\\d+$", "^(foo|bar)-[A-F0-9]{8}$", "^\\w+@\\w+\\.com$", "^[^0-9]{3}$", "^x(?:yz)?$"]) {
      const made = patternExample(pattern);
      expect(made, pattern).not.toBeNull();
      expect(new RegExp(pattern, "u").test(made!), `${pattern} → ${made}`).toBe(true);
    }
    expect(patternExample("(?<=a)b")).toBeNull();
  });
});

describe("pagination", () => {
  const items = Array.from({ length: 7 }, (_, i) => ({ id: `id${i}` }));
  const q = (s: string) => new URLSearchParams(s);
  it("pages forward and backward by id", () => {
    expect(paginate(items, q("limit=3"), "page")).toEqual({ data: items.slice(0, 3), has_more: true, first_id: "id0", last_id: "id2" });
    expect(paginate(items, q("limit=3&after_id=id2"), "page")).toMatchObject({ first_id: "id3", last_id: "id5", has_more: true });
    expect(paginate(items, q("limit=3&after_id=id5"), "page")).toMatchObject({ data: [items[6]], has_more: false });
    expect(paginate(items, q("limit=2&before_id=id4"), "page")).toMatchObject({ first_id: "id2", last_id: "id3", has_more: true });
  });
  it("pages by cursor", () => {
    const first = paginate(items, q("limit=4"), "cursor");
    expect(first).toMatchObject({ has_more: true, next_page: expect.any(String) });
    expect(first).not.toHaveProperty("first_id");
    const second = paginate(items, q(`limit=4&page=${first.next_page}`), "cursor");
    expect(second).toEqual({ data: items.slice(4), has_more: false, next_page: null });
  });
  it("refuses bad limits and cursors", () => {
    expect(() => paginate(items, q("limit=0"), "page")).toThrow(/limit/);
    expect(() => paginate(items, q("limit=abc"), "page")).toThrow(/limit/);
    expect(() => paginate(items, q("page=%%%"), "cursor")).toThrow(/page/);
  });
});

describe("cli args", () => {
  it("parses the documented flags", () => {
    expect(parseCliArgs(["--host", "0.0.0.0", "--port=8080", "--api-key", "a", "--api-key", "b", "--data-dir", "/d", "--record", "/r.jsonl"])).toEqual({
      host: "0.0.0.0",
      port: 8080,
      apiKeys: ["a", "b"],
      dataDir: "/d",
      record: "/r.jsonl",
    });
    expect(parseCliArgs(["--api-key", "*", "--no-fixtures"])).toEqual({ apiKeys: "any", fixturesDir: false });
    expect(parseCliArgs(["--help"])).toBe("help");
  });
  it("refuses unknown flags and missing values", () => {
    expect(() => parseCliArgs(["--nope"])).toThrow(UsageError);
    expect(() => parseCliArgs(["--port"])).toThrow(UsageError);
    expect(() => parseCliArgs(["--port", "70000"])).toThrow(UsageError);
  });
});

describe("small helpers", () => {
  it("compare keys in constant time, correctly", () => {
    expect(constantTimeEqual("abc", "abc")).toBe(true);
    expect(constantTimeEqual("abc", "abd")).toBe(false);
    expect(constantTimeEqual("abc", "abcd")).toBe(false);
    expect(constantTimeEqual("", "")).toBe(true);
  });
  it("measure JSON nesting outside strings", () => {
    expect(nestingDepth('{"a":[[1]],"s":"[[[[[["}')).toBe(3);
  });
});
