/** A page's client given no key fails before the network, like the core (run under Node: no env to read). */
import { afterEach, beforeEach, expect, it } from "vitest";
import { createClient, MissingCredentialsError } from "../../src/index.ts";
import { startCountingServer, type CountingServer } from "../../../client/test/helpers/counting-server.ts";

let server: CountingServer;
beforeEach(async () => {
  server = await startCountingServer();
});
afterEach(() => server.close());

it("@claude-spec/browser without a key fails with MissingCredentialsError and opens no connection", async () => {
  const client = createClient({ dangerouslyAllowBrowser: true, baseURL: server.url });
  await expect(client.models.retrieve("m")).rejects.toBeInstanceOf(MissingCredentialsError);
  expect(server.connections).toBe(0);
});
