import { afterEach, describe, expect, it } from "vitest";
import { bedrock, ClaudeError, createClient, RateLimitError, BadRequestError } from "../../src/index.ts";
import { chunkFrame, concat, exceptionFrame, textEvents } from "../helpers/event-stream.ts";
import { verifySigV4 } from "../helpers/sigv4-verify.ts";
import { message, recordingServer, sendJson } from "./platform-loopback.ts";

const keys = { accessKeyId: "AKIDEXAMPLETEST01", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" };
const secrets = { [keys.accessKeyId]: keys.secretAccessKey };
const params = { model: "us.anthropic.claude-opus-4-8", max_tokens: 16, messages: [{ role: "user" as const, content: "Hi" }] };

let server: Awaited<ReturnType<typeof recordingServer>> | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/** Answers like Bedrock InvokeModel, after checking the signature (401-style 403 otherwise). */
async function bedrockServer() {
  return recordingServer(async (req, res) => {
    if (String(req.headers.authorization).startsWith("AWS4-HMAC-SHA256")) {
      const verdict = await verifySigV4(req, secrets);
      if (!verdict.ok) return sendJson(res, 403, { message: `bad signature: ${verdict.reason}` }, { "x-amzn-errortype": "AccessDeniedException:http://internal.amazon.com/coral/com.amazon.bedrock/" });
    }
    const requestId = { "x-amzn-requestid": "11111111-2222-3333-4444-555555555555" };
    if (req.url.endsWith("/invoke")) return sendJson(res, 200, message("hello"), requestId);
    if (req.url.endsWith("/count-tokens")) return sendJson(res, 200, { inputTokens: 42 }, requestId);
    if (req.url.endsWith("/invoke-with-response-stream")) {
      res.writeHead(200, { "content-type": "application/vnd.amazon.eventstream", ...requestId });
      const body = concat(textEvents(["Hel", "lo"]).map((e) => chunkFrame(e)));
      // Written in small pieces, so the client sees frames split across reads.
      for (let at = 0; at < body.length; at += 37) res.write(body.subarray(at, at + 37));
      return res.end();
    }
    sendJson(res, 404, { message: "no such route" });
  });
}

describe("bedrock(): InvokeModel through createClient", () => {
  it("signs with SigV4 (verified by @smithy/signature-v4), shapes URL and body, reads the answer and the AWS request id", async () => {
    server = await bedrockServer();
    const client = createClient({ platform: bedrock({ region: "us-west-2", credentials: keys, baseURL: server.url }), apiVersion: "2026-10-21" });
    const result = await client.messages.create(params, { betas: ["context-1m-2025-08-07"] });
    expect(result.content).toEqual([{ type: "text", text: "hello" }]);
    expect(result.requestId).toBe("11111111-2222-3333-4444-555555555555");
    const [req] = server.received;
    expect(req!.url).toBe("/model/us.anthropic.claude-opus-4-8/invoke");
    const verdict = await verifySigV4(req!, secrets);
    expect(verdict).toMatchObject({ ok: true, region: "us-west-2", service: "bedrock" });
    const body = JSON.parse(req!.body);
    expect(body).toEqual({ max_tokens: 16, messages: params.messages, anthropic_version: "2026-10-21", anthropic_beta: ["context-1m-2025-08-07"] });
    expect(req!.headers["anthropic-beta"]).toBe("context-1m-2025-08-07");
    expect(req!.headers["anthropic-version"]).toBeUndefined();
  });

  it("sends extraBody fields in the native body too, in create and stream calls", async () => {
    server = await bedrockServer();
    const client = createClient({ platform: bedrock({ credentials: keys, baseURL: server.url }) });
    await client.messages.create(params, { extraBody: { new_param: { on: true } } });
    await (await client.messages.stream(params, { extraBody: { new_param: 2 } })).finalMessage();
    expect(server.received.map((r) => JSON.parse(r.body).new_param)).toEqual([{ on: true }, 2]);
    expect(server.received.map((r) => r.url)).toEqual(["/model/us.anthropic.claude-opus-4-8/invoke", "/model/us.anthropic.claude-opus-4-8/invoke-with-response-stream"]);
  });

  it("sends the legacy bedrock-2023-05-31 for a 2023-06-01 client, or the version it is told", async () => {
    server = await bedrockServer();
    await createClient({ platform: bedrock({ credentials: keys, baseURL: server.url }) }).messages.create(params);
    await createClient({ platform: bedrock({ credentials: keys, baseURL: server.url, anthropicVersion: "2026-10-21" }) }).messages.create(params);
    expect(server.received.map((r) => JSON.parse(r.body).anthropic_version)).toEqual(["bedrock-2023-05-31", "2026-10-21"]);
    // The default region is in the signature's scope.
    expect(await verifySigV4(server.received[0]!, secrets)).toMatchObject({ ok: true, region: "us-east-1" });
  });

  it("encodes an ARN model id as the official SDK does (/ as %2F, : kept), and the signature still verifies", async () => {
    server = await bedrockServer();
    const client = createClient({ platform: bedrock({ credentials: keys, baseURL: server.url }) });
    await client.messages.create({ ...params, model: "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123" });
    expect(server.received[0]!.url).toBe("/model/arn:aws:bedrock:us-east-1:123456789012:application-inference-profile%2Fabc123/invoke");
    expect((await verifySigV4(server.received[0]!, secrets)).ok).toBe(true);
  });

  it("streams the event stream into the same typed events and final message", async () => {
    server = await bedrockServer();
    const client = createClient({ platform: bedrock({ credentials: keys, baseURL: server.url }) });
    const stream = await client.messages.stream(params);
    expect(stream.requestId).toBe("11111111-2222-3333-4444-555555555555");
    const message = await stream.finalMessage();
    expect(message.content).toEqual([{ type: "text", text: "Hello" }]);
    const req = server.received[0]!;
    expect(req.url).toBe("/model/us.anthropic.claude-opus-4-8/invoke-with-response-stream");
    expect(JSON.parse(req.body)).not.toHaveProperty("stream");
    expect(JSON.parse(req.body)).not.toHaveProperty("model");
  });

  it("counts tokens through CountTokens: the body base64 inside input.invokeModel.body, inputTokens as input_tokens", async () => {
    server = await bedrockServer();
    const client = createClient({ platform: bedrock({ credentials: keys, baseURL: server.url }) });
    const count = await client.messages.countTokens({ model: params.model, messages: params.messages });
    expect(count.input_tokens).toBe(42);
    const req = server.received[0]!;
    expect(req.url).toBe("/model/us.anthropic.claude-opus-4-8/count-tokens");
    const wrapped = JSON.parse(req.body) as { input: { invokeModel: { body: string } } };
    expect(JSON.parse(Buffer.from(wrapped.input.invokeModel.body, "base64").toString())).toEqual({
      messages: params.messages,
      anthropic_version: "bedrock-2023-05-31",
      max_tokens: 1,
    });
  });

  it("turns AWS HTTP errors into the typed errors, with the AWS name and request id", async () => {
    server = await recordingServer((_req, res) =>
      sendJson(res, 429, { message: "Too many requests, please wait before trying again." }, { "x-amzn-errortype": "ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/", "x-amzn-requestid": "req-throttled" }),
    );
    const client = createClient({ platform: bedrock({ credentials: keys, baseURL: server.url }), maxRetries: 0 });
    const error = await client.messages.create(params).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, type: "rate_limit_error", requestId: "req-throttled" });
    expect((error as Error).message).toContain("Too many requests");
    expect((error as Error).message).toContain("ThrottlingException");
  });

  it("turns a mid-stream exception frame into the typed error, after the events before it", async () => {
    server = await recordingServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/vnd.amazon.eventstream" });
      res.end(concat([...textEvents(["a"]).slice(0, 3).map((e) => chunkFrame(e)), exceptionFrame("throttlingException", "slow down")]));
    });
    const client = createClient({ platform: bedrock({ credentials: keys, baseURL: server.url }) });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const event of await client.messages.stream(params)) seen.push(event.type);
    })().catch((e: unknown) => e);
    expect(seen).toEqual(["message_start", "content_block_start", "content_block_delta"]);
    expect(error).toBeInstanceOf(RateLimitError);
  });

  it("retries a throttled request with a fresh signature", async () => {
    let calls = 0;
    server = await recordingServer(async (req, res) => {
      if (calls++ === 0) return sendJson(res, 429, { message: "Too many requests" }, { "x-amzn-errortype": "ThrottlingException", "retry-after-ms": "1" });
      const verdict = await verifySigV4(req, secrets);
      sendJson(res, verdict.ok ? 200 : 403, verdict.ok ? message("again") : { message: "bad signature" });
    });
    const client = createClient({ platform: bedrock({ credentials: keys, baseURL: server.url }) });
    expect((await client.messages.create(params)).content).toEqual([{ type: "text", text: "again" }]);
    expect(server.received).toHaveLength(2);
    // One authorization header, not the first attempt's signature signed into the second.
    expect(server.received[1]!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 /);
  });

  it("resolves credentials per request from a provider, signs the session token, and keeps secrets out of errors", async () => {
    server = await recordingServer(async (req, res) => sendJson(res, 400, { message: `echo ${req.headers["x-amz-security-token"]}` }, { "x-amzn-errortype": "ValidationException" }));
    let asked = 0;
    const sessionToken = "FwoGZXIvYXdzEXAMPLESESSIONTOKEN";
    const client = createClient({ platform: bedrock({ credentials: async () => (asked++, { ...keys, sessionToken }), baseURL: server.url }) });
    const error = await client.messages.create(params).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(asked).toBe(1);
    expect(server.received[0]!.headers["x-amz-security-token"]).toBe(sessionToken);
    expect(String(server.received[0]!.headers.authorization)).toContain("x-amz-security-token");
    expect((await verifySigV4(server.received[0]!, secrets)).ok).toBe(true);
    expect((error as Error).message).not.toContain(sessionToken);
    expect(JSON.stringify((error as { body: unknown }).body)).not.toContain(sessionToken);
  });

  it("sends a Bedrock API key as a bearer token, without a signature", async () => {
    server = await bedrockServer();
    const client = createClient({ platform: bedrock({ apiKey: "bedrock-api-key-EXAMPLE-0123456789", baseURL: server.url }) });
    await client.messages.create(params);
    expect(server.received[0]!.headers.authorization).toBe("Bearer bedrock-api-key-EXAMPLE-0123456789");
    expect(server.received[0]!.headers["x-amz-date"]).toBeUndefined();
  });

  it("refuses an operation Bedrock does not serve before any I/O, and bad options at once", async () => {
    server = await bedrockServer();
    const client = createClient({ platform: bedrock({ credentials: keys, baseURL: server.url }) });
    // @ts-expect-error: models is not in a Bedrock client's type.
    const models = client.models as { list?: () => AsyncIterable<unknown> } | undefined;
    expect(models?.list).toBeTypeOf("function");
    const error = await (async () => {
      for await (const _ of models!.list!());
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClaudeError);
    expect((error as Error).message).toMatch(/models\.list is not available on bedrock/);
    // @ts-expect-error: batches are not in a Bedrock client's type either.
    await expect(client.messages.batches.create({ requests: [] })).rejects.toThrow(/not available on bedrock/);
    expect(server.received).toHaveLength(0);
    expect(() => bedrock({})).toThrow(ClaudeError);
    expect(() => bedrock({ credentials: keys, apiKey: "k" })).toThrow(/not both/);
    expect(() => createClient({ platform: bedrock({ credentials: keys }), apiKey: "sk-ant-x" })).toThrow(/pass bedrock's credentials to bedrock\(\)/);
  });
});
