/**
 * What an error looks like on each platform, for the checks: Bedrock answers every error
 * as `{"message"}` with the exception in `x-amzn-errortype` (status per the spec's
 * `x-platform.statusMap` and `exceptions`), Vertex's gateway answers the Google envelope,
 * Foundry's the APIM envelope, and model errors on Vertex and Foundry keep the Anthropic
 * envelope (checked by the first-party envelope check). Statuses and names come from the
 * generated platform table.
 */
import { platforms, type PlatformName, type PlatformOperationInfo } from "@claude-spec/contract";
import { fail, pass, show, type CheckResult } from "../checks/check-result.ts";
import { envelopeChecks } from "../checks/envelope-check.ts";
import type { ResponseView } from "../checks/response-view.ts";

/** The first-party status of each documented error type (https://platform.claude.com/docs/en/api/errors). */
export const statusOfErrorType: Readonly<Record<string, number>> = {
  invalid_request_error: 400,
  authentication_error: 401,
  billing_error: 402,
  permission_error: 403,
  not_found_error: 404,
  conflict_error: 409,
  request_too_large: 413,
  rate_limit_error: 429,
  api_error: 500,
  timeout_error: 504,
  overloaded_error: 529,
};

/** The status the platform answers for a first-party status. */
export function platformStatus(platform: PlatformName, status: number): number {
  return (platforms[platform].statusMap as Readonly<Record<string, number>>)[String(status)] ?? status;
}

/** Bedrock's exception name for a (Bedrock) status: the first the spec lists with it. */
export function bedrockException(status: number): string | undefined {
  return Object.entries(platforms.bedrock.exceptions).find(([, s]) => s === status)?.[0];
}

/** The stream exception Bedrock sends for an Anthropic error type, by status (x-bedrock-stream-exceptions). */
export function bedrockStreamException(row: PlatformOperationInfo, errorType: string): string | undefined {
  const status = statusOfErrorType[errorType];
  if (status === undefined) return undefined;
  const mapped = platformStatus("bedrock", status);
  return Object.entries(row.streamExceptions ?? {}).find(([, s]) => s === mapped)?.[0];
}

const googleStatus: Readonly<Record<string, string>> = {
  invalid_request_error: "INVALID_ARGUMENT",
  authentication_error: "UNAUTHENTICATED",
  permission_error: "PERMISSION_DENIED",
  not_found_error: "NOT_FOUND",
  rate_limit_error: "RESOURCE_EXHAUSTED",
  api_error: "INTERNAL",
  overloaded_error: "UNAVAILABLE",
};

const awsFact = 'Bedrock errors are JSON {"message"} with the exception name in x-amzn-errortype (spec/platforms/bedrock.yaml)';
const googleFact = 'Vertex gateway errors are the Google envelope {"error":{code,message,status}} (spec/platforms/vertex.yaml)';
const apimFact = 'Foundry gateway errors are the APIM envelope {"error":{code,message}} (spec/platforms/foundry.yaml)';

export function platformEnvelopeChecks(platform: PlatformName, view: ResponseView, expectedType: string | undefined): CheckResult[] {
  const body = view.json as Record<string, any> | undefined;
  const received = `${view.response.status} ${view.mediaType}: ${show(view.text.slice(0, 200))}`;
  if (platform === "bedrock") {
    const errortype = view.header("x-amzn-errortype") ?? "";
    const name = errortype.split(":")[0]!.split("#").pop()!;
    const ok = view.mediaType === "application/json" && typeof body?.message === "string" && name !== "";
    const out = [ok ? pass("envelope", awsFact) : fail("envelope", awsFact, { expected: '{"message"} + x-amzn-errortype', received })];
    if (ok && expectedType !== undefined) {
      const wanted = bedrockException(platformStatus("bedrock", statusOfErrorType[expectedType] ?? view.response.status));
      const fact = `${expectedType} is Bedrock's ${wanted}`;
      out.push(name === wanted ? pass("error-type", fact) : fail("error-type", fact, { expected: String(wanted), received: name }));
    }
    return out;
  }
  const gateway = body && typeof body === "object" && !Array.isArray(body) && body.type !== "error" && typeof body.error === "object";
  if (!gateway) return envelopeChecks(view, expectedType);
  if (platform === "vertex") {
    const ok = typeof body!.error.code === "number" && typeof body!.error.message === "string" && typeof body!.error.status === "string";
    const out = [ok ? pass("envelope", googleFact) : fail("envelope", googleFact, { received })];
    if (ok && expectedType !== undefined) {
      const wanted = googleStatus[expectedType];
      const fact = `${expectedType} is Google's ${wanted}`;
      out.push(body!.error.status === wanted ? pass("error-type", fact) : fail("error-type", fact, { expected: String(wanted), received: String(body!.error.status) }));
    }
    return out;
  }
  const ok = typeof body!.error.code === "string" && typeof body!.error.message === "string";
  return [ok ? pass("envelope", apimFact) : fail("envelope", apimFact, { received })];
}
