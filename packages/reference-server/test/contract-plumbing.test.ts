/**
 * What every route enforces: auth, versions, betas, content types, CORS, request ids, the
 * envelope on unknown routes and methods, and validation errors that name the field.
 */
import { describe, expect, it } from "vitest";
import { apiHeaders, postJson, simpleMessage, testKey, useServer } from "./helpers/server.ts";

async function envelope(res: Response) {
  const body = (await res.json()) as { type: string; error: { type: string; message: string }; request_id: string };
  expect(body.type).toBe("error");
  expect(body.request_id).toBe(res.headers.get("request-id"));
  expect(res.headers.get("content-type")).toBe("application/json");
  return body.error;
}

describe("auth", () => {
  const s = useServer();
  it("accepts x-api-key and Bearer, rejects anything else with the 401 envelope", async () => {
    expect((await postJson(`${s.url}/v1/messages`, simpleMessage)).status).toBe(200);
    const bearer = apiHeaders({ authorization: `Bearer ${testKey}` });
    delete bearer["x-api-key"];
    expect((await postJson(`${s.url}/v1/messages`, simpleMessage, bearer)).status).toBe(200);
    for (const headers of [apiHeaders({ "x-api-key": "wrong" }), { "anthropic-version": "2023-06-01", "content-type": "application/json" }, apiHeaders({ "x-api-key": `${testKey}x` })]) {
      const res = await postJson(`${s.url}/v1/messages`, simpleMessage, headers);
      expect(res.status).toBe(401);
      expect((await envelope(res)).type).toBe("authentication_error");
      expect(res.headers.get("x-should-retry")).toBe("false");
    }
  });
  it("puts rate-limit headers on errors too", async () => {
    const res = await fetch(`${s.url}/v1/models`);
    expect(res.status).toBe(401);
    expect(res.headers.get("anthropic-ratelimit-requests-limit")).toMatch(/^\d+$/);
  });
});

describe("anthropic-version", () => {
  const s = useServer();
  it("is required, and must be a known version", async () => {
    const missing = apiHeaders();
    delete missing["anthropic-version"];
    const res = await postJson(`${s.url}/v1/messages`, simpleMessage, missing);
    expect(res.status).toBe(400);
    expect(await envelope(res)).toEqual({ type: "invalid_request_error", message: "anthropic-version: header is required" });
    const unknown = await postJson(`${s.url}/v1/messages`, simpleMessage, apiHeaders({ "anthropic-version": "2020-01-01" }));
    expect(unknown.status).toBe(400);
  });
  it("2026-10-21 rejects temperature, document blocks in assistant turns and citations on user text", async () => {
    const v2 = apiHeaders({ "anthropic-version": "2026-10-21" });
    expect((await postJson(`${s.url}/v1/messages`, { ...simpleMessage, temperature: 1 }, apiHeaders())).status).toBe(200);
    const temperature = await postJson(`${s.url}/v1/messages`, { ...simpleMessage, temperature: 1 }, v2);
    expect(temperature.status).toBe(400);
    expect((await envelope(temperature)).message).toMatch(/^temperature: /);
    const doc = { type: "document", source: { type: "text", media_type: "text/plain", data: "x" } };
    const assistantDoc = { ...simpleMessage, messages: [...simpleMessage.messages, { role: "assistant", content: [doc] }, { role: "user", content: "ok" }] };
    expect((await postJson(`${s.url}/v1/messages`, assistantDoc, v2)).status).toBe(400);
    const cited = { ...simpleMessage, messages: [{ role: "user", content: [{ type: "text", text: "x", citations: [{ type: "char_location", cited_text: "x", document_index: 0, document_title: null, start_char_index: 0, end_char_index: 1 }] }] }] };
    expect((await postJson(`${s.url}/v1/messages`, cited, v2)).status).toBe(400);
    expect((await postJson(`${s.url}/v1/messages`, cited, apiHeaders())).status).toBe(200);
  });
  it("Files are GA on both versions; the beta header (on either) selects the beta list shape", async () => {
    for (const version of ["2023-06-01", "2026-10-21"]) {
      const ga = await fetch(`${s.url}/v1/files?beta=true`, { headers: apiHeaders({ "anthropic-version": version }) });
      expect(ga.status).toBe(200);
      expect(Object.keys((await ga.json()) as object).sort()).toEqual(["data", "has_more", "next_page"]);
      const beta = await fetch(`${s.url}/v1/files`, { headers: apiHeaders({ "anthropic-version": version, "anthropic-beta": "other-beta, files-api-2025-04-14" }) });
      expect(beta.status).toBe(200);
      expect(Object.keys((await beta.json()) as object).sort()).toEqual(["data", "first_id", "has_more", "last_id", "next_page"]);
    }
  });
});

describe("requests", () => {
  const s = useServer();
  it("validates bodies and names the bad field", async () => {
    const { max_tokens: _m, ...noMax } = simpleMessage;
    const res = await postJson(`${s.url}/v1/messages`, noMax);
    expect(res.status).toBe(400);
    expect(await envelope(res)).toEqual({ type: "invalid_request_error", message: "max_tokens: Field required" });
    const wrongType = await postJson(`${s.url}/v1/messages`, { ...simpleMessage, max_tokens: "ten" });
    expect((await envelope(wrongType)).message).toMatch(/^max_tokens: /);
  });
  it("checks the content type", async () => {
    const res = await fetch(`${s.url}/v1/messages`, { method: "POST", headers: apiHeaders({ "content-type": "text/plain" }), body: JSON.stringify(simpleMessage) });
    expect(res.status).toBe(400);
    expect((await envelope(res)).message).toMatch(/content-type/);
  });
  it("answers unknown routes and methods with the envelope", async () => {
    const unknown = await fetch(`${s.url}/v1/nothing-here`, { headers: apiHeaders() });
    expect(unknown.status).toBe(404);
    expect((await envelope(unknown)).type).toBe("not_found_error");
    const method = await fetch(`${s.url}/v1/models`, { method: "PUT", headers: apiHeaders() });
    expect(method.status).toBe(405);
    expect(method.headers.get("allow")).toBe("GET");
    await envelope(method);
  });
  it("routes paths that carry a query string", async () => {
    expect((await postJson(`${s.url}/v1/messages?beta=true`, simpleMessage)).status).toBe(200);
    expect((await postJson(`${s.url}/v1/messages/count_tokens?beta=true`, { model: simpleMessage.model, messages: simpleMessage.messages })).status).toBe(200);
  });
  it("gives every response a distinct request id", async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 20; i++) ids.add((await fetch(`${s.url}/v1/models`, { headers: apiHeaders() })).headers.get("request-id")!);
    expect(ids.size).toBe(20);
    for (const id of ids) expect(id).toMatch(/^req_[0-9A-Za-z]{24}$/);
  });
  it("answers unknown models with the real 404", async () => {
    const res = await postJson(`${s.url}/v1/messages`, { ...simpleMessage, model: "claude-sonet-4-5" });
    expect(res.status).toBe(404);
    expect(await envelope(res)).toEqual({ type: "not_found_error", message: "model: claude-sonet-4-5" });
  });
});

describe("CORS", () => {
  const s = useServer();
  it("answers preflights, and requires the browser-access header on cross-origin requests", async () => {
    const preflight = await fetch(`${s.url}/v1/messages`, {
      method: "OPTIONS",
      headers: { origin: "http://localhost:5173", "access-control-request-method": "POST", "access-control-request-headers": "x-api-key,anthropic-version,anthropic-dangerous-direct-browser-access" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(preflight.headers.get("access-control-allow-headers")).toContain("anthropic-dangerous-direct-browser-access");
    const refused = await postJson(`${s.url}/v1/messages`, simpleMessage, apiHeaders({ origin: "http://localhost:5173" }));
    expect(refused.status).toBe(401);
    expect(refused.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect((await envelope(refused)).message).toBe("CORS requests must set 'anthropic-dangerous-direct-browser-access' header");
    const allowed = await postJson(`${s.url}/v1/messages`, simpleMessage, apiHeaders({ origin: "http://localhost:5173", "anthropic-dangerous-direct-browser-access": "true" }));
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("access-control-expose-headers")).toBe("*");
  });
});
