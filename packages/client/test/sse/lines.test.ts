import { describe, expect, it } from "vitest";
import { createLineDecoder } from "../../src/sse/lines.ts";

const bytes = (s: string) => new TextEncoder().encode(s);

/** Feeds `input` split at the given byte offsets and collects every line, flush included. */
function linesOf(input: Uint8Array, cuts: number[]): string[] {
  const decoder = createLineDecoder();
  const out: string[] = [];
  let at = 0;
  for (const cut of [...cuts, input.length]) {
    out.push(...decoder.push(input.subarray(at, cut)));
    at = cut;
  }
  return [...out, ...decoder.flush()];
}

describe("createLineDecoder", () => {
  const sample = "event: a\r\ndata: é€😀\rdata: x\n\n: comment\r\n\r\nlast";
  const expected = ["event: a", "data: é€😀", "data: x", "", ": comment", "", "last"];

  it("splits LF, CRLF and lone CR line ends", () => {
    expect(linesOf(bytes(sample), [])).toEqual(expected);
  });

  it("gives the same lines for every single split point", () => {
    const input = bytes(sample);
    for (let i = 0; i <= input.length; i++) expect(linesOf(input, [i])).toEqual(expected);
  });

  it("gives the same lines for every pair of split points", () => {
    const input = bytes(sample);
    for (let i = 0; i <= input.length; i++) {
      for (let j = i; j <= input.length; j++) expect(linesOf(input, [i, j])).toEqual(expected);
    }
  });

  it("gives the same lines fed one byte at a time", () => {
    const input = bytes(sample);
    expect(linesOf(input, Array.from({ length: input.length }, (_, i) => i))).toEqual(expected);
  });

  it("keeps a CR pending across empty chunks", () => {
    const decoder = createLineDecoder();
    expect(decoder.push("a\r")).toEqual(["a"]);
    expect(decoder.push(new Uint8Array(0))).toEqual([]);
    expect(decoder.push("\nb\n")).toEqual(["b"]);
  });

  it("reassembles a multi-byte character split across chunks", () => {
    const input = bytes("😀\n");
    const decoder = createLineDecoder();
    expect(decoder.push(input.subarray(0, 1))).toEqual([]);
    expect(decoder.push(input.subarray(1, 3))).toEqual([]);
    expect(decoder.push(input.subarray(3))).toEqual(["😀"]);
  });

  it("accepts string chunks", () => {
    const decoder = createLineDecoder();
    expect([...decoder.push("a\r"), ...decoder.push("\nb"), ...decoder.flush()]).toEqual(["a", "b"]);
  });

  it("flushes nothing after a final line end", () => {
    const decoder = createLineDecoder();
    expect(decoder.push("a\n")).toEqual(["a"]);
    expect(decoder.flush()).toEqual([]);
  });
});
