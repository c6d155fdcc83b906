/** Starts a loopback reference server for one test file and stops it afterwards. */
import { afterAll, beforeAll } from "vitest";
import { start, type RunningServer, type StartOptions } from "../../src/index.ts";

export const testKey = "sk-ant-test-key";

/** Headers for a plain request: the test key as x-api-key and the older API version. */
export function apiHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return { "x-api-key": testKey, "anthropic-version": "2023-06-01", "content-type": "application/json", ...extra };
}

/** A server started before the file's tests and closed after them. */
export function useServer(options: StartOptions = {}): { readonly url: string; readonly server: RunningServer } {
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await start({ apiKeys: [testKey], fixturesDir: false, ...options });
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    get url() {
      return server!.url;
    },
    get server() {
      return server!;
    },
  };
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = apiHeaders()): Promise<Response> {
  return fetch(url, { method: "POST", headers, body: JSON.stringify(body) });
}

export const simpleMessage = {
  model: "claude-sonnet-4-5",
  max_tokens: 256,
  messages: [{ role: "user", content: "Hello there" }],
};
