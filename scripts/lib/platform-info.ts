/**
 * The types of the platform table's rows and platform facts: the one definition, which the
 * generator builds the table with and copies, from the marker on, into
 * generated/platform-operations.ts (that package imports nothing from scripts/).
 */
// ---- written into the generated table from this line on ----
export type PlatformName = "bedrock" | "vertex" | "foundry";
export type PlatformKind = "create" | "stream" | "count";

export interface PlatformAuthScheme {
  readonly name: string;
  /** sigv4: AWS Signature V4; bearer: `Authorization: Bearer`; apiKey: the key in `header`. */
  readonly kind: "sigv4" | "bearer" | "apiKey";
  readonly header: string;
  /** SigV4 signing name (`bedrock`). */
  readonly service: string | null;
}

export interface PlatformBodyRules {
  /** The body schema's name in generated/platforms/<platform>.json. */
  readonly schema: string;
  /** First-party body fields the platform leaves out. */
  readonly omit: readonly string[];
  /** The body field carrying the API version (`anthropic_version`), or null when the header does. */
  readonly versionField: string | null;
  readonly versionValues: readonly string[];
  /** What the 0.x SDKs write there (`bedrock-2023-05-31`, `vertex-2023-10-16`). */
  readonly legacyVersion: string | null;
  /** The body field repeating the `anthropic-beta` values (`anthropic_beta`), or null. */
  readonly betasField: string | null;
  /** Bedrock CountTokens: the body is base64 inside `path` (`input.invokeModel.body`). */
  readonly envelope: { readonly path: readonly string[]; readonly encoding: "base64" } | null;
}

export interface PlatformOperationInfo {
  readonly platform: PlatformName;
  /** The platform document's operationId. */
  readonly operationId: string;
  readonly kind: PlatformKind;
  /** The first-party operationId this row carries (`messages.create`, `messages.countTokens`). */
  readonly firstParty: string;
  /** native: the platform's own body/path rules; first-party: the first-party body and headers under `path`. */
  readonly wire: "native" | "first-party";
  readonly method: "post";
  /** The path template, `{param}` placeholders (Vertex's end in `:rawPredict`). */
  readonly path: string;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  readonly model: "path" | "body";
  /** The path parameter that takes the model when `model` is "path". */
  readonly modelParam: string | null;
  readonly versionHeader: "required" | "optional" | "absent";
  readonly requestContentType: string;
  readonly body: PlatformBodyRules;
  readonly responseContentType: string;
  readonly framing: "json" | "sse" | "aws-eventstream";
  /** The path answers JSON and a stream; `"stream": true` in the body selects the stream. */
  readonly streamInBody: boolean;
  readonly bodySizeLimit: number | null;
  readonly successStatus: number;
  readonly errorStatuses: readonly number[];
  /** Bedrock stream exception frames: `:exception-type` → the HTTP status AWS gives it. */
  readonly streamExceptions: Readonly<Record<string, number>> | null;
}

export interface PlatformInfo {
  readonly name: PlatformName;
  readonly title: string;
  readonly servers: readonly { readonly url: string; readonly variables: Readonly<Record<string, string>> }[];
  /** The accepted auth schemes, in the document's order. */
  readonly auth: readonly PlatformAuthScheme[];
  /** Response headers carrying the request id (none on Vertex). */
  readonly requestIdHeaders: readonly string[];
  /** aws: `{"message"}` + `x-amzn-errortype`; google: `{"error":{code,message,status}}`; apim: `{"error":{code,message}}`. Model errors keep the Anthropic envelope on Vertex and Foundry. */
  readonly errorShape: "aws" | "google" | "apim";
  /** AWS exception name → HTTP status (Bedrock). */
  readonly exceptions: Readonly<Record<string, number>>;
  /** First-party error status → the status the platform answers instead (Bedrock: 401 → 403, 529 → 503, …). */
  readonly statusMap: Readonly<Record<string, number>>;
  readonly sigv4Service: string | null;
  /** First-party operationIds the platform does not serve (answered with its not-found). */
  readonly unserved: readonly string[];
  /** Served first-party operations without a row live at this base + their first-party path (Foundry: `/anthropic`). */
  readonly firstPartyBase: string | null;
}
