/**
 * Claude in Microsoft Foundry (PLATFORMS.md §4): the first-party wire under
 * `https://{resource}.services.ai.azure.com/anthropic`, with `model` the deployment name,
 * authenticated by an `api-key` or a Microsoft Entra ID token as a bearer. Azure's gateway
 * errors (`{"error":{"code":"401","message":…}}`) are read as the API's envelope, and
 * `apim-request-id` stands in for a missing `request-id`.
 *
 *   createClient({ platform: foundry({ resource: "my-resource", apiKey }) })
 */
import type { Secret } from "../auth/credentials.ts";
import { ClaudeError } from "../errors/claude-error.ts";
import { isApiEnvelope, platformEnvelope, typeForStatus } from "./platform-errors.ts";
import { foundryPlatform } from "@claude-spec/generated/platform-operations";
import { checkServed, type ErrorEnvelope, connectPlatform, type Platform, type ServedOf } from "./platform.ts";
import { withRequestId } from "./request-id.ts";
import { bearer, resolveSecret } from "./secret.ts";

export type FoundryOperationId = ServedOf<typeof foundryPlatform>;

export interface FoundryOptions {
  /** The Foundry resource name: requests go to `https://{resource}.services.ai.azure.com/anthropic`. */
  readonly resource?: string;
  /** The full base URL instead of `resource` (ending in `/anthropic`). */
  readonly baseURL?: string;
  /** A Foundry API key, sent as `api-key`; or a function returning one. */
  readonly apiKey?: Secret;
  /** A Microsoft Entra ID token (scope `https://ai.azure.com/.default`), or a function returning a fresh one. */
  readonly entraToken?: Secret;
}

export function foundryErrorEnvelope(body: unknown, response: Response): ErrorEnvelope | null {
  if (isApiEnvelope(body)) return null;
  const error = (body as { error?: { message?: unknown; code?: unknown } } | null)?.error;
  const message = typeof error?.message === "string" ? error.message : `${response.status} from Foundry`;
  return platformEnvelope(typeForStatus(response.status), message, { name: typeof error?.code === "string" ? error.code : null }, response.headers.get("apim-request-id"));
}

export function foundry(options: FoundryOptions): Platform<FoundryOperationId> {
  const { resource, apiKey, entraToken } = options;
  if (resource && options.baseURL) throw new ClaudeError("foundry: give resource or baseURL, not both");
  if (!resource && !options.baseURL) throw new ClaudeError("foundry: resource (or baseURL) is required");
  if (resource && !/^[A-Za-z0-9-]+$/.test(resource)) throw new ClaudeError("foundry: resource must be a resource name (letters, digits, hyphens), not a URL");
  if (apiKey && entraToken) throw new ClaudeError("foundry: give apiKey or entraToken, not both");
  if (!apiKey && !entraToken) throw new ClaudeError("foundry: no credentials: give apiKey or entraToken");
  return {
    name: "foundry",
    connect(context, options) {
      return connectPlatform(this, context, options);
    },
    unserved: foundryPlatform.unserved,
    // The first-party paths under the resource's `/anthropic` (the table's `firstPartyBase`).
    baseURL: options.baseURL ?? foundryPlatform.servers[0].url.replace("{resource}", resource!) + foundryPlatform.firstPartyBase,
    // `request-id` when the answer has one, else Azure API Management's.
    wrapFetch: (fetch) => withRequestId(fetch, "apim-request-id"),
    async authenticate(_request, redactor) {
      if (!apiKey) return bearer(entraToken!, "foundry entraToken", redactor);
      const key = await resolveSecret(apiKey, "foundry apiKey");
      redactor.add(key);
      return { "api-key": key };
    },
    adapt({ row }) {
      checkServed(this, row);
      // The first-party request as it is, under the Foundry base URL.
      return null;
    },
    errorEnvelope: foundryErrorEnvelope,
  };
}
