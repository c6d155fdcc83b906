import { describe, expect, it } from "vitest";
import { createContext } from "../../src/index.ts";
import { betasFor, mergeHeaders } from "../../src/transport/request-headers.ts";

describe("mergeHeaders", () => {
  it("lower-cases names, later layers win, null removes", () => {
    expect(mergeHeaders({ a: "1", b: "2" }, { A: "3", B: null }, undefined, { "X-New": "4" })).toEqual({ a: "3", "x-new": "4" });
  });
});

describe("betasFor", () => {
  const files = { name: "files-api-2025-04-14", requiredBefore: "2026-10-21" };

  it("adds an operation's beta on a version that still needs it", () => {
    expect(betasFor(createContext({ apiVersion: "2023-06-01" }), files, undefined)).toEqual(["files-api-2025-04-14"]);
  });

  it("leaves it out on the version where it is generally available", () => {
    expect(betasFor(createContext({ apiVersion: "2026-10-21" }), files, undefined)).toEqual([]);
  });

  it("merges default, operation and per-call betas without duplicates", () => {
    const context = createContext({ defaultHeaders: { "anthropic-beta": "a-1, b-2" } });
    expect(betasFor(context, files, { betas: ["b-2", "c-3"] })).toEqual(["a-1", "b-2", "files-api-2025-04-14", "c-3"]);
  });
});
