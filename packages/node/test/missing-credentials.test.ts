/** With no key in its options or the environment, the Node client fails before the network. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createClient, MissingCredentialsError } from "../src/index.ts";
import { startCountingServer, type CountingServer } from "../../client/test/helpers/counting-server.ts";

let server: CountingServer;
let saved: NodeJS.ProcessEnv;

beforeEach(async () => {
  saved = { ...process.env };
  delete process.env.ANTHROPIC_API_KEY;
  delete process.env.ANTHROPIC_AUTH_TOKEN;
  server = await startCountingServer();
  process.env.ANTHROPIC_BASE_URL = server.url;
});
afterEach(async () => {
  process.env = saved;
  await server.close();
});

describe("@claude-spec/node without credentials", () => {
  it("fails a call with MissingCredentialsError naming ANTHROPIC_API_KEY, and opens no connection", async () => {
    const error = await createClient().models.retrieve("m").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingCredentialsError);
    expect((error as Error).message).toMatch(/ANTHROPIC_API_KEY/);
    expect(server.connections).toBe(0);
  });

  it("sends the key from the environment once it is set, and none with `apiKey: null`", async () => {
    process.env.ANTHROPIC_API_KEY = "sk-ant-from-env-01";
    await createClient().models.retrieve("m");
    delete process.env.ANTHROPIC_API_KEY;
    await createClient({ apiKey: null }).models.retrieve("m");
    expect(server.requests.map((h) => h["x-api-key"] ?? null)).toEqual(["sk-ant-from-env-01", null]);
  });
});
