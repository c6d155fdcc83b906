import { describe, expect, it } from "vitest";
import { createContractValidator, formatViolation, matchOperation } from "../src/index.ts";

const v = createContractValidator();

describe("request bodies", () => {
  it("accept a minimal valid Messages request", () => {
    expect(v.requestBody("messages.create", { model: "claude-sonnet-4-5", max_tokens: 16, messages: [{ role: "user", content: "Hi" }] })).toEqual([]);
  });

  it("reject an unknown top-level field and a role outside the closed set, as the API does", () => {
    const base = { model: "m", max_tokens: 1, messages: [{ role: "user", content: "Hi" }] };
    expect(v.requestBody("messages.create", { ...base, temprature: 1 })).toEqual([
      expect.objectContaining({ pointer: "", rule: "additionalProperties", message: 'unexpected property "temprature"' }),
    ]);
    expect(v.requestBody("messages.countTokens", { model: "m", messages: base.messages, max_tokens: 1 })[0]).toMatchObject({ rule: "additionalProperties" });
    expect(v.requestBody("messages.create", { ...base, messages: [{ role: "bot", content: "Hi" }] })[0]).toMatchObject({ pointer: "/messages/0/role", rule: "enum" });
    // Nested objects stay open: new fields inside them flow through.
    expect(v.requestBody("messages.create", { ...base, metadata: { user_id: "u", new_field: 1 } })).toEqual([]);
  });

  it("name the missing field by JSON pointer and rule", () => {
    const [first, ...rest] = v.requestBody("messages.create", { model: "m", messages: [] });
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ where: "request.body", pointer: "", rule: "required" });
    expect(first!.message).toContain("max_tokens");
  });

  it("report the error inside the content block whose type matched, not every union branch", () => {
    const violations = v.requestBody("messages.create", {
      model: "m",
      max_tokens: 1,
      messages: [{ role: "user", content: [{ type: "text", text: 42 }] }],
    });
    expect(violations.map((x) => `${x.pointer} ${x.rule}`)).toEqual(["/messages/0/content/0/text type"]);
  });

  it("narrow nested unions too (a tool_result holding a bad text block)", () => {
    const violations = v.requestBody("messages.create", {
      model: "m",
      max_tokens: 1,
      messages: [{ role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_1", content: [{ type: "text" }] }] }],
    });
    expect(violations.map((x) => `${x.pointer} ${x.rule} ${x.message}`)).toEqual([
      '/messages/0/content/0/content/0 required missing required property "text"',
    ]);
  });

  it("accept an unknown content block type (open union)", () => {
    expect(v.requestBody("messages.create", { model: "m", max_tokens: 1, messages: [{ role: "user", content: [{ type: "hologram", depth: 3 }] }] })).toEqual([]);
  });
});

describe("responses", () => {
  it("know which statuses each operation declares", () => {
    expect(v.declaresStatus("messages.create", 529)).toBe(true);
    expect(v.declaresStatus("messages.create", 418)).toBe(false);
    expect(v.declaresStatus("models.list", 413)).toBe(false);
  });

  it("pin the error type of each status", () => {
    const body = { type: "error", error: { type: "api_error", message: "x" }, request_id: "req_1" };
    expect(v.responseBody("messages.create", 500, "application/json", body)).toEqual([]);
    const wrong = v.responseBody("messages.create", 429, "application/json", body);
    expect(wrong.map((x) => x.pointer)).toContain("/error/type");
  });

  it("validate SSE event data against the stream union, unknown events included", () => {
    expect(v.responseBody("messages.create", 200, "text/event-stream; charset=utf-8", { type: "ping" })).toEqual([]);
    expect(v.responseBody("messages.create", 200, "text/event-stream", { type: "brand_new_event", x: 1 })).toEqual([]);
    const bad = v.responseBody("messages.create", 200, "text/event-stream", { type: "content_block_delta", delta: { type: "text_delta", text: "hi" } });
    expect(bad.map((x) => x.message).join()).toContain("index");
  });

  it("reject an undeclared media type", () => {
    expect(v.responseBody("models.list", 200, "text/html", "<html>")[0]).toMatchObject({ rule: "media-type-declared" });
  });

  it("require request-id and check header values", () => {
    expect(v.responseHeaders("models.list", 200, {}).map((x) => x.rule)).toContain("required-header");
    expect(v.responseHeaders("models.list", 200, { "Request-Id": "req_1", "retry-after": "soon" }).map((x) => x.where)).toEqual([
      "response.header.retry-after",
    ]);
    expect(v.responseHeaders("models.list", 429, { "request-id": "req_1", "x-should-retry": "maybe" }).map((x) => x.where)).toEqual([
      "response.header.x-should-retry",
    ]);
  });
});

describe("request headers", () => {
  it("require anthropic-version and check its value", () => {
    expect(v.requestHeaders("messages.create", {}).map((x) => x.rule)).toEqual(["required-header"]);
    expect(v.requestHeaders("messages.create", { "anthropic-version": "2023-06-01" })).toEqual([]);
    expect(v.requestHeaders("messages.create", { "anthropic-version": "2024-01-01" })[0]).toMatchObject({ where: "request.header.anthropic-version" });
  });

  it("accept unknown anthropic-beta values in a comma-joined list", () => {
    expect(v.requestHeaders("messages.create", { "anthropic-version": "2026-10-21", "anthropic-beta": "files-api-2025-04-14, something-new-2027-01-01" })).toEqual([]);
  });
});

describe("operation matching", () => {
  it("maps method and path (with a query) to the operation and its path parameters", () => {
    expect(matchOperation("POST", "/v1/messages?beta=true")?.operation.operationId).toBe("messages.create");
    expect(matchOperation("POST", "/v1/messages/batches")?.operation.operationId).toBe("messages.batches.create");
    const m = matchOperation("get", "/v1/skills/skill_1/versions/123");
    expect(m?.operation.operationId).toBe("skills.versions.retrieve");
    expect(m?.pathParams).toEqual({ skill_id: "skill_1", version: "123" });
    expect(matchOperation("PUT", "/v1/messages")).toBeUndefined();
    expect(matchOperation("GET", "/v1/nope")).toBeUndefined();
  });
});

describe("media types", () => {
  it("match a declared range: a download may carry the file's own type", () => {
    expect(v.declaresMediaType("files.download", 200, "application/pdf")).toBe(true);
    expect(v.responseBody("files.download", 200, "image/png", "bytes")).toEqual([]);
    expect(v.declaresMediaType("models.list", 200, "application/json; charset=utf-8")).toBe(true);
    expect(v.declaresMediaType("models.list", 200, "text/html")).toBe(false);
  });
});
