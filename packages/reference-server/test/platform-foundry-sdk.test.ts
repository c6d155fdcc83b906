/**
 * The official `@anthropic-ai/foundry-sdk`, last 0.x (0.6.0) and current 1.x (1.1.1), as
 * installed, against the server's Foundry wire under a cleaned environment: a resource key
 * (`x-api-key`) or a Microsoft Entra token provider (Bearer), the recipes of PLATFORMS.md
 * §6.2. Wire facts (§4.3) are read from the server's record of requests.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import Foundry1 from "foundry-sdk-1";
import Foundry0 from "foundry-sdk-0";
import { defaultPlatformCredentials } from "../src/index.ts";
import { useServer } from "./helpers/server.ts";
import { fault, recordedSince, recordLength, useCleanEnvironment, withEnv } from "./helpers/platform-env.ts";

const dir = await mkdtemp(join(tmpdir(), "reference-server-foundry-"));
afterAll(() => rm(dir, { recursive: true, force: true }));
const recordFile = join(dir, "received.jsonl");
const apiKey: string = defaultPlatformCredentials.foundry.apiKeys[0];
const entraToken = defaultPlatformCredentials.foundry.tokens[0];
const model = "claude-opus-4-8";
const prompt = { max_tokens: 64, messages: [{ role: "user" as const, content: "Hello from Foundry" }] };

useCleanEnvironment();
const s = useServer({ record: recordFile });

type FoundryCtor = typeof Foundry1;
const majors: Array<[string, FoundryCtor, { versionHeader: string }]> = [
  ["1.x", Foundry1, { versionHeader: "2026-10-21" }],
  ["0.x", Foundry0 as unknown as FoundryCtor, { versionHeader: "2023-06-01" }],
];

describe.each(majors)("@anthropic-ai/foundry-sdk %s", (_label, AnthropicFoundry, expected) => {
  const client = (key = apiKey) => new AnthropicFoundry({ baseURL: `${s.url}/foundry/anthropic/`, apiKey: key, maxRetries: 0 });

  it("creates a message on the first-party wire with Azure's request ids", async () => {
    const from = await recordLength(recordFile);
    const { data: message, response, request_id } = await client().messages.create({ model, ...prompt }).withResponse();
    expect((message.content[0] as { text: string }).text).toContain("Hello from Foundry");
    expect(response.headers.get("apim-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(request_id).toMatch(/^req_/);
    expect([...response.headers.keys()].filter((h) => h.startsWith("anthropic-ratelimit-"))).toEqual([]);
    const [entry] = await recordedSince(recordFile, from);
    expect(entry!.path).toBe("/foundry/anthropic/v1/messages");
    expect(entry!.platform).toMatchObject({ name: "foundry", operation: "foundry.messages.create", auth: "api-key" });
    expect(entry!.headers["x-api-key"]).toBe("[redacted]");
    expect(entry!.headers["anthropic-version"]).toBe(expected.versionHeader);
    expect(entry!.platform!.body).toMatchObject({ model, anthropic_version: null });
  });

  it("streams and counts tokens on the first-party paths", async () => {
    const c = client();
    const created = await c.messages.create({ model, ...prompt });
    const final = await c.messages.stream({ model, ...prompt }).finalMessage();
    expect(final.content).toEqual(created.content);
    const from = await recordLength(recordFile);
    const count = await c.messages.countTokens({ model, messages: prompt.messages });
    expect(count.input_tokens).toBe(created.usage.input_tokens);
    const [entry] = await recordedSince(recordFile, from);
    expect(entry!.path).toBe("/foundry/anthropic/v1/messages/count_tokens");
  });

  it("answers model errors in the Anthropic envelope, as the SDK's typed errors", async () => {
    const error = (await client()
      .messages.create({ model, ...prompt, metadata: fault({ status: 429 }) })
      .catch((e: unknown) => e)) as { status: number; constructor: { name: string }; error: unknown; requestID: string; headers: Headers };
    expect(error.constructor.name).toBe("RateLimitError");
    expect(error.error).toMatchObject({ type: "error", error: { type: "rate_limit_error" } });
    expect(error.requestID).toMatch(/^req_/);
    expect(error.headers.get("apim-request-id")).toBeTruthy();
  });

  it("answers a bad key with the APIM gateway envelope (401)", async () => {
    const error = (await client("wrong-key")
      .messages.create({ model, ...prompt })
      .catch((e: unknown) => e)) as { status: number; constructor: { name: string }; error: unknown; message: string };
    expect(error.constructor.name).toBe("AuthenticationError");
    expect(error.error).toEqual({ error: { code: "401", message: expect.stringContaining("Access denied") } });
    expect(error.message).not.toContain("wrong-key");
  });

  it("authenticates with an Entra token provider as Bearer", async () => {
    const from = await recordLength(recordFile);
    const message = await new AnthropicFoundry({ baseURL: `${s.url}/foundry/anthropic/`, azureADTokenProvider: async () => entraToken, maxRetries: 0 }).messages.create({ model, ...prompt });
    expect(message.type).toBe("message");
    const [entry] = await recordedSince(recordFile, from);
    expect(entry!.platform!.auth).toBe("bearer");
    expect(entry!.headers["anthropic-dangerous-direct-browser-access"]).toBe("true");
  });

  it("reads ANTHROPIC_FOUNDRY_BASE_URL and ANTHROPIC_FOUNDRY_API_KEY", async () => {
    const message = await withEnv({ ANTHROPIC_FOUNDRY_BASE_URL: `${s.url}/foundry/anthropic/`, ANTHROPIC_FOUNDRY_API_KEY: apiKey }, () =>
      new AnthropicFoundry({ maxRetries: 0 }).messages.create({ model, ...prompt }),
    );
    expect(message.type).toBe("message");
  });

  it("serves the Files API under the same base, and answers Foundry's not-found for Message Batches", async () => {
    const files = await client().beta.files.list({ betas: ["files-api-2025-04-14"] });
    expect(Array.isArray(files.data)).toBe(true);
    const response = await fetch(`${s.url}/foundry/anthropic/v1/messages/batches`, { headers: { "api-key": apiKey, "anthropic-version": "2023-06-01" } });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "404", message: "Resource not found" } });
  });
});
