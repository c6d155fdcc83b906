/**
 * A client given no key fails each call before any network I/O, with a typed error that
 * says what to set; one told `apiKey: null` (a proxy that adds credentials) sends without.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createClient, createPathClient, leanClientFor, messagesCreateOperation, MissingCredentialsError } from "../../src/index.ts";
import { startCountingServer, type CountingServer } from "../helpers/counting-server.ts";

const params = { model: "m", max_tokens: 5, messages: [{ role: "user" as const, content: "hi" }] };
let server: CountingServer;

beforeEach(async () => {
  server = await startCountingServer();
});
afterEach(() => server.close());

describe("a client with no credentials", () => {
  it("fails a call with MissingCredentialsError naming the options and variables, and opens no connection", async () => {
    const client = createClient({ baseURL: server.url, maxRetries: 2 });
    const error = await client.models.retrieve("m").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingCredentialsError);
    expect((error as Error).name).toBe("MissingCredentialsError");
    expect((error as Error).message).toMatch(/`apiKey`.*`authToken`.*ANTHROPIC_API_KEY.*ANTHROPIC_AUTH_TOKEN.*`apiKey: null`/s);
    expect(server.connections).toBe(0);
  });

  it("fails streams, pages, lean clients and the path-style client the same way", async () => {
    const client = createClient({ baseURL: server.url });
    await expect(client.messages.stream(params)).rejects.toBeInstanceOf(MissingCredentialsError);
    await expect(client.models.list()).rejects.toBeInstanceOf(MissingCredentialsError);
    await expect(leanClientFor([messagesCreateOperation], { baseURL: server.url }).messages.create(params)).rejects.toBeInstanceOf(MissingCredentialsError);
    await expect(createPathClient(client).GET("/v1/models")).rejects.toBeInstanceOf(MissingCredentialsError);
    expect(server.connections).toBe(0);
  });

  it("sends without credentials when told `apiKey: null` (or `authToken: null`) on purpose", async () => {
    await createClient({ baseURL: server.url, apiKey: null }).models.list();
    await createClient({ baseURL: server.url, authToken: null }).models.list();
    expect(server.requests).toHaveLength(2);
    for (const headers of server.requests) {
      expect(headers["x-api-key"]).toBeUndefined();
      expect(headers.authorization).toBeUndefined();
    }
  });

  it("sends the credential a caller put in defaultHeaders", async () => {
    await createClient({ baseURL: server.url, defaultHeaders: { "X-Api-Key": "sk-ant-by-header-1" } }).models.list();
    await createClient({ baseURL: server.url, defaultHeaders: { authorization: "Bearer by-header-token" } }).models.list();
    expect(server.requests.map((h) => h["x-api-key"] ?? h.authorization)).toEqual(["sk-ant-by-header-1", "Bearer by-header-token"]);
  });
});
