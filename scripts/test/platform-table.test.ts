/**
 * The platform documents and what `pnpm generate` derives from them: one row per platform
 * operation and kind with the body rules the client, the reference server and the suite
 * read; bodies completed from the shared schemas (`x-derive`), never copied; the
 * operations each platform does not serve; and the contract lint rules reading each
 * platform's own request-id headers and statuses.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { operations } from "@claude-spec/generated/operations";
import { platformOperations, platforms } from "@claude-spec/generated/platform-operations";
import { applyDerivedSchemas } from "../lib/platform-table.ts";
import { generatedDir, specDir } from "../lib/paths.ts";
import { lint } from "./support/redocly-lint.ts";

const doc = (name: string) => JSON.parse(readFileSync(join(generatedDir, "platforms", `${name}.json`), "utf8"));

describe("the platform operation table", () => {
  it("has one row per platform operation and kind", () => {
    expect(platformOperations.map((r) => `${r.platform} ${r.kind} ${r.method.toUpperCase()} ${r.path} (${r.wire})`).sort()).toEqual(
      [
        "bedrock create POST /model/{modelId}/invoke (native)",
        "bedrock stream POST /model/{modelId}/invoke-with-response-stream (native)",
        "bedrock count POST /model/{modelId}/count-tokens (native)",
        "bedrock create POST /anthropic/v1/messages (first-party)",
        "bedrock stream POST /anthropic/v1/messages (first-party)",
        "vertex create POST /v1/projects/{project}/locations/{region}/publishers/anthropic/models/{model}:rawPredict (native)",
        "vertex stream POST /v1/projects/{project}/locations/{region}/publishers/anthropic/models/{model}:streamRawPredict (native)",
        "vertex count POST /v1/projects/{project}/locations/{region}/publishers/anthropic/models/count-tokens:rawPredict (native)",
        "foundry create POST /anthropic/v1/messages (first-party)",
        "foundry stream POST /anthropic/v1/messages (first-party)",
        "foundry count POST /anthropic/v1/messages/count_tokens (first-party)",
      ].sort(),
    );
  });

  it("states each platform's body rules, framing and auth once", () => {
    const row = (platform: string, kind: string, wire = "native") => platformOperations.find((r) => r.platform === platform && r.kind === kind && r.wire === wire)!;
    expect(row("bedrock", "create")).toMatchObject({ model: "path", modelParam: "modelId", versionHeader: "optional", framing: "json", bodySizeLimit: 20_000_000 });
    expect(row("bedrock", "create").body).toMatchObject({ omit: ["model", "stream"], versionField: "anthropic_version", legacyVersion: "bedrock-2023-05-31", betasField: "anthropic_beta", envelope: null });
    expect(row("bedrock", "stream")).toMatchObject({ framing: "aws-eventstream", responseContentType: "application/vnd.amazon.eventstream", streamInBody: false });
    expect(row("bedrock", "stream").streamExceptions).toMatchObject({ throttlingException: 429, serviceUnavailableException: 503 });
    expect(row("bedrock", "count").body.envelope).toEqual({ path: ["input", "invokeModel", "body"], encoding: "base64" });
    expect(row("vertex", "stream").body).toMatchObject({ omit: ["model"], legacyVersion: "vertex-2023-10-16", betasField: null });
    expect(row("vertex", "count")).toMatchObject({ model: "body", body: { omit: [], versionField: "anthropic_version" } });
    expect(row("foundry", "stream", "first-party")).toMatchObject({ streamInBody: true, versionHeader: "required", framing: "sse", body: { versionField: null } });
    expect(platforms.bedrock.auth.map((a) => `${a.kind}:${a.header}:${a.service}`)).toEqual(["sigv4:authorization:bedrock", "bearer:authorization:null"]);
    expect(platforms.foundry.auth.map((a) => `${a.kind}:${a.header}`)).toEqual(["apiKey:api-key", "apiKey:x-api-key", "bearer:authorization"]);
    expect(platforms.bedrock.requestIdHeaders).toEqual(["x-amzn-requestid"]);
    expect(platforms.vertex.requestIdHeaders).toEqual([]);
    expect(platforms.foundry.requestIdHeaders).toEqual(["request-id", "apim-request-id"]);
    expect(platforms.bedrock.statusMap).toMatchObject({ "401": 403, "529": 503 });
  });

  it("names the first-party operations each platform does not serve", () => {
    const ids = operations.map((o) => o.operationId);
    const under = (prefix: string) => ids.filter((id) => id.startsWith(prefix));
    const noBatchesOrModels = [...under("messages.batches."), ...under("models.")];
    expect([...platforms.foundry.unserved].sort()).toEqual(noBatchesOrModels.sort());
    expect([...platforms.bedrock.unserved].sort()).toEqual([...noBatchesOrModels, ...under("files."), ...under("skills.")].sort());
    expect([...platforms.vertex.unserved].sort()).toEqual([...platforms.bedrock.unserved].sort());
    expect(platforms.foundry.firstPartyBase).toBe("/anthropic");
  });
});

describe("bodies derived from the shared schemas (x-derive)", () => {
  it("Bedrock's InvokeModel body is CreateMessageParams without model and stream, plus the version and betas", () => {
    const bedrock = doc("bedrock").components.schemas;
    const shared = bedrock.CreateMessageParams;
    const body = bedrock.BedrockInvokeModelBody;
    const expected = Object.keys(shared.properties).filter((k) => k !== "model" && k !== "stream");
    expect(Object.keys(body.properties)).toEqual([...expected, "anthropic_version", "anthropic_beta"]);
    for (const key of expected) expect(body.properties[key]).toEqual(shared.properties[key]);
    expect(body.required.sort()).toEqual(["anthropic_version", "max_tokens", "messages"]);
    expect(doc("vertex").components.schemas.VertexRawPredictBody.properties.stream).toBeDefined();
    expect(doc("vertex").components.schemas.VertexCountTokensBody.required).toContain("model");
    const types = readFileSync(join(generatedDir, "platforms", "bedrock.d.ts"), "utf8");
    // The types say the same once: the shared schema without the omitted keys, and the body's own properties.
    expect(types).toMatch(/BedrockInvokeModelBody: OmitKnown<FirstParty\["schemas"\]\["CreateMessageParams"\], "model" \| "stream"> & \(\{\s*anthropic_version: components\["schemas"\]\["BedrockBodyVersion"\];/);
    expect(types).toContain('Message: FirstParty["schemas"]["Message"];');
  });

  it("names its source and refuses one that is not a component", () => {
    const fake = { components: { schemas: { Base: { properties: { a: {}, b: {} }, required: ["a", "b"] }, Derived: { "x-derive": { from: "Base", omit: ["a"] }, properties: { c: {} }, required: ["c"] } } } };
    applyDerivedSchemas(fake);
    expect(fake.components.schemas.Derived).toMatchObject({ properties: { b: {}, c: {} }, required: ["b", "c"] });
    expect(Object.keys(fake.components.schemas.Derived.properties)).toEqual(["b", "c"]);
    expect(() => applyDerivedSchemas({ components: { schemas: { D: { "x-derive": { from: "Missing" } } } } })).toThrow(/Missing is not a component schema/);
  });
});

const scratch = mkdtempSync(join(tmpdir(), "claude-spec-platform-lint-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));


describe("the contract lint rules on a platform document", () => {
  it("check the platform's own request-id header and statuses, not the first-party ones", () => {
    const copy = join(scratch, "spec");
    cpSync(specDir, copy, { recursive: true });
    const path = join(copy, "platforms", "paths", "bedrock_invoke.yaml");
    let text = readFileSync(path, "utf8");
    for (const [from, to] of [
      ["        x-amzn-requestid:\n          $ref: ../components/headers/AmznRequestId.yaml\n        x-amzn-bedrock-input-token-count", "        x-amzn-bedrock-input-token-count"],
      ["    '424':\n      $ref: ../bedrock.yaml#/components/responses/BedrockError\n", ""],
    ] as const) {
      expect(text.includes(from), from).toBe(true);
      text = text.replace(from, to);
    }
    writeFileSync(path, text);
    const { ok, output } = lint(join(copy, "redocly.yaml"));
    expect(ok).toBe(false);
    expect(output).toContain("Response 200 must declare the x-amzn-requestid header.");
    expect(output).toContain("Operation must declare error responses 424.");
    // The first-party requirements are not applied to the platform: no request-id, no 402 or 504 asked for.
    expect(output).not.toMatch(/must declare the request-id header/);
    expect(output).not.toMatch(/error responses[^"]*\b(402|504)\b/);
  }, 120_000);
});
