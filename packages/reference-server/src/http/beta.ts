/**
 * `anthropic-beta`: a comma-joined list (the SDK joins with `betas.toString()`), possibly
 * repeated. An operation that belongs to a beta (`x-beta`) needs that name until the API
 * version that made it generally available (`requiredBefore`), e.g. Files needs
 * `files-api-2025-04-14` under 2023-06-01 but nothing under 2026-10-21.
 */
import { ApiError } from "./api-error.ts";
import { versionAtLeast } from "./api-version.ts";

export function betaNames(header: string | null): string[] {
  if (header === null) return [];
  return header.split(",").map((s) => s.trim()).filter((s) => s !== "");
}

export interface BetaRequirement {
  readonly name: string;
  readonly requiredBefore: string | null;
}

export function checkBeta(requirement: BetaRequirement | null, version: string, header: string | null): void {
  if (!requirement) return;
  if (requirement.requiredBefore !== null && versionAtLeast(version, requirement.requiredBefore)) return;
  if (betaNames(header).includes(requirement.name)) return;
  const since = requirement.requiredBefore ? ` (or anthropic-version: ${requirement.requiredBefore})` : "";
  throw new ApiError(400, `this endpoint requires the anthropic-beta header ${JSON.stringify(requirement.name)}${since}`);
}
