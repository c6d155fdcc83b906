/**
 * The official `@anthropic-ai/bedrock-sdk`, last 0.x (0.36.0) and current 1.x (1.2.1), as
 * installed, against the server's Bedrock wire under a cleaned environment, with the
 * constructor recipes of PLATFORMS.md §6.2 (SigV4 with static keys, a Bedrock API key,
 * the env-only chain). Wire facts (§2.3) are read from the server's record of requests;
 * every SigV4 signature is recomputed by the server, and a wrong secret is refused.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import Bedrock1 from "bedrock-sdk-1";
import Bedrock0 from "bedrock-sdk-0";
import { defaultPlatformCredentials } from "../src/index.ts";
import { useServer } from "./helpers/server.ts";
import { fault, recordedSince, recordLength, useCleanEnvironment, withEnv } from "./helpers/platform-env.ts";

const dir = await mkdtemp(join(tmpdir(), "reference-server-bedrock-"));
afterAll(() => rm(dir, { recursive: true, force: true }));
const recordFile = join(dir, "received.jsonl");
const { accessKeyId, secretAccessKey } = defaultPlatformCredentials.bedrock.credentials[0];
const bedrockApiKey = defaultPlatformCredentials.bedrock.apiKeys[0];
const modelId = "us.anthropic.claude-opus-4-8";
const prompt = { max_tokens: 64, messages: [{ role: "user" as const, content: "Hello from Bedrock" }] };

useCleanEnvironment();
const s = useServer({ record: recordFile });

type BedrockCtor = typeof Bedrock1;
const majors: Array<[string, BedrockCtor, { bodyVersion: string; versionHeader: string | undefined }]> = [
  ["1.x", Bedrock1, { bodyVersion: "2026-10-21", versionHeader: undefined }],
  ["0.x", Bedrock0 as unknown as BedrockCtor, { bodyVersion: "bedrock-2023-05-31", versionHeader: "2023-06-01" }],
];

describe.each(majors)("@anthropic-ai/bedrock-sdk %s", (_label, AnthropicBedrock, expected) => {
  const sigv4 = (extra: Record<string, unknown> = {}) =>
    new AnthropicBedrock({ baseURL: `${s.url}/bedrock`, awsRegion: "us-east-1", awsAccessKey: accessKeyId, awsSecretKey: secretAccessKey, maxRetries: 0, ...extra } as never);

  it("creates a message through InvokeModel, SigV4-signed, with the body shape of its major", async () => {
    const from = await recordLength(recordFile);
    const { data: message, response } = await sigv4().messages.create({ model: modelId, ...prompt }).withResponse();
    expect(message.content[0]).toMatchObject({ type: "text" });
    expect((message.content[0] as { text: string }).text).toContain("Hello from Bedrock");
    expect(response.headers.get("x-amzn-requestid")).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get("request-id")).toBeNull();
    expect(Number(response.headers.get("x-amzn-bedrock-input-token-count"))).toBe(message.usage.input_tokens);

    const [entry] = await recordedSince(recordFile, from);
    expect(entry!.path).toBe(`/bedrock/model/${modelId}/invoke`);
    expect(entry!.status).toBe(200);
    expect(entry!.platform).toMatchObject({ name: "bedrock", operation: "bedrock.messages.create", auth: "sigv4" });
    expect(entry!.platform!.signed_headers).toEqual(expect.arrayContaining(["host", "x-amz-date", "x-amz-content-sha256", "content-type"]));
    expect(entry!.headers.authorization).toBe("AWS4-HMAC-SHA256 [redacted]");
    expect(entry!.headers["anthropic-version"]).toBe(expected.versionHeader);
    // model goes in the path, stream is decided by the path, the version is in the body.
    expect(entry!.platform!.body).toMatchObject({ anthropic_version: expected.bodyVersion, model: null, stream: null });
    expect(entry!.platform!.body!.keys.sort()).toEqual(["anthropic_version", "max_tokens", "messages"]);
  });

  it("streams through InvokeModelWithResponseStream as an AWS event stream the SDK decodes", async () => {
    const client = sigv4();
    const created = await client.messages.create({ model: modelId, ...prompt });
    const from = await recordLength(recordFile);
    const events: string[] = [];
    const stream = client.messages.stream({ model: modelId, ...prompt });
    stream.on("streamEvent", (event) => events.push(event.type));
    const final = await stream.finalMessage();
    expect(final.content).toEqual(created.content);
    expect(events[0]).toBe("message_start");
    expect(events.at(-1)).toBe("message_stop");
    expect(events).not.toContain("ping");
    const [entry] = await recordedSince(recordFile, from);
    expect(entry!.path).toBe(`/bedrock/model/${modelId}/invoke-with-response-stream`);
    expect(entry!.platform!.body).toMatchObject({ anthropic_version: expected.bodyVersion, stream: null, model: null });
  });

  it("sends betas in the header and in the body's anthropic_beta", async () => {
    const from = await recordLength(recordFile);
    await sigv4().beta.messages.create({ model: modelId, ...prompt, betas: ["context-management-2025-06-27"] });
    const [entry] = await recordedSince(recordFile, from);
    expect(entry!.headers["anthropic-beta"]).toBe("context-management-2025-06-27");
    expect(entry!.platform!.body!.anthropic_beta).toEqual(["context-management-2025-06-27"]);
    expect(entry!.platform!.signed_headers).toContain("anthropic-beta");
  });

  it("signs an ARN model id with its %2F and the server verifies it", async () => {
    const arn = "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123";
    const from = await recordLength(recordFile);
    const message = await sigv4().messages.create({ model: arn, ...prompt });
    expect(message.type).toBe("message");
    const [entry] = await recordedSince(recordFile, from);
    expect(entry!.path).toBe("/bedrock/model/arn:aws:bedrock:us-east-1:123456789012:application-inference-profile%2Fabc123/invoke");
    expect(entry!.platform!.auth).toBe("sigv4");
  });

  it("is refused with 403 when the secret is wrong (the signature is really checked)", async () => {
    const error = (await sigv4({ awsSecretKey: "not-the-secret" })
      .messages.create({ model: modelId, ...prompt })
      .catch((e: unknown) => e)) as { status: number; constructor: { name: string }; error: unknown; message: string };
    expect(error.status).toBe(403);
    expect(error.constructor.name).toBe("PermissionDeniedError");
    expect(error.error).toEqual({ message: expect.stringContaining("signature we calculated does not match") });
    expect(error.message).not.toContain("not-the-secret");
  });

  it("maps AWS errors to the SDK's typed errors by status", async () => {
    const limited = (await sigv4()
      .messages.create({ model: modelId, ...prompt, metadata: fault({ status: 429, message: "Too many requests, please wait before trying again." }) })
      .withResponse()
      .catch((e: unknown) => e)) as { status: number; constructor: { name: string }; error: unknown; headers: Headers };
    expect(limited.constructor.name).toBe("RateLimitError");
    expect(limited.status).toBe(429);
    expect(limited.error).toEqual({ message: "Too many requests, please wait before trying again." });
    expect(limited.headers.get("x-amzn-errortype")).toMatch(/^ThrottlingException:/);
    const invalid = (await sigv4()
      .messages.create({ model: modelId, max_tokens: -1, messages: prompt.messages })
      .catch((e: unknown) => e)) as { status: number; constructor: { name: string } };
    expect(invalid.constructor.name).toBe("BadRequestError");
    expect(invalid.status).toBe(400);
  });

  it("turns a mid-stream exception frame into an APIError of that exception's type", async () => {
    const error = (await sigv4()
      .messages.stream({ model: modelId, ...prompt, metadata: fault({ error_after_events: 3, error_type: "throttlingException", message: "slow down" }) })
      .finalMessage()
      .catch((e: unknown) => e)) as { status: unknown; error: { error?: { type?: string; message?: string } } };
    expect(error.error?.error).toMatchObject({ type: "throttlingException", message: "slow down" });
    expect(error.status).toBeUndefined();
  });

  it("fails the stream on a frame whose CRC is corrupt", async () => {
    const error = (await sigv4()
      .messages.stream({ model: modelId, ...prompt, metadata: fault({ corrupt_frame_after_events: 2 }) })
      .finalMessage()
      .catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toMatch(/checksum/i);
  });

  it("countTokens: the TS SDK posts the first-party path to the Bedrock host, which answers Bedrock's not-found", async () => {
    const from = await recordLength(recordFile);
    // Removed from the SDK's types only (PLATFORMS.md §2.1): the method is still there at run time.
    const messages = sigv4().messages as unknown as { countTokens(params: unknown): Promise<unknown> };
    const error = (await messages
      .countTokens({ model: modelId, messages: prompt.messages })
      .catch((e: unknown) => e)) as { status: number; constructor: { name: string }; headers: Headers };
    expect(error.status).toBe(404);
    expect(error.constructor.name).toBe("NotFoundError");
    expect(error.headers.get("x-amzn-errortype")).toMatch(/^UnknownOperationException:/);
    const [entry] = await recordedSince(recordFile, from);
    expect(entry!.path).toBe("/bedrock/v1/messages/count_tokens");
    expect(entry!.platform).toMatchObject({ name: "bedrock", operation: "not-served" });
  });

  it("authenticates with a Bedrock API key as Bearer, without SigV4", async () => {
    const from = await recordLength(recordFile);
    const message = await new AnthropicBedrock({ baseURL: `${s.url}/bedrock`, apiKey: bedrockApiKey, maxRetries: 0 } as never).messages.create({ model: modelId, ...prompt });
    expect(message.type).toBe("message");
    const [entry] = await recordedSince(recordFile, from);
    expect(entry!.platform!.auth).toBe("bearer");
    expect(entry!.headers.authorization).toBe("Bearer [redacted]");
    expect(entry!.headers["x-amz-date"]).toBeUndefined();
    const refused = (await new AnthropicBedrock({ baseURL: `${s.url}/bedrock`, apiKey: "wrong-key", maxRetries: 0 } as never)
      .messages.create({ model: modelId, ...prompt })
      .catch((e: unknown) => e)) as { status: number };
    expect(refused.status).toBe(403);
  });

  it("signs with keys from the environment alone (AWS_ACCESS_KEY_ID, ANTHROPIC_BEDROCK_BASE_URL)", async () => {
    const from = await recordLength(recordFile);
    const message = await withEnv(
      { ANTHROPIC_BEDROCK_BASE_URL: `${s.url}/bedrock`, AWS_REGION: "eu-west-1", AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey, AWS_SESSION_TOKEN: "test-session-token" },
      () => new AnthropicBedrock({ maxRetries: 0 }).messages.create({ model: modelId, ...prompt }),
    );
    expect(message.type).toBe("message");
    const [entry] = await recordedSince(recordFile, from);
    expect(entry!.platform!.auth).toBe("sigv4");
    expect(entry!.platform!.signed_headers).toContain("x-amz-security-token");
  });
});
