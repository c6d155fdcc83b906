import { describe, expect, it } from "vitest";
import { operationsById } from "@claude-spec/generated/operations";
import { BodyLimitError, ClaudeError, clientFor, createClient, type ClientOptions } from "../../src/index.ts";
import { fakeFetch, jsonResponse } from "../helpers/fake-fetch.ts";

const clientWith = (fetch: ClientOptions["fetch"], options: ClientOptions = {}) =>
  createClient({ apiKey: "sk-ant-test-key-0002", fetch, logLevel: "off", maxRetries: 0, ...options });
const message = { model: "claude-test", max_tokens: 5, messages: [{ role: "user" as const, content: "hi" }] };

describe("facade", () => {
  it("has a method for every operation of the table, and a stream sibling", () => {
    const client = clientWith(fakeFetch(jsonResponse({})));
    const names = [
      client.messages.create, client.messages.stream, client.messages.countTokens,
      client.messages.batches.create, client.messages.batches.retrieve, client.messages.batches.list,
      client.messages.batches.cancel, client.messages.batches.delete, client.messages.batches.results,
      client.models.list, client.models.retrieve,
      client.files.upload, client.files.list, client.files.retrieve, client.files.delete, client.files.download,
      client.skills.create, client.skills.list, client.skills.retrieve, client.skills.delete,
      client.skills.versions.create, client.skills.versions.list, client.skills.versions.retrieve, client.skills.versions.delete,
    ];
    expect(names.every((f) => typeof f === "function")).toBe(true);
  });

  it("builds a client from some rows only", async () => {
    const fetch = fakeFetch(jsonResponse({ input_tokens: 1 }));
    const small = clientFor([operationsById["messages.countTokens"]], { apiKey: "sk-ant-test-key-0002", fetch });
    expect(Object.keys(small)).toEqual(["messages"]);
    expect(Object.keys(small.messages)).toEqual(["countTokens"]);
    expect((await small.messages.countTokens({ model: "m", messages: [] })).input_tokens).toBe(1);
  });

  it("sends extraBody fields next to the typed params, in JSON and stream calls", async () => {
    const fetch = fakeFetch(jsonResponse({ id: "msg_1" }), new Response("", { headers: { "content-type": "text/event-stream" } }));
    const client = clientWith(fetch);
    await client.messages.create(message, { extraBody: { new_param: { on: true }, max_tokens: 7 } });
    expect(JSON.parse(fetch.calls[0]!.body as string)).toEqual({ ...message, new_param: { on: true }, max_tokens: 7 });
    await (await client.messages.stream(message, { extraBody: { new_param: 1 } })).finalMessage().catch(() => {});
    expect(JSON.parse(fetch.calls[1]!.body as string)).toEqual({ ...message, new_param: 1, stream: true });
  });

  it("sends version, key, content type and JSON body", async () => {
    const fetch = fakeFetch(jsonResponse({ id: "msg_1" }));
    await clientWith(fetch).messages.create(message);
    const [call] = fetch.calls;
    expect(call!.url).toBe("https://api.anthropic.com/v1/messages");
    expect(call!.method).toBe("POST");
    expect(call!.headers).toMatchObject({
      "anthropic-version": "2023-06-01",
      "x-api-key": "sk-ant-test-key-0002",
      "content-type": "application/json",
      accept: "application/json",
    });
    expect(call!.headers).not.toHaveProperty("anthropic-beta");
    expect(JSON.parse(call!.body as string)).toEqual(message);
  });

  it("sends per-call betas as anthropic-beta and ?beta=true", async () => {
    const fetch = fakeFetch(jsonResponse({ input_tokens: 3 }));
    await clientWith(fetch).messages.countTokens({ model: "m", messages: [] }, { betas: ["token-counting-2024-11-01", "x-9"] });
    expect(fetch.calls[0]!.url).toBe("https://api.anthropic.com/v1/messages/count_tokens?beta=true");
    expect(fetch.calls[0]!.headers["anthropic-beta"]).toBe("token-counting-2024-11-01,x-9");
  });

  it("sends no beta for GA Files on either version; the beta shape only on request", async () => {
    const old = fakeFetch(jsonResponse({ data: [], has_more: false }));
    await clientWith(old).files.list();
    expect(old.calls[0]!.headers).not.toHaveProperty("anthropic-beta");
    expect(old.calls[0]!.url).not.toContain("beta=true");
    const asked = fakeFetch(jsonResponse({ data: [], has_more: false }));
    await clientWith(asked).files.list({}, { betas: ["files-api-2025-04-14"] });
    expect(asked.calls[0]!.headers["anthropic-beta"]).toBe("files-api-2025-04-14");
    expect(asked.calls[0]!.url).toContain("beta=true");
    const current = fakeFetch(jsonResponse({ data: [], has_more: false }));
    await clientWith(current, { apiVersion: "2026-10-21" }).files.list();
    expect(current.calls[0]!.headers).not.toHaveProperty("anthropic-beta");
    expect(current.calls[0]!.headers["anthropic-version"]).toBe("2026-10-21");
  });

  it("sends an auth token as Bearer, from an async provider", async () => {
    const fetch = fakeFetch(jsonResponse({}));
    await createClient({ authToken: async () => "oauth-token-abc", fetch }).models.retrieve("claude-x");
    expect(fetch.calls[0]!.headers.authorization).toBe("Bearer oauth-token-abc");
    expect(fetch.calls[0]!.headers).not.toHaveProperty("x-api-key");
  });

  it("fills path parameters in order and encodes them", async () => {
    const fetch = fakeFetch(jsonResponse({ id: "v" }));
    await clientWith(fetch, { apiVersion: "2026-10-21" }).skills.versions.retrieve("skill_1", "2026/01");
    expect(fetch.calls[0]!.url).toBe("https://api.anthropic.com/v1/skills/skill_1/versions/2026%2F01");
    expect(fetch.calls[0]!.method).toBe("GET");
  });

  it("refuses a missing path parameter", async () => {
    const fetch = fakeFetch(jsonResponse({}));
    await expect((clientWith(fetch).models.retrieve as (id?: string) => Promise<unknown>)()).rejects.toBeInstanceOf(ClaudeError);
    expect(fetch.calls).toHaveLength(0);
  });

  it("sends list parameters as the query", async () => {
    const fetch = fakeFetch(jsonResponse({ data: [], has_more: false }));
    await clientWith(fetch).models.list({ limit: 5, after_id: "m_1" });
    expect(fetch.calls[0]!.url).toBe("https://api.anthropic.com/v1/models?limit=5&after_id=m_1");
  });

  it("merges default and per-call headers; null removes one", async () => {
    const fetch = fakeFetch(jsonResponse({}));
    const client = clientWith(fetch, { defaultHeaders: { "X-App": "demo", "x-remove": "1" }, dangerouslyAllowBrowser: true });
    await client.models.retrieve("m", undefined, { headers: { "x-remove": null, "x-call": "2" } });
    expect(fetch.calls[0]!.headers).toMatchObject({ "x-app": "demo", "x-call": "2", "anthropic-dangerous-direct-browser-access": "true" });
    expect(fetch.calls[0]!.headers).not.toHaveProperty("x-remove");
  });

  it("attaches requestId, rate limits and the response, without changing the data", async () => {
    const fetch = fakeFetch(jsonResponse({ id: "msg_1" }, 200, { "request-id": "req_abc", "anthropic-ratelimit-requests-remaining": "9", "retry-after": "1" }));
    const result = await clientWith(fetch).messages.create(message);
    expect(result.requestId).toBe("req_abc");
    expect(result.rateLimit).toEqual({ "anthropic-ratelimit-requests-remaining": "9", "retry-after": "1" });
    expect(result.response.status).toBe(200);
    expect(JSON.stringify(result)).toBe('{"id":"msg_1"}');
    expect({ ...result }).toEqual({ id: "msg_1" });
  });

  it("refuses a body over the operation's limit before sending anything", async () => {
    const fetch = fakeFetch(jsonResponse({}));
    const big = { ...message, messages: [{ role: "user" as const, content: "x".repeat(32 * 1024 * 1024) }] };
    const error = await clientWith(fetch).messages.create(big).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BodyLimitError);
    expect((error as BodyLimitError).limit).toBe(33554432);
    expect((error as Error).message).toContain("messages.create");
    expect(fetch.calls).toHaveLength(0);
  });

  it("reads the base URL with or without a trailing slash, with a path prefix", async () => {
    const fetch = fakeFetch(jsonResponse({}));
    await clientWith(fetch, { baseURL: "http://127.0.0.1:9/proxy/" }).models.retrieve("m");
    expect(fetch.calls[0]!.url).toBe("http://127.0.0.1:9/proxy/v1/models/m");
  });

  it("looks globalThis.fetch up at call time", async () => {
    const client = createClient({ apiKey: "sk-ant-test-key-0003" });
    const original = globalThis.fetch;
    const fetch = fakeFetch(jsonResponse({ id: "late" }));
    globalThis.fetch = fetch as typeof globalThis.fetch;
    try {
      expect((await client.models.retrieve("m")).id).toBe("late");
    } finally {
      globalThis.fetch = original;
    }
  });
});
