/**
 * conformance/fixtures/ is well-formed (valid against fixture.schema.json, no secrets),
 * valid against the spec, and equal to a fresh import of the recordings.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { formatViolation } from "@claude-spec/contract";
import { checkInteraction } from "../lib/check-interaction.ts";
import { listFixtureFiles, type Fixture } from "../lib/fixtures.ts";
import { fixturesDir } from "../lib/paths.ts";
import { renderFixtures } from "../import-fixtures.ts";

const schema = JSON.parse(readFileSync(join(fixturesDir, "fixture.schema.json"), "utf8"));
const validateShape = new Ajv2020({ allErrors: true }).compile<Fixture>(schema);
const fixtures = listFixtureFiles();

describe("conformance fixtures", () => {
  it("exist", () => {
    expect(fixtures.length).toBeGreaterThan(100);
  });

  it.each(fixtures.map((f) => [f.file, f] as const))("%s is well-formed and valid against the spec", (file, { text }) => {
    const value: unknown = JSON.parse(text);
    const shapeErrors = validateShape(value)
      ? []
      : (validateShape.errors ?? []).map((e) => `${file}${e.instancePath}: ${e.message} [${e.keyword}]`);
    expect(shapeErrors).toEqual([]);
    const fixture = value as Fixture;
    expect(`${fixture.id}.json`).toBe(file);
    expect(text).not.toMatch(/sk-ant-[a-z0-9]/i);
    const messages = checkInteraction(fixture).violations.map((v) => `${file}: ${formatViolation(v)}`);
    expect(messages).toEqual([]);
  });

  it("equal a fresh import of the recordings", () => {
    const { files, problems } = renderFixtures();
    expect(problems).toEqual([]);
    const onDisk = new Map(fixtures.map((f) => [f.file, f.text]));
    expect([...onDisk.keys()].sort()).toEqual([...files.keys()].sort());
    for (const [name, content] of files) expect(onDisk.get(name), name).toBe(content);
  });
});
