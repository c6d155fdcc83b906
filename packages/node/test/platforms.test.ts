import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  bedrock,
  bedrockOptionsFromEnv,
  ClaudeError,
  createClient,
  foundry,
  foundryOptionsFromEnv,
  googleApplicationDefaultToken,
  vertex,
  vertexOptionsFromEnv,
} from "../src/index.ts";
import { offlineApplicationDefaultCredentials, stsAnswer } from "./helpers/google-adc.ts";

const params = { model: "claude-opus-4-8", max_tokens: 8, messages: [{ role: "user" as const, content: "Hi" }] };
const reply = { id: "msg_1", type: "message", role: "assistant", content: [{ type: "text", text: "ok" }], model: "m", stop_reason: "end_turn", stop_sequence: null, usage: { input_tokens: 1, output_tokens: 1 } };

interface Seen {
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}
let close: (() => Promise<void>) | null = null;
const savedEnv = { ...process.env };
afterEach(async () => {
  await close?.();
  close = null;
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
  Object.assign(process.env, savedEnv);
});

async function serve(handle: (seen: Seen, res: ServerResponse) => void) {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const s = { url: req.url!, headers: req.headers, body };
      seen.push(s);
      handle(s, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  close = () => new Promise((resolve) => server.close(() => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const json = (res: ServerResponse, body: unknown) => {
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
};

describe("platform options from the environment", () => {
  it("bedrock: region, base URL, a Bedrock API key before AWS keys, explicit credentials first", () => {
    const env = { AWS_REGION: "eu-west-1", ANTHROPIC_BEDROCK_BASE_URL: "http://gw", AWS_ACCESS_KEY_ID: "AKID", AWS_SECRET_ACCESS_KEY: "SECRET", AWS_SESSION_TOKEN: "TOKEN" };
    expect(bedrockOptionsFromEnv({}, env)).toEqual({ region: "eu-west-1", baseURL: "http://gw", credentials: { accessKeyId: "AKID", secretAccessKey: "SECRET", sessionToken: "TOKEN" } });
    expect(bedrockOptionsFromEnv({}, { ...env, AWS_BEARER_TOKEN_BEDROCK: "bedrock-key" })).toMatchObject({ apiKey: "bedrock-key" });
    expect(bedrockOptionsFromEnv({}, { ...env, AWS_BEARER_TOKEN_BEDROCK: "bedrock-key" })).not.toHaveProperty("credentials");
    expect(bedrockOptionsFromEnv({ apiKey: "mine", region: "us-east-2" }, env)).toEqual({ apiKey: "mine", region: "us-east-2", baseURL: "http://gw" });
    expect(() => bedrockOptionsFromEnv({}, {})).toThrow(ClaudeError);
    expect(() => bedrockOptionsFromEnv({}, { AWS_ACCESS_KEY_ID: "AKID" })).toThrow(/AWS_SECRET_ACCESS_KEY/);
  });

  it("vertex: CLOUD_ML_REGION, ANTHROPIC_VERTEX_PROJECT_ID and the official base URL form", () => {
    const env = { CLOUD_ML_REGION: "us-east5", ANTHROPIC_VERTEX_PROJECT_ID: "proj", ANTHROPIC_VERTEX_BASE_URL: "http://gw/v1" };
    const resolved = vertexOptionsFromEnv({ accessToken: "t" }, env);
    expect(resolved).toMatchObject({ region: "us-east5", projectId: "proj", baseURL: "http://gw", accessToken: "t" });
    expect(vertexOptionsFromEnv({ region: "global", projectId: "other", accessToken: "t" }, env)).toMatchObject({ region: "global", projectId: "other" });
    expect(typeof vertexOptionsFromEnv({}, env).accessToken).toBe("function");
    expect(() => vertexOptionsFromEnv({ accessToken: "t" }, { ANTHROPIC_VERTEX_PROJECT_ID: "p" })).toThrow(/CLOUD_ML_REGION/);
    expect(() => vertexOptionsFromEnv({ accessToken: "t" }, { CLOUD_ML_REGION: "us-east5" })).toThrow(/ANTHROPIC_VERTEX_PROJECT_ID/);
  });

  it("foundry: resource or base URL, and ANTHROPIC_FOUNDRY_API_KEY unless an Entra token is given", () => {
    expect(foundryOptionsFromEnv({}, { ANTHROPIC_FOUNDRY_RESOURCE: "res", ANTHROPIC_FOUNDRY_API_KEY: "k" })).toEqual({ resource: "res", apiKey: "k" });
    expect(foundryOptionsFromEnv({}, { ANTHROPIC_FOUNDRY_BASE_URL: "http://gw/anthropic/", ANTHROPIC_FOUNDRY_API_KEY: "k" })).toEqual({ baseURL: "http://gw/anthropic", apiKey: "k" });
    expect(foundryOptionsFromEnv({ entraToken: "e", resource: "r" }, { ANTHROPIC_FOUNDRY_API_KEY: "k" })).toEqual({ entraToken: "e", resource: "r" });
  });
});

describe("@claude-spec/node with a platform", () => {
  it("bedrock() signs with the AWS keys from the environment and never sends ANTHROPIC_API_KEY", async () => {
    const { url, seen } = await serve((_s, res) => json(res, reply));
    Object.assign(process.env, { ANTHROPIC_API_KEY: "sk-ant-must-not-leak", AWS_ACCESS_KEY_ID: "AKIDNODETEST", AWS_SECRET_ACCESS_KEY: "node-secret-EXAMPLE", AWS_REGION: "ap-south-1", ANTHROPIC_BEDROCK_BASE_URL: url });
    const client = createClient({ platform: bedrock() });
    await client.messages.create(params);
    expect(seen[0]!.url).toBe("/model/claude-opus-4-8/invoke");
    expect(String(seen[0]!.headers.authorization)).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDNODETEST\/\d{8}\/ap-south-1\/bedrock\/aws4_request/);
    expect(seen[0]!.headers["x-api-key"]).toBeUndefined();
    expect(JSON.stringify(seen[0]!.headers)).not.toContain("sk-ant-must-not-leak");
  });

  it("foundry() takes the key and base URL from the environment", async () => {
    const { url, seen } = await serve((_s, res) => json(res, reply));
    Object.assign(process.env, { ANTHROPIC_FOUNDRY_BASE_URL: `${url}/anthropic`, ANTHROPIC_FOUNDRY_API_KEY: "foundry-env-key-EXAMPLE" });
    await createClient({ platform: foundry() }).messages.create(params);
    expect(seen[0]!.url).toBe("/anthropic/v1/messages");
    expect(seen[0]!.headers["api-key"]).toBe("foundry-env-key-EXAMPLE");
  });

  it("vertex() without a token uses Google application default credentials (an external-account token exchange on loopback)", async () => {
    const { url, seen } = await serve((s, res) => {
      if (s.url === "/sts") return json(res, stsAnswer("ya29.from-loopback-sts"));
      json(res, reply);
    });
    const adc = offlineApplicationDefaultCredentials(`${url}/sts`, "proj");
    Object.assign(process.env, { ...adc.env, CLOUD_ML_REGION: "us-east5", ANTHROPIC_VERTEX_PROJECT_ID: "proj", ANTHROPIC_VERTEX_BASE_URL: `${url}/v1` });
    const client = createClient({ platform: vertex() });
    await client.messages.create(params);
    expect(seen.map((s) => s.url)).toEqual(["/sts", "/v1/projects/proj/locations/us-east5/publishers/anthropic/models/claude-opus-4-8:rawPredict"]);
    expect(seen[1]!.headers.authorization).toBe("Bearer ya29.from-loopback-sts");
    adc.remove();
  });

  it("says clearly that google-auth-library is missing, before any request", async () => {
    const token = googleApplicationDefaultToken(() => Promise.reject(new Error("Cannot find package 'google-auth-library'")));
    const error = await token().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClaudeError);
    expect((error as Error).message).toMatch(/npm install google-auth-library/);
  });
});
