/**
 * The platform wires byte by byte, with raw requests: Bedrock's event stream decoded with
 * `@smithy/eventstream-codec` (frames, padding, no ping, invocation metrics, exception and
 * corrupt frames), its native CountTokens, its body rules and SigV4 refusals; each
 * platform's error bodies validated against the platform documents' schemas
 * (generated/platforms/*.json); unserved operations; and no credential in the record.
 */
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Sha256 } from "@aws-crypto/sha256-js";
import { EventStreamCodec } from "@smithy/eventstream-codec";
import { SignatureV4 } from "@smithy/signature-v4";
import { afterAll, describe, expect, it } from "vitest";
import { createContractValidator } from "@claude-spec/contract";
import { defaultPlatformCredentials } from "../src/index.ts";
import { apiHeaders, testKey, useServer } from "./helpers/server.ts";

const dir = await mkdtemp(join(tmpdir(), "reference-server-platform-wire-"));
afterAll(() => rm(dir, { recursive: true, force: true }));
const recordFile = join(dir, "received.jsonl");
const s = useServer({ record: recordFile });

const require = createRequire(import.meta.url);
const platformDoc = (name: string) => JSON.parse(readFileSync(require.resolve(`@claude-spec/generated/platforms/${name}.json`), "utf8"));
const validators = { bedrock: createContractValidator(platformDoc("bedrock")), vertex: createContractValidator(platformDoc("vertex")), foundry: createContractValidator(platformDoc("foundry")) };
const firstParty = createContractValidator();

const creds = defaultPlatformCredentials;
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const codec = new EventStreamCodec((b) => decoder.decode(b), (t) => encoder.encode(t));
const model = "anthropic.claude-sonnet-4-5-20250929-v1:0";
const prompt = { max_tokens: 64, messages: [{ role: "user", content: "Wire check" }] };

async function signed(path: string, body: unknown, options: { service?: string; secret?: string; tamper?: (text: string) => string; headers?: Record<string, string> } = {}): Promise<Response> {
  const url = new URL(s.url + path);
  const text = JSON.stringify(body);
  const signer = new SignatureV4({
    credentials: { accessKeyId: creds.bedrock.credentials[0].accessKeyId, secretAccessKey: options.secret ?? creds.bedrock.credentials[0].secretAccessKey },
    region: "us-west-2",
    service: options.service ?? "bedrock",
    sha256: Sha256,
  });
  const request = await signer.sign({
    method: "POST",
    protocol: url.protocol,
    hostname: url.hostname,
    port: Number(url.port),
    path: url.pathname,
    query: {},
    headers: { host: url.host, "content-type": "application/json", accept: "application/json", ...(options.headers ?? {}) },
    body: text,
  });
  const headers = Object.fromEntries(Object.entries(request.headers).filter(([k]) => k !== "host")) as Record<string, string>;
  return fetch(url, { method: "POST", headers, body: options.tamper ? options.tamper(text) : text });
}

function frames(bytes: Uint8Array): ReturnType<EventStreamCodec["decode"]>[] {
  const out = [];
  let offset = 0;
  while (offset < bytes.byteLength) {
    const total = new DataView(bytes.buffer, bytes.byteOffset + offset, 4).getUint32(0);
    out.push(codec.decode(bytes.subarray(offset, offset + total)));
    offset += total;
  }
  return out;
}

const header = (frame: { headers: Record<string, { value: unknown }> }, name: string) => String(frame.headers[name]?.value);

describe("Bedrock InvokeModelWithResponseStream", () => {
  it("is an AWS event stream of chunk frames carrying the Anthropic events, without ping, with invocation metrics", async () => {
    const response = await signed(`/bedrock/model/${model}/invoke-with-response-stream`, { ...prompt, anthropic_version: "bedrock-2023-05-31" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.amazon.eventstream");
    expect(response.headers.get("x-amzn-requestid")).toMatch(/^[0-9a-f-]{36}$/);
    const decoded = frames(new Uint8Array(await response.arrayBuffer()));
    const events = decoded.map((frame) => {
      expect(header(frame, ":message-type")).toBe("event");
      expect(header(frame, ":event-type")).toBe("chunk");
      expect(header(frame, ":content-type")).toBe("application/json");
      const payload = JSON.parse(decoder.decode(frame.body));
      expect(validators.bedrock.schema("BedrockStreamChunk", payload)).toEqual([]);
      expect(payload.p).toMatch(/^[a-zA-Z0-9]+$/);
      const event = JSON.parse(decoder.decode(Uint8Array.from(atob(payload.bytes), (c) => c.charCodeAt(0))));
      expect(firstParty.schema("MessageStreamEvent", event)).toEqual([]);
      return event;
    });
    const types = events.map((e) => e.type);
    expect(types[0]).toBe("message_start");
    expect(types.at(-1)).toBe("message_stop");
    expect(types).not.toContain("ping");
    expect(new Set(decoded.map((f) => JSON.parse(decoder.decode(f.body)).p.length)).size).toBeGreaterThan(1);
    const metrics = events.at(-1)["amazon-bedrock-invocationMetrics"];
    expect(metrics).toMatchObject({ inputTokenCount: events[0].message.usage.input_tokens, outputTokenCount: events.at(-2).usage.output_tokens });
    expect(metrics.invocationLatency).toBeGreaterThanOrEqual(metrics.firstByteLatency);
  });

  it("ends with an exception frame named after the error, and a corrupt frame fails its CRC", async () => {
    const failing = await signed(`/bedrock/model/${model}/invoke-with-response-stream`, {
      ...prompt,
      anthropic_version: "2026-10-21",
      metadata: { user_id: 'claude-spec-fault:{"error_after_events":2,"error_type":"overloaded_error","message":"busy"}' },
    });
    const decoded = frames(new Uint8Array(await failing.arrayBuffer()));
    expect(decoded).toHaveLength(3);
    const last = decoded.at(-1)!;
    expect(header(last, ":message-type")).toBe("exception");
    expect(header(last, ":exception-type")).toBe("serviceUnavailableException");
    expect(JSON.parse(decoder.decode(last.body))).toEqual({ message: "busy" });

    const corrupt = await signed(`/bedrock/model/${model}/invoke-with-response-stream`, {
      ...prompt,
      anthropic_version: "2026-10-21",
      metadata: { user_id: 'claude-spec-fault:{"corrupt_frame_after_events":1}' },
    });
    const bytes = new Uint8Array(await corrupt.arrayBuffer());
    expect(() => frames(bytes)).toThrow(/checksum/i);
    const first = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0);
    expect(() => codec.decode(bytes.subarray(0, first))).not.toThrow();
  });
});

describe("Bedrock InvokeModel, CountTokens and the Messages API", () => {
  it("counts tokens natively from the base64-wrapped InvokeModel body, as many as Messages usage says", async () => {
    const inner = { ...prompt, anthropic_version: "bedrock-2023-05-31" };
    const counted = await signed(`/bedrock/model/${model}/count-tokens`, { input: { invokeModel: { body: btoa(JSON.stringify(inner)) } } });
    expect(counted.status).toBe(200);
    const count = await counted.json();
    expect(validators.bedrock.schema("BedrockCountTokensResponse", count)).toEqual([]);
    const created = await (await signed(`/bedrock/model/${model}/invoke`, inner)).json();
    expect(count.inputTokens).toBe(created.usage.input_tokens);
  });

  it("serves the first-party-shaped /anthropic/v1/messages, SigV4-signed, as JSON and SSE", async () => {
    const body = { model: "claude-sonnet-4-5", ...prompt };
    const json = await signed("/bedrock/anthropic/v1/messages", body, { headers: { "anthropic-version": "2023-06-01" } });
    expect(json.status).toBe(200);
    expect(firstParty.schema("Message", await json.json())).toEqual([]);
    const stream = await signed("/bedrock/anthropic/v1/messages", { ...body, stream: true }, { headers: { "anthropic-version": "2023-06-01" } });
    expect(stream.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(await stream.text()).toContain("event: message_stop");
  });

  it("applies the body rules: version in the body, no leftover model, the version's own rules", async () => {
    const path = `/bedrock/model/${model}/invoke`;
    const cases: Array<[unknown, number, RegExp | null]> = [
      [prompt, 400, /required key \[anthropic_version\]/],
      [{ ...prompt, anthropic_version: "2023-06-01" }, 400, /anthropic_version/],
      [{ ...prompt, anthropic_version: "2026-10-21", model }, 400, /extraneous key \[model\]/],
      [{ ...prompt, anthropic_version: "2026-10-21", temperature: 0.5 }, 400, /temperature/],
      [{ ...prompt, anthropic_version: "bedrock-2023-05-31", temperature: 0.5 }, 200, null],
    ];
    for (const [body, status, message] of cases) {
      const response = await signed(path, body);
      expect(response.status, JSON.stringify(body)).toBe(status);
      const answer = await response.json();
      if (message) {
        expect(validators.bedrock.schema("AwsErrorBody", answer)).toEqual([]);
        expect(answer.message).toMatch(message);
        expect(response.headers.get("x-amzn-errortype")).toMatch(/^ValidationException:http:\/\/internal\.amazon\.com\/coral\/com\.amazon\.bedrock\/$/);
      }
    }
  });

  it("refuses a body changed after signing, a wrong scope and an unknown key with 403", async () => {
    const body = { ...prompt, anthropic_version: "2026-10-21" };
    const path = `/bedrock/model/${model}/invoke`;
    const tampered = await signed(path, body, { tamper: (t) => t.replace("Wire check", "Wire chock") });
    expect(tampered.status).toBe(403);
    expect(tampered.headers.get("x-amzn-errortype")).toMatch(/^InvalidSignatureException:/);
    const scope = await signed(path, body, { service: "s3" });
    expect(scope.status).toBe(403);
    expect((await scope.json()).message).toMatch(/scoped to correct service: 'bedrock'/);
    const secret = await signed(path, body, { secret: "another-secret" });
    expect(secret.status).toBe(403);
    expect((await secret.json()).message).toMatch(/signature we calculated does not match/);
    expect((await signed("/model/" + model + "/invoke", body)).status).toBe(200);
  });
});

describe("error shapes and operations not served", () => {
  const vertexBase = "/vertex/v1/projects/p/locations/us-east5/publishers/anthropic/models";
  const bearer = (token: string) => ({ authorization: `Bearer ${token}`, "content-type": "application/json" });

  it("Vertex: Google's envelope for auth, quota and unknown routes; Anthropic's for model errors", async () => {
    const unauthenticated = await fetch(`${s.url}${vertexBase}/claude-sonnet-4-5:rawPredict`, { method: "POST", headers: bearer("ya29.wrong"), body: "{}" });
    expect(unauthenticated.status).toBe(401);
    const body = await unauthenticated.json();
    expect(validators.vertex.schema("GoogleErrorBody", body)).toEqual([]);
    expect(body.error.status).toBe("UNAUTHENTICATED");
    const model404 = await fetch(`${s.url}${vertexBase}/claude-nope:rawPredict`, { method: "POST", headers: bearer(creds.vertex.tokens[0]), body: JSON.stringify({ ...prompt, anthropic_version: "vertex-2023-10-16" }) });
    expect(model404.status).toBe(404);
    expect(await model404.json()).toMatchObject({ type: "error", error: { type: "not_found_error" } });
    const route = await fetch(`${s.url}${vertexBase}/claude-sonnet-4-5:predict`, { method: "POST", headers: bearer(creds.vertex.tokens[0]), body: "{}" });
    expect(route.status).toBe(404);
    expect((await route.json()).error.status).toBe("NOT_FOUND");
    expect(route.headers.get("request-id")).toBeNull();
  });

  it("Foundry: APIM's envelope for a bad key and unserved routes; files and skills are served under /anthropic", async () => {
    const denied = await fetch(`${s.url}/foundry/anthropic/v1/messages`, { method: "POST", headers: { "api-key": "nope", "anthropic-version": "2023-06-01", "content-type": "application/json" }, body: "{}" });
    expect(denied.status).toBe(401);
    expect(validators.foundry.schema("ApimErrorBody", await denied.json())).toEqual([]);
    expect(denied.headers.get("apim-request-id")).toBeTruthy();
    const models = await fetch(`${s.url}/foundry/anthropic/v1/models`, { headers: { "api-key": creds.foundry.apiKeys[0], "anthropic-version": "2023-06-01" } });
    expect(models.status).toBe(404);
    const skills = await fetch(`${s.url}/anthropic/v1/skills`, { headers: { "api-key": creds.foundry.apiKeys[0], "anthropic-version": "2026-10-21" } });
    expect(skills.status).toBe(200);
    expect(skills.headers.get("apim-request-id")).toBeTruthy();
    expect([...skills.headers.keys()].some((h) => h.startsWith("anthropic-ratelimit-"))).toBe(false);
  });

  it("Bedrock: its not-found for files, skills, batches and models; the first-party API on the same port is untouched", async () => {
    for (const path of ["/bedrock/v1/files", "/bedrock/v1/skills", "/bedrock/v1/messages/batches", "/bedrock/v1/models"]) {
      const response = await fetch(s.url + path, { headers: { authorization: `Bearer ${creds.bedrock.apiKeys[0]}` } });
      expect(response.status, path).toBe(404);
      expect(response.headers.get("x-amzn-errortype"), path).toMatch(/^UnknownOperationException:/);
    }
    const firstPartyModels = await fetch(`${s.url}/v1/models`, { headers: apiHeaders() });
    expect(firstPartyModels.status).toBe(200);
    expect(firstPartyModels.headers.get("request-id")).toMatch(/^req_/);
  });

  it("keeps no credential in the record", async () => {
    await fetch(`${s.url}/bedrock/model/${model}/invoke`, { method: "POST", headers: { ...bearer(creds.bedrock.apiKeys[0]) }, body: JSON.stringify({ ...prompt, anthropic_version: "2026-10-21" }) });
    await fetch(`${s.url}/foundry/anthropic/v1/messages`, { method: "POST", headers: { "api-key": creds.foundry.apiKeys[0], "anthropic-version": "2023-06-01", "content-type": "application/json" }, body: JSON.stringify({ model: "claude-sonnet-4-5", ...prompt }) });
    await new Promise((r) => setTimeout(r, 100));
    const text = await readFile(recordFile, "utf8");
    for (const secret of [creds.bedrock.apiKeys[0], creds.foundry.apiKeys[0], creds.vertex.tokens[0], creds.bedrock.credentials[0].secretAccessKey, testKey]) expect(text).not.toContain(secret);
    expect(text).toContain('"api-key":"[redacted]"');
  });
});
