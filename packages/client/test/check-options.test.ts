import { describe, expect, it } from "vitest";
import { ClaudeError, createClient, type ClientOptions } from "../src/index.ts";
import { fakeFetch, jsonResponse } from "./helpers/fake-fetch.ts";
import { startServer, json } from "./helpers/loopback-server.ts";

const key = "sk-ant-test-key-0004";
const make = (options: Record<string, unknown>) => () => createClient({ apiKey: key, ...(options as ClientOptions) });
const message = { model: "claude-test", max_tokens: 5, messages: [{ role: "user" as const, content: "hi" }] };

describe("client options", () => {
  it.each([
    [{ timeout: Number.NaN }, "timeout must be a number of ms above 0", "got NaN"],
    [{ timeout: -1 }, "timeout must be", "got -1"],
    [{ timeout: 0 }, "timeout must be", "got 0"],
    [{ timeout: "30000" }, "timeout must be", "got string"],
    [{ idleTimeout: -5 }, "idleTimeout must be", "got -5"],
    [{ maxBufferedBytes: 0 }, "maxBufferedBytes must be a number of bytes above 0", "got 0"],
    [{ maxBufferedBytes: Number.NaN }, "maxBufferedBytes must be", "got NaN"],
    [{ maxRetries: 1.5 }, "maxRetries must be a whole number, 0 or more", "got 1.5"],
    [{ maxRetries: -1 }, "maxRetries must be", "got -1"],
    [{ maxRetries: "2" }, "maxRetries must be", "got string"],
    [{ fetchHeadersTimeout: -1 }, "fetchHeadersTimeout must be a finite number of ms, 0 or more", "got -1"],
    [{ fetchHeadersTimeout: Number.POSITIVE_INFINITY }, "fetchHeadersTimeout must be", "got Infinity"],
    [{ fetchHeadersTimeout: "310000" }, "fetchHeadersTimeout must be", "got string"],
  ])("refuses %j with a ClaudeError naming it", (options, says, got) => {
    expect(make(options)).toThrow(ClaudeError);
    expect(make(options)).toThrow(`createClient: ${says}`);
    expect(make(options)).toThrow(got);
  });

  it("accepts what the docs allow: Infinity for no limit, 0 retries", () => {
    expect(make({ timeout: Number.POSITIVE_INFINITY, idleTimeout: Number.POSITIVE_INFINITY, maxRetries: 0 })).not.toThrow();
    expect(make({ fetchHeadersTimeout: 0 })).not.toThrow();
  });

  it.each(["not a url", "/v1", "ftp://gateway.example", "", "api.anthropic.com"])("refuses the base URL %j without echoing it", (baseURL) => {
    const attempt = make({ baseURL });
    expect(attempt).toThrow(ClaudeError);
    expect(attempt).toThrow("createClient: baseURL must be an absolute http:// or https:// URL");
    try {
      attempt();
    } catch (error) {
      if (baseURL) expect((error as Error).message).not.toContain(baseURL);
    }
  });

  it("never shows a string option's value, which may be a key put in the wrong place", () => {
    const error = (() => {
      try {
        make({ timeout: key })();
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message).toBeDefined();
    expect(error!.message).not.toContain(key);
  });

  it("sends credentials to a base URL written with capitals (origin compared as parsed)", async () => {
    const server = await startServer(json(200, { input_tokens: 3 }));
    try {
      let seen: string | undefined;
      const fetch: ClientOptions["fetch"] = (input, init) => ((seen = (init!.headers as Record<string, string>)["x-api-key"]), globalThis.fetch(input, init));
      const client = createClient({ apiKey: key, baseURL: server.url.replace("http://", "HTTP://") + "/", fetch });
      expect(client.context.baseURL).toBe(server.url);
      await client.messages.countTokens(message);
      expect(seen).toBe(key);
    } finally {
      await server.close();
    }
  });
});

describe("per-call options", () => {
  it("reject the call (not throw) with a ClaudeError naming the operation, sending nothing", async () => {
    const fetch = fakeFetch(jsonResponse({}));
    const client = createClient({ apiKey: key, fetch });
    const pending = client.messages.create(message, { timeout: -1 });
    expect(pending).toBeInstanceOf(Promise);
    await expect(pending).rejects.toThrow("messages.create: timeout must be");
    await expect(client.messages.countTokens(message, { maxRetries: Number.NaN })).rejects.toBeInstanceOf(ClaudeError);
    await expect(client.models.list({}, { idleTimeout: 0 })).rejects.toThrow("models.list: idleTimeout must be");
    expect(fetch.calls).toHaveLength(0);
  });
});
