/**
 * Rules of API version 2026-10-21 that are not a removed property: document blocks are
 * rejected in assistant messages, and citations on user text blocks
 * (https://platform.claude.com/docs/en/api/migration-2026-10-21; CONTRACT.md "two facts").
 */
import { ApiError } from "../http/api-error.ts";
import { versionAtLeast } from "../http/api-version.ts";

type Json = Record<string, any>;

export const strictContentVersion = "2026-10-21";

export function checkVersionContentRules(body: Json, version: string): void {
  if (!versionAtLeast(version, strictContentVersion) || !Array.isArray(body.messages)) return;
  body.messages.forEach((message: Json, i: number) => {
    if (!Array.isArray(message?.content)) return;
    message.content.forEach((block: Json, j: number) => {
      if (message.role === "assistant" && block?.type === "document") {
        throw new ApiError(400, `messages.${i}.content.${j}: document blocks are not allowed in assistant messages in anthropic-version ${version}`);
      }
      if (message.role === "user" && block?.type === "text" && Array.isArray(block.citations) && block.citations.length > 0) {
        throw new ApiError(400, `messages.${i}.content.${j}.citations: citations on user text blocks are not allowed in anthropic-version ${version}`);
      }
    });
  });
}
