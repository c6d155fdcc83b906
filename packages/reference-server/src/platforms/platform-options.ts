/**
 * Which credentials the platform wires (Bedrock, Vertex, Foundry) accept. Defaults let the
 * official platform SDKs talk to the server with the recipes of PLATFORMS.md §6.2 and no
 * real credentials; every value is a test value, never a real secret.
 */

/** An AWS access key the server can verify SigV4 signatures for. */
export interface AwsTestCredential {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

export interface PlatformOptions {
  bedrock?: {
    /** Keys whose SigV4 signatures are recomputed and checked. @default [defaultPlatformCredentials.bedrock.credentials[0]] */
    credentials?: readonly AwsTestCredential[];
    /** Bedrock API keys accepted as `Authorization: Bearer`; "any" accepts every non-empty one. @default ["bedrock-api-key-reference-server"] */
    apiKeys?: readonly string[] | "any";
  };
  vertex?: {
    /** Google access tokens accepted as `Authorization: Bearer`; "any" accepts every non-empty one. @default ["ya29.reference-server"] */
    tokens?: readonly string[] | "any";
  };
  foundry?: {
    /** Resource keys accepted in `api-key` or `x-api-key`. @default ["foundry-key-reference-server"] */
    apiKeys?: readonly string[] | "any";
    /** Microsoft Entra tokens accepted as `Authorization: Bearer`. @default ["entra-token-reference-server"] */
    tokens?: readonly string[] | "any";
  };
}

export interface ResolvedPlatformOptions {
  readonly bedrock: { readonly credentials: readonly AwsTestCredential[]; readonly apiKeys: readonly string[] | "any" };
  readonly vertex: { readonly tokens: readonly string[] | "any" };
  readonly foundry: { readonly apiKeys: readonly string[] | "any"; readonly tokens: readonly string[] | "any" };
}

/** The credentials accepted when none are given (test values; safe to print). */
export const defaultPlatformCredentials = {
  bedrock: {
    credentials: [{ accessKeyId: "AKIDREFERENCESERVER1", secretAccessKey: "reference-server-secret-access-key" }],
    apiKeys: ["bedrock-api-key-reference-server"],
  },
  vertex: { tokens: ["ya29.reference-server"] },
  foundry: { apiKeys: ["foundry-key-reference-server"], tokens: ["entra-token-reference-server"] },
} as const satisfies ResolvedPlatformOptions;

export function resolvePlatformOptions(options: PlatformOptions = {}): ResolvedPlatformOptions {
  const d = defaultPlatformCredentials;
  return {
    bedrock: { credentials: options.bedrock?.credentials ?? d.bedrock.credentials, apiKeys: options.bedrock?.apiKeys ?? d.bedrock.apiKeys },
    vertex: { tokens: options.vertex?.tokens ?? d.vertex.tokens },
    foundry: { apiKeys: options.foundry?.apiKeys ?? d.foundry.apiKeys, tokens: options.foundry?.tokens ?? d.foundry.tokens },
  };
}
