/**
 * @module
 * `@claude-spec/deno`: the claude-spec client for Deno. It is the runtime-agnostic client
 * with defaults read from `Deno.env`: `ANTHROPIC_API_KEY`, `ANTHROPIC_AUTH_TOKEN` and
 * `ANTHROPIC_BASE_URL`. A variable is read only when env access to it is already granted
 * (`--allow-env` or `--allow-env=ANTHROPIC_API_KEY,…`), so creating a client never prompts.
 *
 * ```ts
 * import { createClient } from "@claude-spec/deno";
 * const claude = createClient(); // deno run --allow-env --allow-net=api.anthropic.com
 * ```
 */
import { MissingCredentialsError, createClient as createCoreClient, type ClaudeClient, type ClientOptions, type Platform, type ServedBy } from "@claude-spec/client";

export * from "@claude-spec/client";

/** The part of the `Deno` namespace this adapter reads; typed here so Node's tsc compiles it too. */
interface DenoEnvironment {
  readonly env: { get(name: string): string | undefined };
  readonly permissions: { querySync(descriptor: { name: "env"; variable: string }): { state: string } };
}

/** An environment variable, or undefined when it is unset, empty, or not readable without a prompt. */
function readEnv(name: string): string | undefined {
  const deno = (globalThis as { Deno?: DenoEnvironment }).Deno;
  if (!deno || deno.permissions.querySync({ name: "env", variable: name }).state !== "granted") return undefined;
  return deno.env.get(name) || undefined;
}

/**
 * A Claude API client whose options default from `Deno.env`. Credentials come from the
 * environment only when neither `apiKey` nor `authToken` is given (`null` means "none, on
 * purpose", for a proxy that adds its own); with none at all it throws a `MissingCredentialsError`.
 * With a `platform` (`bedrock`, `vertex`, `foundry`), the environment is not read.
 */
export function createClient<const P extends Platform = Platform>(options: ClientOptions & { readonly platform?: P } = {}): ClaudeClient<ServedBy<P>> {
  // A cloud platform brings its own credentials and base URL; the ANTHROPIC_* ones do not apply.
  if (options.platform) return createCoreClient(options);
  const explicit = options.apiKey !== undefined || options.authToken !== undefined;
  const apiKey = explicit ? options.apiKey : readEnv("ANTHROPIC_API_KEY");
  const authToken = explicit || apiKey ? options.authToken : readEnv("ANTHROPIC_AUTH_TOKEN");
  if (!explicit && !apiKey && !authToken) {
    throw new MissingCredentialsError(
      "@claude-spec/deno: no credentials. Pass `apiKey` (or `authToken`), or set ANTHROPIC_API_KEY " +
        "and let Deno read it: `deno run --allow-env=ANTHROPIC_API_KEY …`; `apiKey: null` sends none on purpose.",
    );
  }
  const baseURL = options.baseURL ?? readEnv("ANTHROPIC_BASE_URL");
  return createCoreClient({ ...options, apiKey, authToken, ...(baseURL ? { baseURL } : {}) });
}
