/**
 * How the suite reaches a platform's wire (`--platform bedrock|vertex|foundry`): where the
 * target's platform paths start and how to authenticate, from options or the variables the
 * official platform SDKs read. Bedrock: `AWS_BEARER_TOKEN_BEDROCK` (a Bedrock API key) or
 * `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` / `AWS_SESSION_TOKEN` (SigV4) and
 * `AWS_REGION`; Vertex: `ANTHROPIC_VERTEX_PROJECT_ID`, `CLOUD_ML_REGION` and an access
 * token (`--api-key` or `ANTHROPIC_VERTEX_ACCESS_TOKEN`, e.g. from
 * `gcloud auth print-access-token`); Foundry: `ANTHROPIC_FOUNDRY_API_KEY` (or `--api-key`).
 */
import type { PlatformName } from "@claude-spec/contract";
import { defaultPlatformCredentials } from "@claude-spec/reference-server";

export const platformNames: readonly PlatformName[] = ["bedrock", "vertex", "foundry"];

export interface PlatformSettings {
  readonly name: PlatformName;
  /** Bedrock SigV4 credentials. */
  readonly aws?: { readonly accessKeyId: string; readonly secretAccessKey: string; readonly sessionToken?: string };
  /** `Authorization: Bearer` value: a Bedrock API key, a Google access token. */
  readonly bearer?: string;
  /** Foundry's resource key (sent as `api-key`). */
  readonly apiKey?: string;
  readonly region: string;
  /** Vertex's project. */
  readonly project: string;
  /** The model id on this platform (the case's `{{model}}`). */
  readonly model: string;
}

export const defaultPlatformModel: Readonly<Record<PlatformName, string>> = {
  bedrock: "anthropic.claude-sonnet-4-5-20250929-v1:0",
  vertex: "claude-sonnet-4-5@20250929",
  foundry: "claude-sonnet-4-5",
};

type Env = Readonly<Record<string, string | undefined>>;

/** The credentials the embedded reference server accepts (test values). */
export function embeddedPlatformSettings(name: PlatformName, model?: string): PlatformSettings {
  const d = defaultPlatformCredentials;
  const common = { name, region: name === "vertex" ? "us-east5" : "us-east-1", project: "conformance-project", model: model ?? defaultPlatformModel[name] };
  if (name === "bedrock") return { ...common, aws: d.bedrock.credentials[0] };
  if (name === "vertex") return { ...common, bearer: d.vertex.tokens[0] };
  return { ...common, apiKey: d.foundry.apiKeys[0] };
}

/** Settings for an explicit target, from `--api-key` and the environment; undefined fields mean "missing". */
export function platformSettingsFrom(name: PlatformName, apiKey: string | undefined, env: Env, model?: string): PlatformSettings {
  const base = { name, project: env.ANTHROPIC_VERTEX_PROJECT_ID ?? "", model: model ?? defaultPlatformModel[name] };
  if (name === "bedrock") {
    const region = env.AWS_REGION ?? "us-east-1";
    const bearer = apiKey ?? env.AWS_BEARER_TOKEN_BEDROCK;
    if (bearer) return { ...base, region, bearer };
    if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) {
      return { ...base, region, aws: { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY, ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}) } };
    }
    return { ...base, region };
  }
  if (name === "vertex") return { ...base, region: env.CLOUD_ML_REGION ?? "us-east5", bearer: apiKey ?? env.ANTHROPIC_VERTEX_ACCESS_TOKEN };
  return { ...base, region: "", apiKey: apiKey ?? env.ANTHROPIC_FOUNDRY_API_KEY };
}

/** What is missing to authenticate, or null. */
export function missingCredentials(s: PlatformSettings): string | null {
  if (s.name === "bedrock" && !s.aws && !s.bearer) return "Bedrock needs AWS_BEARER_TOKEN_BEDROCK (or --api-key), or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY";
  if (s.name === "vertex" && !s.bearer) return "Vertex needs an access token: --api-key or ANTHROPIC_VERTEX_ACCESS_TOKEN";
  if (s.name === "vertex" && !s.project) return "Vertex needs ANTHROPIC_VERTEX_PROJECT_ID";
  if (s.name === "foundry" && !s.apiKey) return "Foundry needs ANTHROPIC_FOUNDRY_API_KEY (or --api-key)";
  return null;
}

/** The secrets of the settings, for the report's redactor. */
export function settingsSecrets(s: PlatformSettings): string[] {
  return [s.aws?.secretAccessKey, s.aws?.sessionToken, s.bearer, s.apiKey].filter((v): v is string => Boolean(v));
}
