/** The corpus checks itself: valid cases, facts stated, bodies valid against the spec, every checklist item covered. */
import { describe, expect, it } from "vitest";
import { areaOf } from "../src/cases/case-types.ts";
import { checkCorpus, checklistItems } from "../src/corpus/check-corpus.ts";
import { loadCases } from "../src/cases/load-cases.ts";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

describe("the case corpus", () => {
  it("has no problems", async () => {
    const report = await checkCorpus();
    expect(report.problems).toEqual([]);
    expect(report.files).toBeGreaterThan(100);
  });

  it("covers every item of the failure-mode checklist and every area the issue names", async () => {
    const cases = await loadCases();
    const covered = new Set(cases.flatMap((c) => c.fact.checklist ?? []));
    expect([...Array(checklistItems).keys()].map((i) => i + 1).filter((n) => !covered.has(n))).toEqual([]);
    const areas = new Set(cases.map((c) => areaOf(c.id)));
    for (const area of ["auth", "versions", "request-headers", "response-headers", "body-size", "errors", "messages", "streaming", "count-tokens", "models", "batches", "files", "skills", "cors", "routing"]) {
      expect(areas, area).toContain(area);
    }
  });

  it("reports what is wrong with bad case files", async () => {
    const dir = await mkdtemp(join(tmpdir(), "corpus-"));
    try {
      await mkdir(join(dir, "demo"));
      const base = {
        description: "A well-formed case used as a base",
        tier: "required",
        fact: { statement: "Something documented holds", source: "https://example.com/doc" },
        steps: [{ request: { operation: "messages.create", body: { model: "{{model}}", max_tokens: 8, messages: [{ role: "user", content: "x" }] } }, expect: { status: 200 } }],
      };
      await writeFile(join(dir, "demo", "ok.json"), JSON.stringify({ id: "demo/ok", ...base }));
      await writeFile(join(dir, "demo", "moved.json"), JSON.stringify({ id: "demo/elsewhere", ...base, description: "Another description entirely" }));
      await writeFile(join(dir, "demo", "advice.json"), JSON.stringify({ id: "demo/advice", ...base, description: "The proxy should forward headers" }));
      await writeFile(join(dir, "demo", "same.json"), JSON.stringify({ id: "demo/same", ...base }));
      await writeFile(join(dir, "demo", "broken.json"), "{ not json");
      await writeFile(
        join(dir, "demo", "invalid-body.json"),
        JSON.stringify({ id: "demo/invalid-body", ...base, description: "A body missing max_tokens is sent as valid", steps: [{ request: { operation: "messages.create", body: { model: "m", messages: [] } } }] }),
      );
      await writeFile(
        join(dir, "demo", "undeclared.json"),
        JSON.stringify({ id: "demo/undeclared", ...base, description: "Expects a status the spec does not declare", steps: [{ request: { operation: "models.list" }, expect: { status: 418 } }] }),
      );
      await writeFile(
        join(dir, "demo", "dangling.json"),
        JSON.stringify({ id: "demo/dangling", ...base, description: "Uses an answer no step gave", steps: [{ request: { operation: "models.retrieve", pathParams: { model_id: "{{nowhere.body.id}}" }, fault: { status: 500 } } }] }),
      );
      const { problems } = await checkCorpus(dir);
      const text = problems.join("\n");
      expect(text).toContain("demo/broken: not valid JSON");
      expect(text).toContain("demo/moved: id demo/elsewhere differs");
      expect(text).toContain('demo/advice: the description says "should"');
      expect(text).toMatch(/demo\/(ok|same): same description as demo\/(ok|same)/);
      expect(text).toContain("demo/invalid-body step 0: the request body is not valid for messages.create");
      expect(text).toContain("demo/undeclared step 0: models.list does not declare status 418");
      expect(text).toContain("{{nowhere.body.id}} names no earlier step");
      expect(text).toContain('uses a fault but does not require "reference"');
      expect(text).toContain("checklist item 1 (CONTRACT.md §3) has no case");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
