/** Where `@claude-spec/deno` takes its defaults from: `Deno.env`, only when readable without a prompt. */
import { createClient, MissingCredentialsError, type FetchFn } from "../../src/index.ts";
import { assert, assertEquals, assertRejects } from "./assert.ts";

const serverURL = Deno.env.get("REFERENCE_SERVER_URL")!;
const serverKey = Deno.env.get("REFERENCE_SERVER_KEY")!;
const variables = ["ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN", "ANTHROPIC_BASE_URL"] as const;

/** Runs `fn` with exactly these ANTHROPIC_* variables set, then restores the environment. */
async function withEnv(values: Partial<Record<(typeof variables)[number], string>>, fn: () => Promise<void> | void) {
  const saved = variables.map((name) => [name, Deno.env.get(name)] as const);
  for (const name of variables) Deno.env.delete(name);
  for (const [name, value] of Object.entries(values)) Deno.env.set(name, value);
  try {
    await fn();
  } finally {
    for (const [name, value] of saved) value === undefined ? Deno.env.delete(name) : Deno.env.set(name, value);
  }
}

/** A fetch that records the headers of each call and answers a minimal model page. */
function recordingFetch(seen: Record<string, string>[]): FetchFn {
  return (input, init) => {
    seen.push({ url: String(input instanceof Request ? input.url : input), ...(init?.headers as Record<string, string>) });
    return Promise.resolve(Response.json({ data: [], has_more: false, first_id: null, last_id: null }));
  };
}

Deno.test("ANTHROPIC_API_KEY and ANTHROPIC_BASE_URL are the defaults", async () => {
  await withEnv({ ANTHROPIC_API_KEY: serverKey, ANTHROPIC_BASE_URL: serverURL }, async () => {
    const message = await createClient().messages.create({ model: "claude-haiku-5-5", max_tokens: 16, messages: [{ role: "user", content: "hi" }] });
    assertEquals(message.type, "message");
  });
});

Deno.test("ANTHROPIC_AUTH_TOKEN is sent as a bearer token when there is no API key", async () => {
  const seen: Record<string, string>[] = [];
  await withEnv({ ANTHROPIC_AUTH_TOKEN: "token-from-env", ANTHROPIC_BASE_URL: "http://127.0.0.1:9" }, async () => {
    await createClient({ fetch: recordingFetch(seen) }).models.list();
  });
  assertEquals(seen[0]?.authorization, "Bearer token-from-env");
  assertEquals(seen[0]?.["x-api-key"], undefined);
  assert(seen[0]?.url.startsWith("http://127.0.0.1:9/v1/models"), seen[0]?.url);
});

Deno.test("an explicit credential wins, and no credential is then taken from the environment", async () => {
  const seen: Record<string, string>[] = [];
  await withEnv({ ANTHROPIC_API_KEY: "key-from-env", ANTHROPIC_BASE_URL: "http://127.0.0.1:9" }, async () => {
    await createClient({ authToken: "explicit-token", fetch: recordingFetch(seen) }).models.list();
  });
  assertEquals(seen[0]?.authorization, "Bearer explicit-token");
  assertEquals(seen[0]?.["x-api-key"], undefined);
});

Deno.test("explicit options win over the environment", async () => {
  const seen: Record<string, string>[] = [];
  await withEnv({ ANTHROPIC_API_KEY: "key-from-env", ANTHROPIC_BASE_URL: "http://127.0.0.1:9" }, async () => {
    await createClient({ apiKey: "explicit-key", baseURL: "http://127.0.0.1:8", fetch: recordingFetch(seen) }).models.list();
  });
  assertEquals(seen[0]?.["x-api-key"], "explicit-key");
  assert(seen[0]?.url.startsWith("http://127.0.0.1:8/"), seen[0]?.url);
});

Deno.test("without any credential it refuses to start, naming the variable and the flag", async () => {
  await withEnv({}, () => {
    const error = (() => {
      try {
        createClient();
      } catch (e) {
        return e;
      }
    })();
    assert(error instanceof MissingCredentialsError, String(error));
    assert(error.message.includes("ANTHROPIC_API_KEY") && error.message.includes("--allow-env"), error.message);
  });
});

Deno.test("apiKey: null means no credential on purpose (a proxy adds it)", async () => {
  const seen: Record<string, string>[] = [];
  await withEnv({ ANTHROPIC_API_KEY: "key-from-env" }, async () => {
    await createClient({ apiKey: null, baseURL: "http://127.0.0.1:9", fetch: recordingFetch(seen) }).models.list();
  });
  assertEquals(seen[0]?.["x-api-key"], undefined);
  assertEquals(seen[0]?.authorization, undefined);
});

Deno.test({
  name: "without env permission it never prompts: defaults are skipped, explicit options work",
  permissions: { env: false, net: ["127.0.0.1"] },
  async fn() {
    const error = await assertRejects(async () => createClient());
    assert(error instanceof MissingCredentialsError && error.message.includes("no credentials"), String(error));
    const models = await createClient({ apiKey: serverKey, baseURL: serverURL }).models.list();
    assert(models.data.length > 0);
  },
});
