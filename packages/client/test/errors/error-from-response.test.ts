import { describe, expect, it } from "vitest";
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  BillingError,
  ClaudeError,
  ConflictError,
  GatewayTimeoutError,
  InternalServerError,
  NotFoundError,
  OverloadedError,
  PermissionDeniedError,
  RateLimitError,
  RequestTooLargeError,
} from "../../src/index.ts";
import { errorFromEnvelope, errorFromResponse } from "../../src/errors/error-from-response.ts";

const same = (t: string) => t;
const envelope = (type: string, message = "m") => ({ type: "error", error: { type, message }, request_id: "req_body" });
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

describe("errorFromResponse", () => {
  it.each([
    [400, "invalid_request_error", BadRequestError],
    [401, "authentication_error", AuthenticationError],
    [402, "billing_error", BillingError],
    [403, "permission_error", PermissionDeniedError],
    [404, "not_found_error", NotFoundError],
    [409, "conflict_error", ConflictError],
    [413, "request_too_large", RequestTooLargeError],
    [429, "rate_limit_error", RateLimitError],
    [500, "api_error", InternalServerError],
    [504, "timeout_error", GatewayTimeoutError],
    [529, "overloaded_error", OverloadedError],
  ])("maps %i %s to its class", async (status, type, Class) => {
    const error = await errorFromResponse(json(status, envelope(type, "boom"), { "request-id": "req_1" }), same);
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(ClaudeError);
    expect(error.name).toBe(Class.name);
    expect(error).toMatchObject({ status, type, requestId: "req_1" });
    expect(error.message).toContain("boom");
  });

  it("keeps an unknown error type", async () => {
    const error = await errorFromResponse(json(400, envelope("memory_precondition_failed_error")), same);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.type).toBe("memory_precondition_failed_error");
  });

  it("uses the base class for an unknown status and type", async () => {
    const error = await errorFromResponse(json(418, envelope("teapot_error")), same);
    expect(error.constructor).toBe(APIError);
    expect(error).toMatchObject({ status: 418, type: "teapot_error" });
  });

  it("maps other 5xx to InternalServerError", async () => {
    expect(await errorFromResponse(json(503, envelope("api_error")), same)).toBeInstanceOf(InternalServerError);
  });

  it("takes the request id from the body when the header is missing", async () => {
    expect((await errorFromResponse(json(404, envelope("not_found_error")), same)).requestId).toBe("req_body");
  });

  it("carries retry-after and headers", async () => {
    const error = await errorFromResponse(json(429, envelope("rate_limit_error"), { "retry-after": "3" }), same);
    expect(error.retryAfter).toBe(3000);
    expect(error.headers?.get("retry-after")).toBe("3");
  });

  it("reads details.error_code", async () => {
    const body = { type: "error", error: { type: "rate_limit_error", message: "cap", details: { error_code: "enforced_spend_limit_reached" } } };
    expect((await errorFromResponse(json(429, body), same)).errorCode).toBe("enforced_spend_limit_reached");
  });

  it("turns an HTML 502 into an error with the status and a bounded excerpt", async () => {
    const html = `<html><head><title>502 Bad Gateway</title></head><body>${"x".repeat(100_000)}</body></html>`;
    const response = new Response(html, { status: 502, statusText: "Bad Gateway", headers: { "content-type": "text/html" } });
    const error = await errorFromResponse(response, same);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.status).toBe(502);
    expect(error.type).toBeNull();
    expect(error.message).toContain("502 Bad Gateway");
    expect(error.message.length).toBeLessThan(700);
    expect(error.body).toContain("<title>502 Bad Gateway</title>");
  });

  it("handles an empty body", async () => {
    const error = await errorFromResponse(new Response(null, { status: 500 }), same);
    expect(error).toMatchObject({ status: 500, type: null });
  });

  it("handles JSON that is not an envelope", async () => {
    const error = await errorFromResponse(json(400, ["not", "an", "envelope"]), same);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.type).toBeNull();
  });

  it("redacts the message and body", async () => {
    const error = await errorFromResponse(json(401, envelope("authentication_error", "bad key sk-secret-123456")), (t) =>
      t.replaceAll("sk-secret-123456", "[redacted]"),
    );
    expect(error.message).not.toContain("sk-secret-123456");
    expect(JSON.stringify(error.body)).not.toContain("sk-secret-123456");
  });
});

describe("errorFromEnvelope", () => {
  it("maps an in-stream error by its type, with no status", () => {
    const error = errorFromEnvelope(envelope("overloaded_error", "Overloaded"), null, null, (t) => t);
    expect(error).toBeInstanceOf(OverloadedError);
    expect(error).toMatchObject({ status: null, type: "overloaded_error", requestId: "req_body" });
    expect(error.message).toBe("stream error overloaded_error: Overloaded");
  });

  it("does not treat inherited names as types", () => {
    expect(errorFromEnvelope(envelope("constructor"), null, null, (t) => t).constructor).toBe(APIError);
  });
});
