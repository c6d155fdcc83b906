/**
 * The cloud platforms in headless Chromium against the reference server on another origin:
 * Bedrock signed with SigV4 by aws4fetch on the browser's WebCrypto (the server verifies the
 * signature), its AWS event stream decoded by @smithy/eventstream-codec without Node's Buffer,
 * CountTokens, a typed error; and Vertex with a token callback.
 */
import { describe, expect, inject, test } from "vitest";
import { bedrock, createClient, RateLimitError, StreamError, vertex } from "../../src/index.ts";

const server = inject("referenceServerURL");
// The reference server's defaultPlatformCredentials (test values, not secrets).
const credentials = { accessKeyId: "AKIDREFERENCESERVER1", secretAccessKey: "reference-server-secret-access-key" };
const messages = [{ role: "user" as const, content: "Hello from Chromium" }];
const fault = (directive: Record<string, unknown>) => ({ user_id: `claude-spec-fault:${JSON.stringify(directive)}` });

describe("bedrock in the browser", () => {
  const model = "us.anthropic.claude-opus-4-8";
  const client = () => createClient({ platform: bedrock({ region: "us-east-1", credentials: async () => credentials, baseURL: `${server}/bedrock` }), maxRetries: 0, dangerouslyAllowBrowser: true });

  test("runs where Node's Buffer does not", () => expect((globalThis as { Buffer?: unknown }).Buffer).toBeUndefined());

  test("creates, streams and counts tokens, SigV4-signed", async () => {
    const c = client();
    const message = await c.messages.create({ model, max_tokens: 64, messages });
    expect((message.content[0] as { text: string }).text).toContain("Hello from Chromium");
    const events: string[] = [];
    const stream = await c.messages.stream({ model, max_tokens: 64, messages });
    for await (const event of stream) events.push(event.type);
    expect(events[0]).toBe("message_start");
    expect(events.at(-1)).toBe("message_stop");
    expect((await stream.finalMessage()).content).toEqual(message.content);
    expect((await c.messages.countTokens({ model, messages })).input_tokens).toBe(message.usage.input_tokens);
  });

  test("turns a throttled answer and a throttling exception frame into RateLimitErrors, a corrupt frame into a StreamError", async () => {
    const c = client();
    await expect(c.messages.create({ model, max_tokens: 64, messages, metadata: fault({ status: 429 }) })).rejects.toBeInstanceOf(RateLimitError);
    const throttled = await c.messages.stream({ model, max_tokens: 64, messages, metadata: fault({ error_after_events: 2, error_type: "throttlingException" }) });
    await expect(throttled.finalMessage()).rejects.toBeInstanceOf(RateLimitError);
    const corrupt = await c.messages.stream({ model, max_tokens: 64, messages, metadata: fault({ corrupt_frame_after_events: 2 }) });
    await expect(corrupt.finalMessage()).rejects.toBeInstanceOf(StreamError);
  });
});

test("vertex in the browser: a token callback, SSE", async () => {
  const c = createClient({ platform: vertex({ region: "us-east5", projectId: "my-project", accessToken: async () => "ya29.reference-server", baseURL: `${server}/vertex` }), maxRetries: 0, dangerouslyAllowBrowser: true });
  const model = "claude-sonnet-4-5@20250929";
  const message = await c.messages.create({ model, max_tokens: 64, messages });
  expect((message.content[0] as { text: string }).text).toContain("Hello from Chromium");
  expect(await (await c.messages.stream({ model, max_tokens: 64, messages })).finalText()).toBe((message.content[0] as { text: string }).text);
});
