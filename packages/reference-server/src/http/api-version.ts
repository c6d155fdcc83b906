/**
 * The `anthropic-version` header: required, and one of the versions the spec lists
 * (`components.schemas.AnthropicVersion`). The missing-header message is the real API's
 * (envoyproxy/ai-gateway PR #1909 quotes it; CONTRACT.md §1.1).
 */
import { ApiError } from "./api-error.ts";

type Json = Record<string, any>;

/** The versions the spec's `AnthropicVersion` schema enumerates, oldest first. */
export function supportedVersions(doc: Json): string[] {
  const schema = doc.components?.schemas?.AnthropicVersion as Json | undefined;
  const values: unknown[] = schema?.enum ?? [];
  return values.filter((v): v is string => typeof v === "string").sort();
}

export function checkVersion(value: string | null, supported: readonly string[]): string {
  if (value === null || value.trim() === "") {
    throw new ApiError(400, "anthropic-version: header is required");
  }
  const version = value.trim();
  if (!supported.includes(version)) {
    throw new ApiError(400, `anthropic-version: unknown version ${JSON.stringify(version.slice(0, 64))}; supported: ${supported.join(", ")}`);
  }
  return version;
}

/** Versions are ISO dates, so string order is release order. */
export function versionAtLeast(version: string, since: string): boolean {
  return version >= since;
}
