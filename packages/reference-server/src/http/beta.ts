/**
 * `anthropic-beta`: a comma-joined list (the SDK joins with `betas.toString()`), possibly
 * repeated. An operation's `x-beta` names the beta it belongs to. Files and Skills have been
 * generally available on every API version since 2026-08-19: the header is not needed, and
 * sending their beta name only selects the older (beta) response shape
 * (https://platform.claude.com/docs/en/release-notes/overview, 2026-08-27). An operation
 * marked `required` (none today) answers 400 without its beta.
 */
import { ApiError } from "./api-error.ts";

export function betaNames(header: string | null): string[] {
  if (header === null) return [];
  return header.split(",").map((s) => s.trim()).filter((s) => s !== "");
}

export interface BetaRequirement {
  readonly name: string;
  readonly required: boolean;
}

export function checkBeta(requirement: BetaRequirement | null, header: string | null): void {
  if (!requirement?.required) return;
  if (betaNames(header).includes(requirement.name)) return;
  throw new ApiError(400, `this endpoint requires the anthropic-beta header ${JSON.stringify(requirement.name)}`);
}

/**
 * Whether the request asked for the operation's beta response shape: it sent the operation's
 * beta name in `anthropic-beta`. `?beta=true` alone does not count (the SDKs' beta resources
 * add it without a header since Files and Skills went GA).
 */
export function wantsBetaShape(requirement: BetaRequirement | null, header: string | null): boolean {
  return requirement !== null && header !== null && betaNames(header).includes(requirement.name);
}
