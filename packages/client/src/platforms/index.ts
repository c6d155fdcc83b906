/**
 * @module
 * The cloud platforms, each an adapter over the shared client core:
 * `createClient({ platform: bedrock({ … }) })`, `vertex({ … })`, `foundry({ … })`.
 */
export { bedrock, bedrockModelPath, type BedrockOptions, type BedrockOperationId, type AwsCredentials, type AwsCredentialsProvider } from "./bedrock.ts";
export { vertex, vertexBaseURL, type VertexOptions, type VertexOperationId } from "./vertex.ts";
export { foundry, type FoundryOptions, type FoundryOperationId } from "./foundry.ts";
export type { Platform, ServedBy, SignableRequest, FirstPartyRequest, ErrorEnvelope } from "./platform.ts";
