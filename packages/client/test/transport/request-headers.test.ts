import { describe, expect, it } from "vitest";
import { createContext } from "../../src/index.ts";
import { betasFor, mergeHeaders } from "../../src/transport/request-headers.ts";

describe("mergeHeaders", () => {
  it("lower-cases names, later layers win, null removes", () => {
    expect(mergeHeaders({ a: "1", b: "2" }, { A: "3", B: null }, undefined, { "X-New": "4" })).toEqual({ a: "3", "x-new": "4" });
  });
});

describe("betasFor", () => {
  // Files and Skills: generally available, the beta name only selects the older shape.
  const files = { name: "files-api-2025-04-14", required: false };
  const betaOnly = { name: "some-beta-2026-01-01", required: true };

  it("sends no beta for a GA operation on either version unless asked", () => {
    expect(betasFor(createContext({ apiVersion: "2023-06-01" }), files, undefined)).toEqual([]);
    expect(betasFor(createContext({ apiVersion: "2026-10-21" }), files, undefined)).toEqual([]);
    expect(betasFor(createContext({ apiVersion: "2023-06-01" }), files, { betas: ["files-api-2025-04-14"] })).toEqual(["files-api-2025-04-14"]);
  });

  it("adds the beta of a beta-only operation", () => {
    expect(betasFor(createContext({ apiVersion: "2026-10-21" }), betaOnly, undefined)).toEqual(["some-beta-2026-01-01"]);
  });

  it("merges default, operation and per-call betas without duplicates", () => {
    const context = createContext({ defaultHeaders: { "anthropic-beta": "a-1, b-2" } });
    expect(betasFor(context, betaOnly, { betas: ["b-2", "c-3"] })).toEqual(["a-1", "b-2", "some-beta-2026-01-01", "c-3"]);
  });
});
