/**
 * Claude on Amazon Bedrock and Microsoft Foundry from Deno, through `@claude-spec/deno`,
 * against the reference server's platform wires: SigV4 by aws4fetch on Deno's WebCrypto
 * (verified by the server), the AWS event stream decoded by @smithy/eventstream-codec,
 * CountTokens, and a typed error. The credentials are the server's default test values.
 */
import { bedrock, createClient, foundry, RateLimitError } from "../../src/index.ts";
import { assert, assertEquals, assertRejects } from "./assert.ts";

const server = Deno.env.get("REFERENCE_SERVER_URL")!;
// The reference server's defaultPlatformCredentials (test values, not secrets).
const credentials = { accessKeyId: "AKIDREFERENCESERVER1", secretAccessKey: "reference-server-secret-access-key" };
const messages = [{ role: "user" as const, content: "Hello from Deno" }];
const model = "us.anthropic.claude-opus-4-8";
const bedrockClient = () => createClient({ platform: bedrock({ region: "us-east-1", credentials, baseURL: `${server}/bedrock` }), maxRetries: 0 });

Deno.test("bedrock: create and stream, SigV4-signed", async () => {
  const client = bedrockClient();
  const message = await client.messages.create({ model, max_tokens: 64, messages });
  assert((message.content[0] as { text: string }).text.includes("Hello from Deno"), "the answer echoes the prompt");
  assert(/^[0-9a-f-]{36}$/.test(message.requestId ?? ""), "the request id is Bedrock's x-amzn-requestid");
  const stream = await client.messages.stream({ model, max_tokens: 64, messages });
  const final = await stream.finalMessage();
  assertEquals(final.content, message.content);
});

Deno.test("bedrock: count tokens and a typed error", async () => {
  const client = bedrockClient();
  const count = await client.messages.countTokens({ model, messages });
  assert(count.input_tokens > 0, "tokens counted");
  const error = await assertRejects(() =>
    client.messages.create({ model, max_tokens: 64, messages, metadata: { user_id: 'claude-spec-fault:{"status":429}' } }),
  );
  assert(error instanceof RateLimitError, `a RateLimitError, got ${error}`);
});

Deno.test("foundry: create with an api-key", async () => {
  const client = createClient({ platform: foundry({ apiKey: "foundry-key-reference-server", baseURL: `${server}/foundry/anthropic` }), maxRetries: 0 });
  const message = await client.messages.create({ model: "claude-opus-4-8", max_tokens: 64, messages });
  assert((message.content[0] as { text: string }).text.includes("Hello from Deno"), "the answer echoes the prompt");
});
