/**
 * The cloud platforms with Node's defaults: unset options come from the environment
 * variables the official platform SDKs read, and Vertex falls back to Google application
 * default credentials through `google-auth-library` (an optional peer dependency, loaded only
 * when no `accessToken` is given). Explicit options win over the environment.
 */
import {
  bedrock as coreBedrock,
  ClaudeError,
  foundry as coreFoundry,
  vertex as coreVertex,
  type BedrockOperationId,
  type BedrockOptions,
  type FoundryOperationId,
  type FoundryOptions,
  type Platform,
  type VertexOperationId,
  type VertexOptions,
} from "@claude-spec/client";

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Bedrock options from the environment: `AWS_REGION`, `ANTHROPIC_BEDROCK_BASE_URL`, and the
 * credentials in the official SDK's order: a Bedrock API key (`AWS_BEARER_TOKEN_BEDROCK`),
 * then `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY` (+ `AWS_SESSION_TOKEN`). Credentials given
 * in `options` (either kind) keep the environment's out.
 */
export function bedrockOptionsFromEnv(options: Partial<BedrockOptions> = {}, env: Env = process.env): BedrockOptions {
  const out: { -readonly [K in keyof BedrockOptions]: BedrockOptions[K] } = { ...options };
  out.region ??= env.AWS_REGION || undefined;
  out.baseURL ??= env.ANTHROPIC_BEDROCK_BASE_URL || undefined;
  if (!options.credentials && !options.apiKey) {
    if (env.AWS_BEARER_TOKEN_BEDROCK) out.apiKey = env.AWS_BEARER_TOKEN_BEDROCK;
    else if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) {
      out.credentials = { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY, sessionToken: env.AWS_SESSION_TOKEN || undefined };
    }
  }
  if (!out.credentials && !out.apiKey) {
    throw new ClaudeError(
      "bedrock: no credentials: pass credentials or apiKey, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_BEARER_TOKEN_BEDROCK); for profiles, SSO or instance roles pass a provider, e.g. credentials: fromNodeProviderChain() from @aws-sdk/credential-providers",
    );
  }
  return out;
}

/** `bedrock()` with the environment's defaults (see `bedrockOptionsFromEnv`). */
export function bedrock(options: Partial<BedrockOptions> = {}): Platform<BedrockOperationId> {
  return coreBedrock(bedrockOptionsFromEnv(options));
}

/** What `vertex()` needs of google-auth-library's `GoogleAuth`. */
interface GoogleAuthLike {
  getAccessToken(): Promise<string | null | undefined>;
}
type GoogleAuthModule = { GoogleAuth: new (options: { scopes: string }) => GoogleAuthLike };

/**
 * A token callback backed by Google application default credentials. google-auth-library is
 * imported on the first request only (it is an optional peer: installing it is the caller's
 * choice); it caches and refreshes the token itself.
 */
export function googleApplicationDefaultToken(load: () => Promise<GoogleAuthModule> = () => import("google-auth-library") as Promise<GoogleAuthModule>): () => Promise<string> {
  let auth: Promise<GoogleAuthLike> | null = null;
  return async () => {
    auth ??= load().then(
      ({ GoogleAuth }) => new GoogleAuth({ scopes: "https://www.googleapis.com/auth/cloud-platform" }),
      (error: unknown) => {
        auth = null;
        throw new ClaudeError(
          "vertex: no accessToken was given, and google-auth-library (for Google application default credentials) could not be loaded: install it (npm install google-auth-library) or pass accessToken",
          { cause: error },
        );
      },
    );
    const token = await (await auth).getAccessToken();
    if (!token) throw new ClaudeError("vertex: Google application default credentials gave no access token");
    return token;
  };
}

/**
 * Vertex options from the environment: `CLOUD_ML_REGION`, `ANTHROPIC_VERTEX_PROJECT_ID`,
 * `ANTHROPIC_VERTEX_BASE_URL` (the official SDK's, ending in `/v1`, is accepted), and Google
 * application default credentials when no `accessToken` is given.
 */
export function vertexOptionsFromEnv(options: Partial<VertexOptions> = {}, env: Env = process.env): VertexOptions {
  const region = options.region ?? (env.CLOUD_ML_REGION || undefined);
  const projectId = options.projectId ?? (env.ANTHROPIC_VERTEX_PROJECT_ID || undefined);
  if (!region) throw new ClaudeError("vertex: no region: pass region or set CLOUD_ML_REGION");
  if (!projectId) throw new ClaudeError("vertex: no project: pass projectId or set ANTHROPIC_VERTEX_PROJECT_ID");
  const baseURL = options.baseURL ?? (env.ANTHROPIC_VERTEX_BASE_URL?.replace(/\/v1\/?$/, "") || undefined);
  return { ...options, region, projectId, baseURL, accessToken: options.accessToken ?? googleApplicationDefaultToken() };
}

/** `vertex()` with the environment's defaults (see `vertexOptionsFromEnv`). */
export function vertex(options: Partial<VertexOptions> = {}): Platform<VertexOperationId> {
  return coreVertex(vertexOptionsFromEnv(options));
}

/**
 * Foundry options from the environment: `ANTHROPIC_FOUNDRY_RESOURCE` or
 * `ANTHROPIC_FOUNDRY_BASE_URL`, and `ANTHROPIC_FOUNDRY_API_KEY` unless an `entraToken` is given.
 */
export function foundryOptionsFromEnv(options: FoundryOptions = {}, env: Env = process.env): FoundryOptions {
  const out: { -readonly [K in keyof FoundryOptions]: FoundryOptions[K] } = { ...options };
  if (!options.resource && !options.baseURL) {
    if (env.ANTHROPIC_FOUNDRY_RESOURCE) out.resource = env.ANTHROPIC_FOUNDRY_RESOURCE;
    else if (env.ANTHROPIC_FOUNDRY_BASE_URL) out.baseURL = env.ANTHROPIC_FOUNDRY_BASE_URL.replace(/\/+$/, "");
  }
  if (!options.apiKey && !options.entraToken && env.ANTHROPIC_FOUNDRY_API_KEY) out.apiKey = env.ANTHROPIC_FOUNDRY_API_KEY;
  return out;
}

/** `foundry()` with the environment's defaults (see `foundryOptionsFromEnv`). */
export function foundry(options: FoundryOptions = {}): Platform<FoundryOperationId> {
  return coreFoundry(foundryOptionsFromEnv(options));
}
