/**
 * Our client against the reference server's platform wires (Bedrock, Vertex, Foundry), as a
 * real user would call it: create, stream, count tokens, and a typed error for each, with the
 * server verifying every SigV4 signature, token and key it is given.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultPlatformCredentials, start, type RunningServer } from "@claude-spec/reference-server";
import {
  bedrock,
  ClaudeError,
  createClient,
  foundry,
  OverloadedError,
  PermissionDeniedError,
  RateLimitError,
  StreamError,
  vertex,
  AuthenticationError,
  InternalServerError,
} from "../src/index.ts";

let server: RunningServer;
beforeAll(async () => {
  server = await start({ fixturesDir: false });
});
afterAll(() => server?.close());

const creds = defaultPlatformCredentials;
const fault = (directive: Record<string, unknown>) => ({ user_id: `claude-spec-fault:${JSON.stringify(directive)}` });
const messages = [{ role: "user" as const, content: "Hello from our client" }];

const platforms = {
  bedrock: {
    model: "us.anthropic.claude-opus-4-8",
    client: (extra = {}) => createClient({ platform: bedrock({ region: "us-east-1", credentials: creds.bedrock.credentials[0], baseURL: `${server.url}/bedrock` }), maxRetries: 0, ...extra }),
    wrongCredentials: () => createClient({ platform: bedrock({ credentials: { accessKeyId: creds.bedrock.credentials[0].accessKeyId, secretAccessKey: "not-the-secret-EXAMPLE" }, baseURL: `${server.url}/bedrock` }), maxRetries: 0 }),
    refused: PermissionDeniedError,
  },
  // Bedrock's Messages API (`/anthropic/v1/messages`: the first-party body, SSE), signed the same way.
  "bedrock-messages": {
    model: "us.anthropic.claude-opus-4-8",
    client: (extra = {}) => createClient({ platform: bedrock({ api: "messages", credentials: creds.bedrock.credentials[0], baseURL: `${server.url}/bedrock` }), maxRetries: 0, ...extra }),
    wrongCredentials: () => createClient({ platform: bedrock({ api: "messages", apiKey: "not-a-bedrock-key-EXAMPLE", baseURL: `${server.url}/bedrock` }), maxRetries: 0 }),
    refused: PermissionDeniedError,
  },
  vertex: {
    model: "claude-sonnet-4-5@20250929",
    client: (extra = {}) => createClient({ platform: vertex({ region: "us-east5", projectId: "my-project", accessToken: async () => creds.vertex.tokens[0], baseURL: `${server.url}/vertex` }), maxRetries: 0, ...extra }),
    wrongCredentials: () => createClient({ platform: vertex({ region: "us-east5", projectId: "p", accessToken: "ya29.wrong-token-EXAMPLE", baseURL: `${server.url}/vertex` }), maxRetries: 0 }),
    refused: AuthenticationError,
  },
  foundry: {
    model: "claude-opus-4-8",
    client: (extra = {}) => createClient({ platform: foundry({ apiKey: creds.foundry.apiKeys[0], baseURL: `${server.url}/foundry/anthropic` }), maxRetries: 0, ...extra }),
    wrongCredentials: () => createClient({ platform: foundry({ apiKey: "wrong-foundry-key-EXAMPLE", baseURL: `${server.url}/foundry/anthropic` }), maxRetries: 0 }),
    refused: AuthenticationError,
  },
};

describe.each(Object.entries(platforms))("%s through the reference server", (name, p) => {
  for (const apiVersion of ["2023-06-01", "2026-10-21"] as const) {
    it(`creates, streams and counts tokens (${apiVersion})`, async () => {
      const client = p.client({ apiVersion });
      const message = await client.messages.create({ model: p.model, max_tokens: 64, messages });
      expect(message.type).toBe("message");
      expect((message.content[0] as { text: string }).text).toContain("Hello from our client");
      if (name !== "vertex") expect(message.requestId).toBeTruthy();
      const stream = await client.messages.stream({ model: p.model, max_tokens: 64, messages });
      const types: string[] = [];
      for await (const event of stream) types.push(event.type);
      expect(types[0]).toBe("message_start");
      expect(types.at(-1)).toBe("message_stop");
      const final = await stream.finalMessage();
      expect(final.content).toEqual(message.content);
      const count = await client.messages.countTokens({ model: p.model, messages });
      expect(count.input_tokens).toBe(message.usage.input_tokens);
    });
  }

  it("turns an error answer into the typed error (a 429 and refused credentials)", async () => {
    const error = await p.client().messages.create({ model: p.model, max_tokens: 64, messages, metadata: fault({ status: 429 }) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429 });
    if (name === "bedrock") expect((error as { requestId: string }).requestId).toMatch(/^[0-9a-f-]{36}$/);
    await expect(p.wrongCredentials().messages.create({ model: p.model, max_tokens: 64, messages })).rejects.toBeInstanceOf(p.refused);
  });

  it("turns a mid-stream error into the typed error after the events before it", async () => {
    const stream = await p.client().messages.stream({ model: p.model, max_tokens: 64, messages, metadata: fault({ error_after_events: 3, error_type: "overloaded_error" }) });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const event of stream) seen.push(event.type);
    })().catch((e: unknown) => e);
    // The server counts the first-party events, a ping among them, which Bedrock does not send.
    expect(seen).toHaveLength(name === "bedrock" ? 2 : 3);
    expect(seen[0]).toBe("message_start");
    // Bedrock carries it as serviceUnavailableException (503): an InternalServerError.
    expect(error).toBeInstanceOf(name === "bedrock" ? InternalServerError : OverloadedError);
  });

  it("refuses an operation the platform does not serve before any I/O", async () => {
    const client = p.client() as unknown as { models: { retrieve(id: string): Promise<unknown> } };
    await expect(client.models.retrieve("claude-opus-4-8")).rejects.toBeInstanceOf(ClaudeError);
    await expect(client.models.retrieve("claude-opus-4-8")).rejects.toThrow(`models.retrieve is not available on ${name.split("-")[0]}`);
  });
});

describe("Bedrock event-stream faults from the reference server", () => {
  it("reads a throttlingException frame as a RateLimitError and a corrupt frame as a StreamError", async () => {
    const client = platforms.bedrock.client();
    const throttled = await client.messages.stream({ model: platforms.bedrock.model, max_tokens: 64, messages, metadata: fault({ error_after_events: 2, error_type: "throttlingException" }) });
    await expect(throttled.finalMessage()).rejects.toBeInstanceOf(RateLimitError);
    const corrupt = await client.messages.stream({ model: platforms.bedrock.model, max_tokens: 64, messages, metadata: fault({ corrupt_frame_after_events: 2 }) });
    const error = await corrupt.finalMessage().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StreamError);
    expect((error as Error).message).toMatch(/corrupt event stream/);
  });
});

describe("Bedrock's Messages API (api: \"messages\")", () => {
  it("sends the first-party body and headers to /anthropic/v1/messages, signed, and counts tokens with CountTokens", async () => {
    const sent: { url: string; headers: Headers; body: string }[] = [];
    const client = createClient({
      platform: bedrock({ api: "messages", credentials: creds.bedrock.credentials[0], baseURL: `${server.url}/bedrock` }),
      apiVersion: "2026-10-21",
      maxRetries: 0,
      // Notes each request as sent, then sends it.
      fetch: async (input, init) => {
        const request = new Request(input, init);
        sent.push({ url: request.url, headers: request.headers, body: await request.clone().text() });
        return fetch(request);
      },
    });
    const model = "us.anthropic.claude-opus-4-8";
    await client.messages.create({ model, max_tokens: 32, messages }, { betas: ["context-1m-2025-08-07"] });
    await (await client.messages.stream({ model, max_tokens: 32, messages })).finalMessage();
    await client.messages.countTokens({ model, messages });
    expect(sent.map((r) => new URL(r.url).pathname)).toEqual(["/bedrock/anthropic/v1/messages", "/bedrock/anthropic/v1/messages", `/bedrock/model/${model}/count-tokens`]);
    const [create, stream] = sent;
    expect(JSON.parse(create!.body)).toEqual({ model, max_tokens: 32, messages });
    expect(JSON.parse(stream!.body)).toEqual({ model, max_tokens: 32, messages, stream: true });
    expect(create!.headers.get("anthropic-version")).toBe("2026-10-21");
    expect(create!.headers.get("anthropic-beta")).toBe("context-1m-2025-08-07");
    expect(create!.headers.get("authorization")).toMatch(/^AWS4-HMAC-SHA256 Credential=[^/]+\/\d{8}\/us-east-1\/bedrock\/aws4_request/);
  });

  it("refuses an api it does not know", () => {
    expect(() => bedrock({ api: "converse" as never, apiKey: "k-EXAMPLE-0000" })).toThrow(/api must be "invoke-model" or "messages"/);
    expect(() => bedrock({ api: "toString" as never, apiKey: "k-EXAMPLE-0000" })).toThrow(ClaudeError);
  });
});
