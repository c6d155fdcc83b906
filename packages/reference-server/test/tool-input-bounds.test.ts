/**
 * Schema bombs: tool schemas that ask the synthetic `tool_use` input for unbounded work or
 * output. Each must be answered from a bounded amount of work (asserted on the synthesis's
 * work counter and the answer's size, never on time), either with a small input valid
 * against the schema (optional content stops at the bound) or a 400 naming the construct
 * (required content past the bound), and the server must keep answering.
 */
import { describe, expect, it, vi } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import { synthesizeToolInput, toolInputBounds, ToolInputBoundError } from "../src/messages/tool-input.ts";
import { apiHeaders, simpleMessage, useServer } from "./helpers/server.ts";

type Json = Record<string, any>;

const selfRefs = (n: number): Json => ({ type: "object", properties: Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`, { $ref: "#" }])) });

/** Schemas with a small valid input: the synthesis must find it within the bounds. */
const smallAnswers: Record<string, Json> = {
  "four optional self-references": selfRefs(4),
  "five optional self-references": selfRefs(5),
  "thirty-two optional self-references": selfRefs(32),
  "optional linked list through anyOf": { type: "object", $defs: { node: { type: "object", properties: { next: { anyOf: [{ $ref: "#/$defs/node" }, { type: "null" }] } }, required: ["next"] } }, $ref: "#/$defs/node" },
  "tree of optional arrays": { type: "object", $defs: { t: { type: "object", properties: { kids: { type: "array", items: { $ref: "#/$defs/t" } }, more: { $ref: "#/$defs/t" } } } }, $ref: "#/$defs/t" },
  "many optional properties": { type: "object", properties: Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`k${i}`, { $ref: "#" }])) },
};

/** Schemas whose required content is past the bounds: a 400 naming the construct. */
const refused: Record<string, { schema: Json; construct: string }> = {
  "minProperties 16000": { schema: { type: "object", minProperties: 16000 }, construct: "minProperties" },
  "minItems one billion": { schema: { type: "object", properties: { a: { type: "array", minItems: 1e9 } }, required: ["a"] }, construct: "minItems" },
  "pattern with a huge repeat": { schema: { type: "object", properties: { s: { type: "string", pattern: "^a{100000000}$" } } }, construct: "pattern" },
  "pattern with nested repeats": { schema: { type: "object", properties: { s: { type: "string", pattern: "^((a{1000}){1000}){1000}$" } } }, construct: "pattern" },
  "minLength one billion": { schema: { type: "object", properties: { a: { type: "string", minLength: 1e9 } }, required: ["a"] }, construct: "minLength" },
  "required self-reference": { schema: { type: "object", properties: { a: { $ref: "#" } }, required: ["a"] }, construct: "$ref" },
  "required self-references, four wide": { schema: { type: "object", properties: Object.fromEntries(["a", "b", "c", "d"].map((k) => [k, { $ref: "#" }])), required: ["a", "b", "c", "d"] }, construct: "" },
  "minItems within bounds, items that multiply": {
    schema: { type: "object", properties: { a: { type: "array", minItems: 5000, items: { type: "array", minItems: 5000, items: { type: "string", minLength: 100 } } } }, required: ["a"] },
    construct: "",
  },
  "exponential allOf through $defs": {
    schema: {
      type: "object",
      $defs: Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`d${i}`, i === 39 ? { type: "object", properties: { x: { type: "string" } } } : { allOf: [{ $ref: `#/$defs/d${i + 1}` }, { $ref: `#/$defs/d${i + 1}` }] }])),
      $ref: "#/$defs/d0",
    },
    construct: "",
  },
};

describe("tool-input synthesis bounds", () => {
  const ajv = new Ajv2020({ strict: false, validateFormats: false });

  for (const [name, schema] of Object.entries(smallAnswers)) {
    it(`gives a small valid input: ${name}`, () => {
      const { input, cost } = synthesizeToolInput(schema);
      expect(cost.work).toBeLessThanOrEqual(toolInputBounds.maxWork);
      expect(cost.values).toBeLessThanOrEqual(toolInputBounds.optionalValues + 64);
      expect(JSON.stringify(input).length).toBeLessThan(256 * 1024);
      const validate = ajv.compile(schema);
      expect(validate(input), ajv.errorsText(validate.errors)).toBe(true);
      // Deterministic: the same schema, the same input.
      expect(synthesizeToolInput(schema).input).toEqual(input);
    });
  }

  for (const [name, { schema, construct }] of Object.entries(refused)) {
    it(`refuses from bounded work: ${name}`, () => {
      let error: unknown;
      try {
        synthesizeToolInput(schema);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ToolInputBoundError);
      if (construct) expect((error as ToolInputBoundError).construct).toBe(construct);
    });
  }

  it("counts work: a refusal stops at the work bound even with a larger one allowed elsewhere", () => {
    const bounds = { ...toolInputBounds, maxWork: 5000 };
    expect(() => synthesizeToolInput(refused["exponential allOf through $defs"]!.schema, bounds)).toThrow(ToolInputBoundError);
    const { cost } = synthesizeToolInput(smallAnswers["four optional self-references"]!, bounds);
    expect(cost.work).toBeLessThanOrEqual(5000);
  });
});

describe("schema bombs over HTTP", () => {
  const s = useServer();

  const send = (schema: Json, extra: Json = {}) =>
    fetch(`${s.url}/v1/messages`, {
      method: "POST",
      headers: apiHeaders(),
      body: JSON.stringify({ ...simpleMessage, max_tokens: 16, tools: [{ name: "bomb", input_schema: schema }], tool_choice: { type: "any" }, ...extra }),
    });

  it("answers each bomb with a small reply and stays up", async () => {
    for (const [name, { schema, construct }] of Object.entries(refused)) {
      for (const stream of [false, true]) {
        const res = await send(schema, { stream });
        const text = await res.text();
        expect(res.status, name).toBe(400);
        expect(text.length, name).toBeLessThan(2048);
        const body = JSON.parse(text);
        expect(body.error.type).toBe("invalid_request_error");
        expect(body.error.message, name).toMatch(/^tools\.0\.input_schema: /);
        if (construct) expect(body.error.message, name).toContain(construct);
      }
    }
    for (const [name, schema] of Object.entries(smallAnswers)) {
      const res = await send(schema, { max_tokens: 100_000 });
      const text = await res.text();
      expect(res.status, `${name}: ${text.slice(0, 300)}`).toBe(200);
      expect(text.length, name).toBeLessThan(256 * 1024);
      expect(JSON.parse(text).content.at(-1).type).toBe("tool_use");
    }
    const ok = await fetch(`${s.url}/v1/messages`, { method: "POST", headers: apiHeaders(), body: JSON.stringify(simpleMessage) });
    expect(ok.status).toBe(200);
  });
});

describe("pattern examples", () => {
  it("never run a request's pattern over a long generated string (no catastrophic backtracking)", () => {
    // Nested quantifiers and a near-miss: a backtracking engine would take seconds (the
    // generated string is never tested against the pattern; \b is outside the subset).
    const tested: string[] = [];
    const test = vi.spyOn(RegExp.prototype, "test").mockImplementation(function (this: RegExp, text: string) {
      tested.push(text);
      return RegExp.prototype.exec.call(this, text) !== null;
    });
    try {
      for (const pattern of ["^(a+){28}\\bb$", "^(a|aa){40}\\Bc$", "^(x+x+)+y\\1$", "^(a{1,2}){30}$"]) {
        const { cost, input } = synthesizeToolInput({ type: "object", properties: { s: { type: "string", pattern } }, required: ["s"] });
        expect(cost.work).toBeLessThan(100);
        expect(typeof input.s).toBe("string");
      }
    } finally {
      test.mockRestore();
    }
    // Only the short fixed candidates ever met a pattern.
    expect(tested.length).toBeGreaterThan(0);
    expect(Math.max(...tested.map((t) => t.length))).toBeLessThanOrEqual(10);
  });

  it("make strings that match the supported subset", () => {
    const patterns = ["^[A-Z]{3}-\\d{4}$", "^(?:foo|bar)[0-9]{2,3}$", "^[^a-z0-9]+$", "^\\w+@\\w+\\.com$", "^a.b?c*d+$", "^\\S\\s\\D$"];
    for (const pattern of patterns) {
      const { input } = synthesizeToolInput({ type: "object", properties: { s: { type: "string", pattern } }, required: ["s"] });
      expect(new RegExp(pattern, "u").test(input.s as string), `${pattern} → ${JSON.stringify(input.s)}`).toBe(true);
    }
  });
});
