/**
 * The official `@anthropic-ai/vertex-sdk`, last 0.x (0.22.0) and current 1.x (1.1.5), as
 * installed, against the server's Vertex wire under a cleaned environment, authenticated
 * the way PLATFORMS.md §6.2 does it offline: a google-auth-library `OAuth2Client` holding
 * an access token. Wire facts (§3.3) are read from the server's record of requests.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { OAuth2Client } from "google-auth-library";
import Vertex1 from "vertex-sdk-1";
import Vertex0 from "vertex-sdk-0";
import { defaultPlatformCredentials } from "../src/index.ts";
import { useServer } from "./helpers/server.ts";
import { fault, recordedSince, recordLength, useCleanEnvironment, withEnv } from "./helpers/platform-env.ts";

const dir = await mkdtemp(join(tmpdir(), "reference-server-vertex-"));
afterAll(() => rm(dir, { recursive: true, force: true }));
const recordFile = join(dir, "received.jsonl");
const token: string = defaultPlatformCredentials.vertex.tokens[0];
const model = "claude-sonnet-4-5@20250929";
const prompt = { max_tokens: 64, messages: [{ role: "user" as const, content: "Hello from Vertex" }] };
const modelPath = "/vertex/v1/projects/my-project/locations/us-east5/publishers/anthropic/models";

useCleanEnvironment();
const s = useServer({ record: recordFile });

function authClient(accessToken: string): OAuth2Client {
  const client = new OAuth2Client();
  client.setCredentials({ access_token: accessToken, expiry_date: Date.now() + 3_600_000 });
  return client;
}

type VertexCtor = typeof Vertex1;
const majors: Array<[string, VertexCtor, { bodyVersion: string; versionHeader: string | undefined }]> = [
  ["1.x", Vertex1, { bodyVersion: "2026-10-21", versionHeader: undefined }],
  ["0.x", Vertex0 as unknown as VertexCtor, { bodyVersion: "vertex-2023-10-16", versionHeader: "2023-06-01" }],
];

describe.each(majors)("@anthropic-ai/vertex-sdk %s", (_label, AnthropicVertex, expected) => {
  const client = (accessToken = token) =>
    new AnthropicVertex({ baseURL: `${s.url}/vertex/v1`, region: "us-east5", projectId: "my-project", authClient: authClient(accessToken) as never, maxRetries: 0 });

  it("creates a message through rawPredict with the model in the path and the version in the body", async () => {
    const from = await recordLength(recordFile);
    const message = await client().messages.create({ model, ...prompt });
    expect((message.content[0] as { text: string }).text).toContain("Hello from Vertex");
    const [entry] = await recordedSince(recordFile, from);
    expect(entry!.path).toBe(`${modelPath}/${model}:rawPredict`);
    expect(entry!.platform).toMatchObject({ name: "vertex", operation: "vertex.messages.create", auth: "bearer" });
    expect(entry!.headers.authorization).toBe("Bearer [redacted]");
    expect(entry!.headers["anthropic-version"]).toBe(expected.versionHeader);
    expect(entry!.platform!.body).toMatchObject({ anthropic_version: expected.bodyVersion, model: null });
  });

  it("streams through streamRawPredict (SSE, stream kept in the body)", async () => {
    const c = client();
    const created = await c.messages.create({ model, ...prompt });
    const from = await recordLength(recordFile);
    const final = await c.messages.stream({ model, ...prompt }).finalMessage();
    expect(final.content).toEqual(created.content);
    const [entry] = await recordedSince(recordFile, from);
    expect(entry!.path).toBe(`${modelPath}/${model}:streamRawPredict`);
    expect(entry!.platform!.body).toMatchObject({ anthropic_version: expected.bodyVersion, stream: true, model: null });
  });

  it("counts tokens through count-tokens:rawPredict (model in the body), agreeing with usage", async () => {
    const c = client();
    const from = await recordLength(recordFile);
    const count = await c.messages.countTokens({ model, messages: prompt.messages });
    const [entry] = await recordedSince(recordFile, from);
    expect(entry!.path).toBe(`${modelPath}/count-tokens:rawPredict`);
    expect(entry!.platform!.body).toMatchObject({ anthropic_version: expected.bodyVersion, model });
    const message = await c.messages.create({ model, ...prompt });
    expect(count.input_tokens).toBe(message.usage.input_tokens);
  });

  it("answers quota errors in Google's envelope and model errors in Anthropic's, each a typed error", async () => {
    const quota = (await client()
      .messages.create({ model, ...prompt, metadata: fault({ status: 429, message: "Quota exceeded for aiplatform.googleapis.com/online_prediction_requests_per_base_model" }) })
      .catch((e: unknown) => e)) as { status: number; constructor: { name: string }; error: unknown; requestID: unknown };
    expect(quota.constructor.name).toBe("RateLimitError");
    expect(quota.error).toEqual({ error: { code: 429, message: expect.stringContaining("Quota exceeded"), status: "RESOURCE_EXHAUSTED" } });
    expect(quota.requestID ?? null).toBeNull();
    const overloaded = (await client()
      .messages.create({ model, ...prompt, metadata: fault({ status: 529 }) })
      .catch((e: unknown) => e)) as { status: number; error: { type?: string; error?: { type?: string } } };
    expect(overloaded.status).toBe(529);
    expect(overloaded.error).toMatchObject({ type: "error", error: { type: "overloaded_error" } });
  });

  it("refuses an unknown token with 401 UNAUTHENTICATED", async () => {
    const error = (await client("ya29.not-a-token")
      .messages.create({ model, ...prompt })
      .catch((e: unknown) => e)) as { status: number; constructor: { name: string }; error: unknown };
    expect(error.constructor.name).toBe("AuthenticationError");
    expect(error.error).toMatchObject({ error: { code: 401, status: "UNAUTHENTICATED" } });
  });

  it("reads region and project from CLOUD_ML_REGION and ANTHROPIC_VERTEX_PROJECT_ID", async () => {
    const from = await recordLength(recordFile);
    await withEnv({ CLOUD_ML_REGION: "europe-west1", ANTHROPIC_VERTEX_PROJECT_ID: "env-project", ANTHROPIC_VERTEX_BASE_URL: `${s.url}/vertex/v1` }, () =>
      new AnthropicVertex({ authClient: authClient(token) as never, maxRetries: 0 }).messages.create({ model, ...prompt }),
    );
    const [entry] = await recordedSince(recordFile, from);
    expect(entry!.path).toBe(`/vertex/v1/projects/env-project/locations/europe-west1/publishers/anthropic/models/${model}:rawPredict`);
  });

  it("answers Vertex's not-found for the Files API, which Vertex does not serve", async () => {
    const error = (await client()
      .beta.files.list()
      .catch((e: unknown) => e)) as { status: number; error: unknown };
    expect(error.status).toBe(404);
    expect(error.error).toMatchObject({ error: { code: 404, status: "NOT_FOUND" } });
  });
});
