import { describe, expect, it } from "vitest";
import { BodyLimitError, createClient, createPathClient } from "../../src/index.ts";
import { captureTimeouts } from "../helpers/capture-timeouts.ts";
import { errorResponse, fakeFetch, jsonResponse } from "../helpers/fake-fetch.ts";

describe("createPathClient", () => {
  it("sends typed path-style calls through the client's transport", async () => {
    const fetch = fakeFetch(jsonResponse({ type: "model", id: "claude-x", display_name: "X", created_at: "2026-01-01T00:00:00Z" }));
    const api = createPathClient(createClient({ apiKey: "sk-ant-path-test-key", fetch }));
    const { data, response } = await api.GET("/v1/models/{model_id}", { params: { path: { model_id: "claude-x" } } });
    expect(data?.id).toBe("claude-x");
    expect(response.headers.get("request-id")).toBe("req_test");
    expect(fetch.calls[0]!.url).toBe("https://api.anthropic.com/v1/models/claude-x");
    expect(fetch.calls[0]!.headers).toMatchObject({ "anthropic-version": "2023-06-01", "x-api-key": "sk-ant-path-test-key" });
  });

  it("keeps a caller's beta and adds none to a GA operation", async () => {
    const fetch = fakeFetch(jsonResponse({ data: [] }), jsonResponse({ data: [] }));
    const api = createPathClient(createClient({ apiKey: "sk-ant-path-test-key", fetch }));
    await api.GET("/v1/files", { params: { header: { "anthropic-beta": ["x-beta-1"] } } });
    expect(fetch.calls[0]!.headers["anthropic-beta"]).toBe("x-beta-1");
    await api.GET("/v1/files");
    expect(fetch.calls[1]!.headers).not.toHaveProperty("anthropic-beta");
  });

  it("returns error answers as openapi-fetch does, after the retry policy", async () => {
    const timers = captureTimeouts();
    try {
      const fetch = fakeFetch(errorResponse(529, "overloaded_error"), errorResponse(404, "not_found_error"));
      const api = createPathClient(createClient({ apiKey: "sk-ant-path-test-key", fetch }));
      const { data, error, response } = await api.GET("/v1/models/{model_id}", { params: { path: { model_id: "gone" } } });
      expect(data).toBeUndefined();
      expect(response.status).toBe(404);
      expect(error).toMatchObject({ type: "error", error: { type: "not_found_error" } });
      expect(fetch.calls).toHaveLength(2);
    } finally {
      timers.restore();
    }
  });

  it("refuses a body over the operation's limit", async () => {
    const fetch = fakeFetch(jsonResponse({}));
    const api = createPathClient(createClient({ apiKey: "sk-ant-path-test-key", fetch }));
    const huge = "x".repeat(33 * 1024 * 1024);
    await expect(
      api.POST("/v1/messages/count_tokens", { body: { model: "m", messages: [{ role: "user", content: huge }] } }),
    ).rejects.toBeInstanceOf(BodyLimitError);
    expect(fetch.calls).toHaveLength(0);
  });
});
