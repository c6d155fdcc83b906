/**
 * Strict like the real API: an unknown top-level field or a value outside a closed set is a
 * 400 `invalid_request_error` naming the field, on every operation that takes JSON (the spec
 * says so with `additionalProperties: false` on the request bodies).
 */
import { describe, expect, it } from "vitest";
import { apiHeaders, useServer } from "./helpers/server.ts";

const model = "claude-sonnet-5";
const message = { model, max_tokens: 20, messages: [{ role: "user", content: "Hi" }] };

async function post(url: string, body: unknown): Promise<{ status: number; error: { type: string; message: string } }> {
  const res = await fetch(url, { method: "POST", headers: apiHeaders({ "content-type": "application/json" }), body: JSON.stringify(body) });
  const json = (await res.json()) as { error: { type: string; message: string } };
  return { status: res.status, error: json.error };
}

describe("strict request bodies", () => {
  const s = useServer();

  it.each([
    ["messages", "/v1/messages", { ...message, foo: 1 }, "foo: Extra inputs are not permitted"],
    ["messages, a misspelt parameter", "/v1/messages", { ...message, temprature: 0.5 }, "temprature: Extra inputs are not permitted"],
    ["count_tokens", "/v1/messages/count_tokens", { model, messages: message.messages, max_tokens: 5 }, "max_tokens: Extra inputs are not permitted"],
    ["batches", "/v1/messages/batches", { requests: [{ custom_id: "a", params: message }], extra: true }, "extra: Extra inputs are not permitted"],
    ["a batch request", "/v1/messages/batches", { requests: [{ custom_id: "a", params: message, note: "x" }] }, "requests.0.note: Extra inputs are not permitted"],
    ["a batch request's params", "/v1/messages/batches", { requests: [{ custom_id: "a", params: { ...message, foo: 1 } }] }, "requests.0.params.foo: Extra inputs are not permitted"],
  ])("rejects an unknown field: %s", async (_, path, body, expected) => {
    const { status, error } = await post(`${s.url}${path}`, body);
    expect(status).toBe(400);
    expect(error).toEqual({ type: "invalid_request_error", message: expected });
  });

  it("rejects a role outside the closed set with the API's wording", async () => {
    const { status, error } = await post(`${s.url}/v1/messages`, { ...message, messages: [{ role: "bot", content: "Hi" }] });
    expect(status).toBe(400);
    expect(error).toEqual({ type: "invalid_request_error", message: "messages.0.role: Input should be 'user', 'assistant' or 'system'" });
  });

  it("still accepts every documented parameter and unknown fields inside nested objects", async () => {
    const { status } = await post(`${s.url}/v1/messages`, {
      ...message,
      metadata: { user_id: "u", some_new_field: 1 },
      speed: "fast",
      diagnostics: { previous_message_id: null },
      max_tokens: 0,
    });
    expect(status).toBe(200);
  });
});
