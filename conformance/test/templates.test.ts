/** References in case data, JSON pointers, and case selection. */
import { describe, expect, it } from "vitest";
import { fill, referencesIn, TemplateError } from "../src/run/templates.ts";
import { getPointer, hasPointer } from "../src/json-pointer.ts";
import { selectCases } from "../src/cases/select-cases.ts";
import type { ConformanceCase } from "../src/cases/case-types.ts";

const scope = { vars: { model: "m-1", create: { status: 200, headers: { "request-id": "req_1" }, body: { id: "b_1", n: 3, list: [{ id: "x" }] } } } };

describe("templates", () => {
  it("keeps the type of a whole-string reference and interpolates inside text", () => {
    expect(fill({ a: "{{create.body.n}}", b: "id={{create.body.id}}", c: "{{create.headers.request-id}}", d: ["{{model}}"] }, scope)).toEqual({ a: 3, b: "id=b_1", c: "req_1", d: ["m-1"] });
    expect(fill("{{create.body.list.0.id}}", scope)).toBe("x");
  });
  it("names what is missing", () => {
    expect(() => fill("{{nothing.body.id}}", scope)).toThrow(TemplateError);
    expect(() => fill("{{create.body.missing}}", scope)).toThrow(/undefined/);
  });
  it("lists references", () => {
    expect(referencesIn({ x: ["{{a.b}} and {{ c }}"], y: 1 })).toEqual(["a.b", "c"]);
  });
});

describe("JSON pointers", () => {
  const doc = { a: { "b/c": [10, { "~k": null }] } };
  it("reads RFC 6901 pointers", () => {
    expect(getPointer(doc, "/a/b~1c/0")).toBe(10);
    expect(hasPointer(doc, "/a/b~1c/1/~0k")).toBe(true);
    expect(getPointer(doc, "/a/b~1c/1/~0k")).toBeNull();
    expect(hasPointer(doc, "/a/b~1c/2")).toBe(false);
    expect(getPointer(doc, "")).toBe(doc);
  });
});

describe("case selection", () => {
  const make = (id: string, tier: ConformanceCase["tier"]): ConformanceCase => ({ id, tier, description: id, fact: { statement: "s", source: "x" }, steps: [] });
  const cases = [make("streaming/grammar", "required"), make("streaming/ping", "required"), make("errors/429-rate-limit-error", "required"), make("files/lifecycle", "optional")];
  it("matches ids and areas with * patterns", () => {
    expect(selectCases(cases, { only: ["streaming"] }).map((c) => c.id)).toEqual(["streaming/grammar", "streaming/ping"]);
    expect(selectCases(cases, { only: ["*/429-*"] }).map((c) => c.id)).toEqual(["errors/429-rate-limit-error"]);
    expect(selectCases(cases, { skip: ["streaming/*"], tiers: ["required"] }).map((c) => c.id)).toEqual(["errors/429-rate-limit-error"]);
  });
});
