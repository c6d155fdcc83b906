/** The error envelope check: shape, request_id agreement, and messages fit for clients. */
import { describe, expect, it } from "vitest";
import { envelopeChecks, messageProblem, successNotErrorCheck } from "../src/checks/envelope-check.ts";
import { viewOf } from "../src/checks/response-view.ts";
import type { Exchange } from "../src/http/exchange.ts";

function view(status: number, body: string, headers: Record<string, string> = { "content-type": "application/json" }) {
  const exchange = {
    request: { method: "POST", url: "http://x/v1/messages", headers: {}, body: null, sentBytes: 0, bodyComplete: true, sha256: null },
    response: { status, statusText: "", httpVersion: "1.1", headers, rawHeaders: [], headersAtMs: 1, firstByteAtMs: 1, endAtMs: 2, size: body.length, body: Buffer.from(body), bodyTruncated: false, sha256: null, events: null, unterminated: null, complete: true },
    error: null,
    startedAt: 0,
    durationMs: 2,
  } as Exchange;
  return viewOf(exchange)!;
}
const failed = (checks: ReturnType<typeof envelopeChecks>) => checks.filter((c) => c.status === "fail").map((c) => `${c.name}: ${c.message ?? c.received}`);

describe("the error envelope", () => {
  it("accepts the documented shape", () => {
    const v = view(429, JSON.stringify({ type: "error", error: { type: "rate_limit_error", message: "Slow down" }, request_id: "req_1" }), { "content-type": "application/json", "request-id": "req_1" });
    expect(failed(envelopeChecks(v, "rate_limit_error"))).toEqual([]);
  });
  it("names HTML pages, extra keys, missing request_id, wrong types and id mismatches", () => {
    expect(failed(envelopeChecks(view(413, "<html><body>413</body></html>", { "content-type": "text/html" }), "request_too_large"))[0]).toMatch(/an HTML page/);
    expect(failed(envelopeChecks(view(500, JSON.stringify({ type: "error", error: { type: "api_error", message: "x", code: 1 }, detail: "x" })), undefined)).join()).toMatch(/unexpected top-level key "detail".*unexpected key "error.code".*"request_id" is missing/);
    const mismatch = view(429, JSON.stringify({ type: "error", error: { type: "api_error", message: "x" }, request_id: "req_2" }), { "content-type": "application/json", "request-id": "req_1" });
    expect(failed(envelopeChecks(mismatch, "rate_limit_error"))).toEqual(['error-type: error.type is "api_error"', 'envelope.request-id: "req_2"']);
  });
  it("finds what does not belong in a message", () => {
    expect(messageProblem("Traceback (most recent call last):\n  File \"/srv/app.py\", line 3")).toBe("a Python stack trace");
    expect(messageProblem("TypeError: x\n    at handler (/app/server.js:10:5)")).toBe("a JavaScript stack trace");
    expect(messageProblem("cannot open /home/me/keys.txt")).toBe("a local file path");
    expect(messageProblem("anthropic error: overloaded")).toBe("a provider prefix");
    expect(messageProblem('{"type":"error","error":{}}')).toBe("JSON encoded inside the message");
    expect(messageProblem("None")).toBe("no text");
    expect(messageProblem("NotFoundError")).toBe("an exception class name");
    expect(messageProblem("model: claude-x")).toBeNull();
    expect(messageProblem("File 'file_011' is not downloadable")).toBeNull();
  });
  it("checks error hygiene on every error body, whatever its shape, and names the shape", () => {
    const trace = JSON.stringify({ success: false, error: "InternalServerError", trace: 'Traceback (most recent call last):\n  File "/srv/gw/app.py", line 88' });
    expect(failed(envelopeChecks(view(500, trace), undefined))).toEqual([
      expect.stringMatching(/^error.hygiene: the 500 error body contains a Python stack trace/),
      expect.stringMatching(/^envelope: the gateway's own error shape \("error": "InternalServerError"\)/),
    ]);
    expect(failed(envelopeChecks(view(502, "upstream connect error: ECONNREFUSED 10.0.3.7:8443", { "content-type": "text/plain" }), undefined))[0]).toMatch(/error.hygiene: .* an internal address/);
    expect(failed(envelopeChecks(view(500, "<pre>/home/deploy/gateway/index.js</pre>", { "content-type": "text/html" }), undefined))[0]).toMatch(/an absolute file path/);
    expect(failed(envelopeChecks(view(404, JSON.stringify({ detail: "Not Found" })), "not_found_error")).join()).toMatch(/a web framework's error shape \(\{"detail": …\}/);
    expect(failed(envelopeChecks(view(400, JSON.stringify({ error: { message: "bad", code: 400 } })), undefined)).join()).toMatch(/a reshaped error envelope \(error.message\/error.code, no top-level type\)/);
    expect(envelopeChecks(view(404, JSON.stringify({ type: "error", error: { type: "not_found_error", message: "Not found: /v1/nope" }, request_id: "r" })), undefined).find((c) => c.name === "error.hygiene")?.status).toBe("pass");
  });
  it("refuses an error disguised as a 200", () => {
    expect(successNotErrorCheck(view(200, JSON.stringify({ type: "error", error: { type: "api_error", message: "x" } }))).status).toBe("fail");
    expect(successNotErrorCheck(view(200, JSON.stringify({ type: "message" }))).status).toBe("pass");
  });
});
