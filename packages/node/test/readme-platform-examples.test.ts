/**
 * The READMEs' first example per platform (client and node), extracted from the Markdown and
 * run unchanged against the reference server. The client's examples name the real hosts:
 * only the network is redirected (globalThis.fetch), and the server accepts any key or token
 * there. The node examples read the environment, which points them at the server (SigV4 with
 * the server's test keys; Vertex's token from Google application default credentials, an
 * external-account exchange with a loopback STS).
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { defaultPlatformCredentials, start, type RunningServer } from "@claude-spec/reference-server";
import { offlineApplicationDefaultCredentials, stsAnswer } from "./helpers/google-adc.ts";

const here = fileURLToPath(new URL(".", import.meta.url));

function examples(readme: string): Map<string, string> {
  const text = readFileSync(join(here, readme), "utf8");
  const out = new Map<string, string>();
  for (const match of text.matchAll(/<!-- platform-example: (\w+) -->\n```ts\n([\s\S]*?)```/g)) out.set(match[1]!, match[2]!);
  return out;
}

let server: RunningServer;
let sts: { url: string; close(): Promise<void> };
const written: string[] = [];
const savedEnv = { ...process.env };
const realFetch = globalThis.fetch;
beforeAll(async () => {
  server = await start({ fixturesDir: false, platforms: { bedrock: { apiKeys: "any" }, vertex: { tokens: "any" }, foundry: { apiKeys: "any" } } });
  const s = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(stsAnswer("ya29.readme-sts-token")));
    });
  });
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  sts = { url: `http://127.0.0.1:${(s.address() as AddressInfo).port}`, close: () => new Promise((r) => s.close(() => r())) };
});
afterAll(async () => {
  await server?.close();
  await sts?.close();
  for (const file of written) rmSync(file, { force: true });
});
afterEach(() => {
  globalThis.fetch = realFetch;
  vi.restoreAllMocks();
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
  Object.assign(process.env, savedEnv);
});

/** Runs an example as a module next to this file (so its imports resolve), capturing what it prints. */
async function run(name: string, code: string): Promise<string> {
  const file = join(here, `.readme-example-${name}-${process.pid}.ts`);
  writeFileSync(file, code);
  written.push(file);
  let printed = "";
  vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void (printed += `${args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" ")}\n`));
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => ((printed += String(chunk)), true));
  await import(file);
  vi.restoreAllMocks();
  return printed;
}

describe("@claude-spec/client README: one example per platform", () => {
  const blocks = examples("../../client/README.md");
  const hosts: Record<string, string> = {
    "https://bedrock-runtime.us-east-1.amazonaws.com": "/bedrock",
    "https://us-east5-aiplatform.googleapis.com": "/vertex",
    "https://my-resource.services.ai.azure.com": "/foundry",
  };
  const redirect = (urls: string[]) => {
    globalThis.fetch = (input, init) => {
      let url = String(input instanceof Request ? input.url : input);
      for (const [host, mount] of Object.entries(hosts)) if (url.startsWith(host)) url = server.url + mount + url.slice(host.length);
      urls.push(url);
      return realFetch(url, init);
    };
  };

  it("has the three examples", () => expect([...blocks.keys()].sort()).toEqual(["bedrock", "foundry", "vertex"]));

  it("bedrock: streams with a Bedrock API key and prints the request id", async () => {
    const urls: string[] = [];
    redirect(urls);
    const printed = await run("client-bedrock", blocks.get("bedrock")!);
    expect(urls).toEqual([`${server.url}/bedrock/model/us.anthropic.claude-opus-4-8/invoke-with-response-stream`]);
    expect(printed).toContain("Hello, Claude");
    expect(printed).toMatch(/[0-9a-f-]{36}/);
  });

  it("vertex: creates a message", async () => {
    const urls: string[] = [];
    redirect(urls);
    const printed = await run("client-vertex", blocks.get("vertex")!);
    expect(urls).toEqual([`${server.url}/vertex/v1/projects/my-project/locations/us-east5/publishers/anthropic/models/claude-sonnet-4-5@20250929:rawPredict`]);
    expect(printed).toContain("Hello, Claude");
  });

  it("foundry: counts tokens", async () => {
    const urls: string[] = [];
    redirect(urls);
    const printed = await run("client-foundry", blocks.get("foundry")!);
    expect(urls).toEqual([`${server.url}/foundry/anthropic/v1/messages/count_tokens`]);
    expect(Number(printed.trim())).toBeGreaterThan(0);
  });
});

describe("@claude-spec/node README: one example per platform", () => {
  const blocks = examples("../README.md");

  it("has the three examples", () => expect([...blocks.keys()].sort()).toEqual(["bedrock", "foundry", "vertex"]));

  it("bedrock: SigV4 from the AWS environment variables", async () => {
    const { accessKeyId, secretAccessKey } = defaultPlatformCredentials.bedrock.credentials[0];
    Object.assign(process.env, { AWS_REGION: "us-east-1", AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey, ANTHROPIC_BEDROCK_BASE_URL: `${server.url}/bedrock` });
    const printed = await run("node-bedrock", blocks.get("bedrock")!);
    expect(printed).toContain("Hello, Claude");
    expect(printed).toMatch(/[0-9a-f-]{36}/);
  });

  it("vertex: Google application default credentials, streamed", async () => {
    const adc = offlineApplicationDefaultCredentials(`${sts.url}/sts`, "my-project");
    Object.assign(process.env, {
      ...adc.env,
      CLOUD_ML_REGION: "us-east5",
      ANTHROPIC_VERTEX_PROJECT_ID: "my-project",
      ANTHROPIC_VERTEX_BASE_URL: `${server.url}/vertex/v1`,
    });
    const printed = await run("node-vertex", blocks.get("vertex")!);
    expect(printed).toContain("Hello, Claude");
    expect(printed).toContain("output_tokens");
    adc.remove();
  });

  it("foundry: the key and base URL from the environment", async () => {
    Object.assign(process.env, { ANTHROPIC_FOUNDRY_BASE_URL: `${server.url}/foundry/anthropic`, ANTHROPIC_FOUNDRY_API_KEY: defaultPlatformCredentials.foundry.apiKeys[0] });
    const printed = await run("node-foundry", blocks.get("foundry")!);
    expect(printed).toContain("Hello, Claude");
  });
});
