/**
 * Our Redocly contract rules: each one reports on a spec that breaks it, and the real
 * spec lints clean with all of them on.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { specDir } from "../lib/paths.ts";
import { lint } from "./support/redocly-lint.ts";


const scratch = mkdtempSync(join(tmpdir(), "claude-spec-lint-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("contract lint rules", () => {
  it("pass on the real spec", () => {
    const result = lint(join(specDir, "redocly.yaml"));
    expect(result.output).not.toMatch(/"ruleId"/);
    expect(result.ok).toBe(true);
  }, 60_000);

  it("each report on an operation that breaks them", () => {
    const copy = join(scratch, "spec");
    cpSync(specDir, copy, { recursive: true });
    const modelsPath = join(copy, "paths", "models.yaml");
    let models = readFileSync(modelsPath, "utf8");
    const edits: Array<[string, string]> = [
      ["    '529':\n      $ref: ../openapi.yaml#/components/responses/Overloaded\n", ""],
      ["    - $ref: ../openapi.yaml#/components/parameters/AnthropicBeta\n", ""],
      ["        request-id:\n          $ref: ../components/headers/RequestId.yaml\n", ""],
      ["See https://platform.claude.com/docs/en/api/models-list", ""],
      ["operationId: models.list", "operationId: listModels"],
      ["  responses:\n", "  requestBody:\n    content:\n      application/json:\n        schema: {type: object}\n  responses:\n"],
      ["    '404':\n      $ref: ../openapi.yaml#/components/responses/NotFound\n", "    '404':\n      description: no envelope\n      headers:\n        request-id:\n          $ref: ../components/headers/RequestId.yaml\n"],
    ];
    for (const [from, to] of edits) {
      expect(models.includes(from), `fixture edit anchor: ${from}`).toBe(true);
      models = models.replace(from, to);
    }
    writeFileSync(modelsPath, models);
    const { ok, output } = lint(join(copy, "redocly.yaml"));
    expect(ok).toBe(false);
    for (const rule of [
      "contract/error-statuses-declared",
      "contract/standard-parameters",
      "contract/request-id-on-every-response",
      "contract/doc-link",
      "contract/operation-id-dotted",
      "contract/body-size-limit-declared",
      "contract/error-envelope",
    ]) {
      expect(output, rule).toContain(`"ruleId": "${rule}"`);
    }
  }, 60_000);
});
