/** Client options from the environment, the way the official SDKs read it. */
import type { ClientOptions } from "@claude-spec/client";

export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): Pick<ClientOptions, "apiKey" | "authToken" | "baseURL"> {
  const out: { apiKey?: string; authToken?: string; baseURL?: string } = {};
  if (env.ANTHROPIC_API_KEY) out.apiKey = env.ANTHROPIC_API_KEY;
  if (env.ANTHROPIC_AUTH_TOKEN) out.authToken = env.ANTHROPIC_AUTH_TOKEN;
  if (env.ANTHROPIC_BASE_URL) out.baseURL = env.ANTHROPIC_BASE_URL;
  return out;
}
