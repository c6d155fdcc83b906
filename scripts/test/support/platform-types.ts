/**
 * Checked by `pnpm typecheck` (not run): the generated platform types are real types, not
 * `any`. A derived body keeps the shared schema's property types and its own (the
 * `@ts-expect-error` lines fail the typecheck if a type degrades), and a shared schema is
 * the first-party type itself.
 */
import type { components as Bedrock } from "@claude-spec/generated/platforms/bedrock";
import type { components as Vertex } from "@claude-spec/generated/platforms/vertex";
import type { components as FirstParty } from "@claude-spec/generated/schema";

type InvokeBody = Bedrock["schemas"]["BedrockInvokeModelBody"];

export const invoke: InvokeBody = { anthropic_version: "2026-10-21", max_tokens: 16, messages: [{ role: "user", content: "Hi" }], anthropic_beta: ["context-management-2025-06-27"] };
// @ts-expect-error max_tokens keeps CreateMessageParams' type
export const wrongMaxTokens: InvokeBody["max_tokens"] = "16";
// @ts-expect-error the body version is one of Bedrock's values
export const wrongVersion: InvokeBody["anthropic_version"] = "2023-06-01";
// @ts-expect-error anthropic_version is required in the body
export const noVersion: InvokeBody = { max_tokens: 16, messages: [] };
export const vertexStream: Vertex["schemas"]["VertexRawPredictBody"] = { anthropic_version: "vertex-2023-10-16", max_tokens: 16, messages: [], stream: true };
export const sameMessage = (m: FirstParty["schemas"]["Message"]): Bedrock["schemas"]["Message"] => m;
