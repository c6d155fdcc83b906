import { afterEach, describe, expect, it } from "vitest";
import { AuthenticationError, ClaudeError, createClient, foundry, RateLimitError, vertex, vertexBaseURL, PermissionDeniedError, OverloadedError } from "../../src/index.ts";
import { messageStart, sseOf } from "../helpers/sse.ts";
import { message, recordingServer, sendJson } from "./platform-loopback.ts";

const params = { model: "claude-sonnet-4-5@20250929", max_tokens: 16, messages: [{ role: "user" as const, content: "Hi" }] };
const sse = sseOf([
  messageStart(),
  ["content_block_start", { type: "content_block_start", index: 0, content_block: { type: "text", text: "" } }],
  ["content_block_delta", { type: "content_block_delta", index: 0, delta: { type: "text_delta", text: "streamed" } }],
  ["content_block_stop", { type: "content_block_stop", index: 0 }],
  ["message_delta", { type: "message_delta", delta: { stop_reason: "end_turn", stop_sequence: null }, usage: { output_tokens: 1 } }],
  ["message_stop", { type: "message_stop" }],
]);

let server: Awaited<ReturnType<typeof recordingServer>> | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function firstPartyShapedServer() {
  return recordingServer((req, res) => {
    const body = JSON.parse(req.body || "{}");
    if (req.url.includes("count")) return sendJson(res, 200, { input_tokens: 7 });
    if (body.stream) {
      res.writeHead(200, { "content-type": "text/event-stream" });
      return res.end(sse);
    }
    sendJson(res, 200, message("hi"), { "apim-request-id": "apim-1" });
  });
}

describe("vertex(): rawPredict through createClient", () => {
  it("builds the URLs (project, region, model in the path; count-tokens with the model in the body) and the body", async () => {
    server = await firstPartyShapedServer();
    let calls = 0;
    const client = createClient({
      platform: vertex({ region: "us-east5", projectId: "my-proj", accessToken: async () => `ya29.token-number-${++calls}`, baseURL: server.url }),
      apiVersion: "2026-10-21",
    });
    expect((await client.messages.create(params, { betas: ["b1"] })).content).toEqual([{ type: "text", text: "hi" }]);
    expect(await (await client.messages.stream(params)).finalText()).toBe("streamed");
    expect((await client.messages.countTokens({ model: params.model, messages: params.messages })).input_tokens).toBe(7);
    const [create, stream, count] = server.received;
    const base = "/v1/projects/my-proj/locations/us-east5/publishers/anthropic/models/";
    expect(create!.url).toBe(`${base}claude-sonnet-4-5@20250929:rawPredict`);
    expect(stream!.url).toBe(`${base}claude-sonnet-4-5@20250929:streamRawPredict`);
    expect(count!.url).toBe(`${base}count-tokens:rawPredict`);
    expect(JSON.parse(create!.body)).toEqual({ max_tokens: 16, messages: params.messages, anthropic_version: "2026-10-21" });
    expect(JSON.parse(stream!.body)).toEqual({ max_tokens: 16, messages: params.messages, stream: true, anthropic_version: "2026-10-21" });
    expect(JSON.parse(count!.body)).toEqual({ model: params.model, messages: params.messages, anthropic_version: "2026-10-21" });
    expect(create!.headers["anthropic-beta"]).toBe("b1");
    expect(create!.headers["anthropic-version"]).toBeUndefined();
    // The token callback is asked for each request.
    expect(server.received.map((r) => r.headers.authorization)).toEqual(["Bearer ya29.token-number-1", "Bearer ya29.token-number-2", "Bearer ya29.token-number-3"]);
  });

  it("uses the legacy vertex-2023-10-16 for a 2023-06-01 client and encodes ; in a model id", async () => {
    server = await firstPartyShapedServer();
    const client = createClient({ platform: vertex({ region: "global", projectId: "p", accessToken: "ya29.static-token", baseURL: server.url }) });
    await client.messages.create({ ...params, model: "odd;model" });
    expect(server.received[0]!.url).toBe("/v1/projects/p/locations/global/publishers/anthropic/models/odd%3Bmodel:rawPredict");
    expect(JSON.parse(server.received[0]!.body).anthropic_version).toBe("vertex-2023-10-16");
  });

  it("picks the host by region", () => {
    expect(vertexBaseURL("global")).toBe("https://aiplatform.googleapis.com");
    expect(vertexBaseURL("us")).toBe("https://aiplatform.us.rep.googleapis.com");
    expect(vertexBaseURL("eu")).toBe("https://aiplatform.eu.rep.googleapis.com");
    expect(vertexBaseURL("europe-west1")).toBe("https://europe-west1-aiplatform.googleapis.com");
    const client = createClient({ platform: vertex({ region: "us-east5", projectId: "p", accessToken: "t" }) });
    expect(client.context.baseURL).toBe("https://us-east5-aiplatform.googleapis.com");
  });

  it("reads Google's error envelope, in an object or an array, as the typed error", async () => {
    const quota = { error: { code: 429, message: "Quota exceeded for aiplatform.googleapis.com/online_prediction_requests_per_base_model", status: "RESOURCE_EXHAUSTED" } };
    const bodies = [quota, [quota]];
    server = await recordingServer((_req, res) => sendJson(res, 429, bodies.shift()));
    const client = createClient({ platform: vertex({ region: "us-east5", projectId: "p", accessToken: "ya29.static-token", baseURL: server.url }), maxRetries: 0 });
    for (let i = 0; i < 2; i++) {
      const error = await client.messages.create(params).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RateLimitError);
      expect(error).toMatchObject({ status: 429, type: "rate_limit_error" });
      expect((error as Error).message).toContain("Quota exceeded");
      expect((error as Error).message).toContain("RESOURCE_EXHAUSTED");
    }
  });

  it("keeps a model error in the API's envelope as it is", async () => {
    server = await recordingServer((_req, res) => sendJson(res, 529, { type: "error", error: { type: "overloaded_error", message: "Overloaded" }, request_id: "req_vrtx_1" }));
    const client = createClient({ platform: vertex({ region: "us-east5", projectId: "p", accessToken: "ya29.static-token", baseURL: server.url }), maxRetries: 0 });
    const error = await client.messages.create(params).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OverloadedError);
    expect(error).toMatchObject({ requestId: "req_vrtx_1", type: "overloaded_error" });
  });

  it("refuses unserved operations before any I/O and a token callback that gives nothing", async () => {
    server = await firstPartyShapedServer();
    const client = createClient({ platform: vertex({ region: "us-east5", projectId: "p", accessToken: async () => "", baseURL: server.url }) });
    // @ts-expect-error: files are not in a Vertex client's type.
    await expect(client.files.retrieve("file_1")).rejects.toThrow(/files.retrieve is not available on vertex/);
    await expect(client.messages.create(params)).rejects.toThrow(/credential provider returned no value/);
    expect(server.received).toHaveLength(0);
    expect(() => vertex({ region: "us-east5", projectId: "", accessToken: "t" })).toThrow(ClaudeError);
  });
});

describe("foundry(): the first-party wire under /anthropic", () => {
  it("sends the first-party request with api-key, keeping the model and the anthropic-version header", async () => {
    server = await firstPartyShapedServer();
    const client = createClient({ platform: foundry({ baseURL: `${server.url}/anthropic`, apiKey: "foundry-key-EXAMPLE-0123" }) });
    const result = await client.messages.create({ ...params, model: "my-deployment" });
    expect(result.requestId).toBe("apim-1");
    expect(await (await client.messages.stream({ ...params, model: "my-deployment" })).finalText()).toBe("streamed");
    expect((await client.messages.countTokens({ model: "my-deployment", messages: params.messages })).input_tokens).toBe(7);
    expect(server.received.map((r) => r.url)).toEqual(["/anthropic/v1/messages", "/anthropic/v1/messages", "/anthropic/v1/messages/count_tokens"]);
    const first = server.received[0]!;
    expect(first.headers["api-key"]).toBe("foundry-key-EXAMPLE-0123");
    expect(first.headers["x-api-key"]).toBeUndefined();
    expect(first.headers["anthropic-version"]).toBe("2023-06-01");
    expect(JSON.parse(first.body)).toEqual({ ...params, model: "my-deployment" });
  });

  it("sends an Entra token as a bearer, asking the callback per request", async () => {
    server = await firstPartyShapedServer();
    let n = 0;
    const client = createClient({ platform: foundry({ baseURL: `${server.url}/anthropic`, entraToken: async () => `entra-token-${++n}-EXAMPLE` }) });
    await client.messages.create(params);
    await client.messages.create(params);
    expect(server.received.map((r) => r.headers.authorization)).toEqual(["Bearer entra-token-1-EXAMPLE", "Bearer entra-token-2-EXAMPLE"]);
  });

  it("reads Azure's gateway errors as the typed error, with apim-request-id, and keeps the key out of them", async () => {
    const key = "foundry-key-EXAMPLE-0123";
    server = await recordingServer((req, res) =>
      sendJson(res, req.headers["api-key"] === key ? 403 : 401, { error: { code: "401", message: `Access denied due to invalid subscription key ${key}` } }, { "apim-request-id": "apim-err-1" }),
    );
    const client = createClient({ platform: foundry({ baseURL: `${server.url}/anthropic`, apiKey: key }), maxRetries: 0 });
    const error = await client.messages.create(params).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).toMatchObject({ status: 403, type: "permission_error", requestId: "apim-err-1" });
    expect((error as Error).message).not.toContain(key);
    const bad = createClient({ platform: foundry({ baseURL: `${server.url}/anthropic`, apiKey: "another-key-EXAMPLE" }), maxRetries: 0 });
    await expect(bad.messages.create(params)).rejects.toBeInstanceOf(AuthenticationError);
  });

  it("builds the base URL from the resource and refuses unserved operations before any I/O", async () => {
    const client = createClient({ platform: foundry({ resource: "my-resource", apiKey: "k" }) });
    expect(client.context.baseURL).toBe("https://my-resource.services.ai.azure.com/anthropic");
    // @ts-expect-error: batches are not in a Foundry client's type.
    await expect(client.messages.batches.retrieve("b")).rejects.toThrow(/not available on foundry/);
    expect(() => foundry({ resource: "r", baseURL: "https://x", apiKey: "k" })).toThrow(/not both/);
    expect(() => foundry({ resource: "https://r.example", apiKey: "k" })).toThrow(/resource name/);
    expect(() => foundry({ resource: "r" })).toThrow(/no credentials/);
  });
});
