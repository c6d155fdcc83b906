/** The clients under test, pointed at the loopback server, doing the same work as the floor. */
import Anthropic from "@anthropic-ai/sdk";
// The built package, as users get it (`pnpm bench` builds first), typed from the source so
// that type-checking does not need a build.
const distEntry = new URL("../dist/index.js", import.meta.url).href;
const { createClient } = (await import(distEntry)) as typeof import("../src/index.ts");
// What Node users create: `@claude-spec/node` (the core plus Node's defaults, among them
// `fetchHeadersTimeout`). Imported from its source, which runs the core's source: the same
// code as the build above.
const { createClient: createNodeClient } = await import("../../node/src/index.ts");

export function makeClients(baseURL: string) {
  const options = { apiKey: "bench-key", baseURL, maxRetries: 0, logLevel: "off" } as const;
  // The core alone on Node: it cannot know what the fetch in use gives up on by itself, so
  // it hands every request its abort signal.
  const core = createClient(options);
  const ours = createNodeClient({ ...options, proxy: false });
  const sdk = new Anthropic({ apiKey: "bench-key", baseURL, maxRetries: 0 });
  return { ours, core, sdk };
}

export type Clients = ReturnType<typeof makeClients>;

export const createParams = {
  model: "claude-bench",
  max_tokens: 16,
  messages: [{ role: "user" as const, content: "Hello" }],
};

/** The server reads the delta count from metadata.user_id, so every client asks alike. */
export const streamParams = (deltas: number) => ({ ...createParams, metadata: { user_id: String(deltas) } });
