/**
 * The generated types list only the known members of the spec's open unions, found by shape;
 * the bundled spec keeps the catch-alls, so validation stays open.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { closeOpenUnions, isCatchAll } from "../lib/closed-unions.ts";
import { generatedDir } from "../lib/paths.ts";

const catchAll = { type: "object", required: ["type"], properties: { type: { type: "string", not: { enum: ["a", "b"] } } } };
const member = (type: string) => ({ type: "object", properties: { type: { type: "string", const: type } } });

describe("closeOpenUnions", () => {
  it("drops catch-all members, by $ref or inline, from anyOf and oneOf anywhere in the document", () => {
    const doc = {
      components: {
        schemas: {
          A: member("a"),
          B: member("b"),
          UnknownThing: catchAll,
          Thing: { anyOf: [{ $ref: "#/components/schemas/A" }, { $ref: "#/components/schemas/B" }, { $ref: "#/components/schemas/UnknownThing" }] },
          Holder: { properties: { inner: { oneOf: [member("x"), { ...catchAll, title: "inline" }] } } },
        },
      },
    };
    const closed = closeOpenUnions(doc);
    expect(closed.components.schemas.Thing.anyOf).toEqual([{ $ref: "#/components/schemas/A" }, { $ref: "#/components/schemas/B" }]);
    expect(closed.components.schemas.Holder.properties.inner.oneOf).toEqual([member("x")]);
    // The named catch-all stays available, and the input is not changed.
    expect(closed.components.schemas.UnknownThing).toEqual(catchAll);
    expect(doc.components.schemas.Thing.anyOf).toHaveLength(3);
  });

  it("keeps a union made only of catch-alls, and members whose type is a known value", () => {
    const doc = { components: { schemas: { Only: { anyOf: [catchAll] }, Known: { anyOf: [member("a"), { properties: { type: { type: "string", enum: ["c"] } } }] } } } };
    expect(closeOpenUnions(doc)).toEqual(doc);
    expect(isCatchAll(member("a"))).toBe(false);
    expect(isCatchAll({ properties: { type: { type: "string", not: { anyOf: [{ pattern: "^x_\\d+$" }] } } } })).toBe(true);
  });
});

describe("generated/", () => {
  it("types ContentBlock, ContentBlockDelta and MessageStreamEvent as closed unions; the bundled spec keeps them open", () => {
    const types = readFileSync(join(generatedDir, "schema.d.ts"), "utf8");
    const firstMembers = { ContentBlock: "TextBlock", ContentBlockDelta: "TextDelta", MessageStreamEvent: "MessageStartEvent" };
    for (const [name, first] of Object.entries(firstMembers)) {
      const line = new RegExp(`^\\s+${name}: (.*);$`, "m").exec(types)?.[1];
      expect(line, name).toContain(`components["schemas"]["${first}"]`);
      expect(line, name).not.toContain("Unknown");
    }
    const spec = JSON.parse(readFileSync(join(generatedDir, "openapi.json"), "utf8"));
    expect(spec.components.schemas.ContentBlock.anyOf).toContainEqual({ $ref: "#/components/schemas/UnknownContentBlock" });
  });
});
