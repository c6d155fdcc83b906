// Written by scripts/generate.ts from spec/platforms/: do not edit. Run `pnpm generate`.
/**
 * How each cloud platform (Amazon Bedrock, Google Vertex AI, Microsoft Foundry) carries the
 * first-party operations: one row per (platform operation, kind). Read by the client's
 * platform adapters, the reference server and the conformance suite.
 */
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

export const bedrockPlatform = {
  "name": "bedrock",
  "title": "Claude on Amazon Bedrock",
  "servers": [
    {
      "url": "https://bedrock-runtime.{region}.amazonaws.com",
      "variables": {
        "region": "us-east-1"
      }
    }
  ],
  "auth": [
    {
      "name": "AwsSigV4",
      "kind": "sigv4",
      "header": "authorization",
      "service": "bedrock"
    },
    {
      "name": "BedrockApiKey",
      "kind": "bearer",
      "header": "authorization",
      "service": null
    }
  ],
  "requestIdHeaders": [
    "x-amzn-requestid"
  ],
  "errorShape": "aws",
  "exceptions": {
    "ValidationException": 400,
    "AccessDeniedException": 403,
    "ResourceNotFoundException": 404,
    "ModelTimeoutException": 408,
    "ModelErrorException": 424,
    "ThrottlingException": 429,
    "InternalServerException": 500,
    "ServiceUnavailableException": 503
  },
  "statusMap": {
    "401": 403,
    "402": 403,
    "409": 400,
    "504": 408,
    "529": 503
  },
  "sigv4Service": "bedrock",
  "unserved": [
    "messages.batches.list",
    "messages.batches.create",
    "messages.batches.retrieve",
    "messages.batches.delete",
    "messages.batches.cancel",
    "messages.batches.results",
    "models.list",
    "models.retrieve",
    "files.list",
    "files.upload",
    "files.retrieve",
    "files.delete",
    "files.download",
    "skills.list",
    "skills.create",
    "skills.retrieve",
    "skills.delete",
    "skills.versions.list",
    "skills.versions.create",
    "skills.versions.retrieve",
    "skills.versions.delete",
    "skills.versions.download"
  ],
  "firstPartyBase": null
} as const satisfies PlatformInfo;

export const vertexPlatform = {
  "name": "vertex",
  "title": "Claude on Google Cloud Vertex AI",
  "servers": [
    {
      "url": "https://{region}-aiplatform.googleapis.com",
      "variables": {
        "region": "us-east5"
      }
    }
  ],
  "auth": [
    {
      "name": "GoogleOAuth",
      "kind": "bearer",
      "header": "authorization",
      "service": null
    }
  ],
  "requestIdHeaders": [],
  "errorShape": "google",
  "exceptions": {},
  "statusMap": {},
  "sigv4Service": null,
  "unserved": [
    "messages.batches.list",
    "messages.batches.create",
    "messages.batches.retrieve",
    "messages.batches.delete",
    "messages.batches.cancel",
    "messages.batches.results",
    "models.list",
    "models.retrieve",
    "files.list",
    "files.upload",
    "files.retrieve",
    "files.delete",
    "files.download",
    "skills.list",
    "skills.create",
    "skills.retrieve",
    "skills.delete",
    "skills.versions.list",
    "skills.versions.create",
    "skills.versions.retrieve",
    "skills.versions.delete",
    "skills.versions.download"
  ],
  "firstPartyBase": null
} as const satisfies PlatformInfo;

export const foundryPlatform = {
  "name": "foundry",
  "title": "Claude in Microsoft Foundry",
  "servers": [
    {
      "url": "https://{resource}.services.ai.azure.com",
      "variables": {
        "resource": "my-resource"
      }
    }
  ],
  "auth": [
    {
      "name": "FoundryApiKey",
      "kind": "apiKey",
      "header": "api-key",
      "service": null
    },
    {
      "name": "FoundryXApiKey",
      "kind": "apiKey",
      "header": "x-api-key",
      "service": null
    },
    {
      "name": "EntraId",
      "kind": "bearer",
      "header": "authorization",
      "service": null
    }
  ],
  "requestIdHeaders": [
    "request-id",
    "apim-request-id"
  ],
  "errorShape": "apim",
  "exceptions": {},
  "statusMap": {},
  "sigv4Service": null,
  "unserved": [
    "messages.batches.list",
    "messages.batches.create",
    "messages.batches.retrieve",
    "messages.batches.delete",
    "messages.batches.cancel",
    "messages.batches.results",
    "models.list",
    "models.retrieve"
  ],
  "firstPartyBase": "/anthropic"
} as const satisfies PlatformInfo;

export const platforms = { bedrock: bedrockPlatform, vertex: vertexPlatform, foundry: foundryPlatform } as const;

/** bedrock: POST /model/{modelId}/invoke (create, carries messages.create) */
export const bedrockMessagesCreateOperation = {
  "platform": "bedrock",
  "operationId": "bedrock.messages.create",
  "kind": "create",
  "firstParty": "messages.create",
  "wire": "native",
  "method": "post",
  "path": "/model/{modelId}/invoke",
  "pathParams": [
    "modelId"
  ],
  "queryParams": [],
  "model": "path",
  "modelParam": "modelId",
  "versionHeader": "optional",
  "requestContentType": "application/json",
  "body": {
    "schema": "BedrockInvokeModelBody",
    "omit": [
      "model",
      "stream"
    ],
    "versionField": "anthropic_version",
    "versionValues": [
      "bedrock-2023-05-31",
      "2026-10-21"
    ],
    "legacyVersion": "bedrock-2023-05-31",
    "betasField": "anthropic_beta",
    "envelope": null
  },
  "responseContentType": "application/json",
  "framing": "json",
  "streamInBody": false,
  "bodySizeLimit": 20000000,
  "successStatus": 200,
  "errorStatuses": [
    400,
    403,
    404,
    408,
    413,
    424,
    429,
    500,
    503
  ],
  "streamExceptions": null
} as const satisfies PlatformOperationInfo;

/** bedrock: POST /model/{modelId}/invoke-with-response-stream (stream, carries messages.create) */
export const bedrockMessagesStreamOperation = {
  "platform": "bedrock",
  "operationId": "bedrock.messages.stream",
  "kind": "stream",
  "firstParty": "messages.create",
  "wire": "native",
  "method": "post",
  "path": "/model/{modelId}/invoke-with-response-stream",
  "pathParams": [
    "modelId"
  ],
  "queryParams": [],
  "model": "path",
  "modelParam": "modelId",
  "versionHeader": "optional",
  "requestContentType": "application/json",
  "body": {
    "schema": "BedrockInvokeModelBody",
    "omit": [
      "model",
      "stream"
    ],
    "versionField": "anthropic_version",
    "versionValues": [
      "bedrock-2023-05-31",
      "2026-10-21"
    ],
    "legacyVersion": "bedrock-2023-05-31",
    "betasField": "anthropic_beta",
    "envelope": null
  },
  "responseContentType": "application/vnd.amazon.eventstream",
  "framing": "aws-eventstream",
  "streamInBody": false,
  "bodySizeLimit": 20000000,
  "successStatus": 200,
  "errorStatuses": [
    400,
    403,
    404,
    408,
    413,
    424,
    429,
    500,
    503
  ],
  "streamExceptions": {
    "validationException": 400,
    "modelTimeoutException": 408,
    "modelStreamErrorException": 424,
    "throttlingException": 429,
    "internalServerException": 500,
    "serviceUnavailableException": 503
  }
} as const satisfies PlatformOperationInfo;

/** bedrock: POST /model/{modelId}/count-tokens (count, carries messages.countTokens) */
export const bedrockMessagesCountTokensOperation = {
  "platform": "bedrock",
  "operationId": "bedrock.messages.countTokens",
  "kind": "count",
  "firstParty": "messages.countTokens",
  "wire": "native",
  "method": "post",
  "path": "/model/{modelId}/count-tokens",
  "pathParams": [
    "modelId"
  ],
  "queryParams": [],
  "model": "path",
  "modelParam": "modelId",
  "versionHeader": "optional",
  "requestContentType": "application/json",
  "body": {
    "schema": "BedrockInvokeModelBody",
    "omit": [
      "model",
      "stream"
    ],
    "versionField": "anthropic_version",
    "versionValues": [
      "bedrock-2023-05-31",
      "2026-10-21"
    ],
    "legacyVersion": "bedrock-2023-05-31",
    "betasField": "anthropic_beta",
    "envelope": {
      "path": [
        "input",
        "invokeModel",
        "body"
      ],
      "encoding": "base64"
    }
  },
  "responseContentType": "application/json",
  "framing": "json",
  "streamInBody": false,
  "bodySizeLimit": 20000000,
  "successStatus": 200,
  "errorStatuses": [
    400,
    403,
    404,
    408,
    413,
    424,
    429,
    500,
    503
  ],
  "streamExceptions": null
} as const satisfies PlatformOperationInfo;

/** bedrock: POST /anthropic/v1/messages (create, carries messages.create) */
export const bedrockAnthropicMessagesCreateOperation = {
  "platform": "bedrock",
  "operationId": "bedrock.anthropic.messages.create",
  "kind": "create",
  "firstParty": "messages.create",
  "wire": "first-party",
  "method": "post",
  "path": "/anthropic/v1/messages",
  "pathParams": [],
  "queryParams": [],
  "model": "body",
  "modelParam": null,
  "versionHeader": "required",
  "requestContentType": "application/json",
  "body": {
    "schema": "CreateMessageParams",
    "omit": [],
    "versionField": null,
    "versionValues": [],
    "legacyVersion": null,
    "betasField": null,
    "envelope": null
  },
  "responseContentType": "application/json",
  "framing": "json",
  "streamInBody": false,
  "bodySizeLimit": 20000000,
  "successStatus": 200,
  "errorStatuses": [
    400,
    403,
    404,
    408,
    413,
    424,
    429,
    500,
    503
  ],
  "streamExceptions": null
} as const satisfies PlatformOperationInfo;

/** bedrock: POST /anthropic/v1/messages (stream, carries messages.create) */
export const bedrockAnthropicMessagesCreateStreamOperation = {
  "platform": "bedrock",
  "operationId": "bedrock.anthropic.messages.create",
  "kind": "stream",
  "firstParty": "messages.create",
  "wire": "first-party",
  "method": "post",
  "path": "/anthropic/v1/messages",
  "pathParams": [],
  "queryParams": [],
  "model": "body",
  "modelParam": null,
  "versionHeader": "required",
  "requestContentType": "application/json",
  "body": {
    "schema": "CreateMessageParams",
    "omit": [],
    "versionField": null,
    "versionValues": [],
    "legacyVersion": null,
    "betasField": null,
    "envelope": null
  },
  "responseContentType": "text/event-stream",
  "framing": "sse",
  "streamInBody": true,
  "bodySizeLimit": 20000000,
  "successStatus": 200,
  "errorStatuses": [
    400,
    403,
    404,
    408,
    413,
    424,
    429,
    500,
    503
  ],
  "streamExceptions": null
} as const satisfies PlatformOperationInfo;

/** vertex: POST /v1/projects/{project}/locations/{region}/publishers/anthropic/models/{model}:rawPredict (create, carries messages.create) */
export const vertexMessagesCreateOperation = {
  "platform": "vertex",
  "operationId": "vertex.messages.create",
  "kind": "create",
  "firstParty": "messages.create",
  "wire": "native",
  "method": "post",
  "path": "/v1/projects/{project}/locations/{region}/publishers/anthropic/models/{model}:rawPredict",
  "pathParams": [
    "project",
    "region",
    "model"
  ],
  "queryParams": [],
  "model": "path",
  "modelParam": "model",
  "versionHeader": "optional",
  "requestContentType": "application/json",
  "body": {
    "schema": "VertexRawPredictBody",
    "omit": [
      "model"
    ],
    "versionField": "anthropic_version",
    "versionValues": [
      "vertex-2023-10-16",
      "2026-10-21"
    ],
    "legacyVersion": "vertex-2023-10-16",
    "betasField": null,
    "envelope": null
  },
  "responseContentType": "application/json",
  "framing": "json",
  "streamInBody": false,
  "bodySizeLimit": 30000000,
  "successStatus": 200,
  "errorStatuses": [
    400,
    401,
    403,
    404,
    413,
    429,
    500,
    503,
    529
  ],
  "streamExceptions": null
} as const satisfies PlatformOperationInfo;

/** vertex: POST /v1/projects/{project}/locations/{region}/publishers/anthropic/models/{model}:streamRawPredict (stream, carries messages.create) */
export const vertexMessagesStreamOperation = {
  "platform": "vertex",
  "operationId": "vertex.messages.stream",
  "kind": "stream",
  "firstParty": "messages.create",
  "wire": "native",
  "method": "post",
  "path": "/v1/projects/{project}/locations/{region}/publishers/anthropic/models/{model}:streamRawPredict",
  "pathParams": [
    "project",
    "region",
    "model"
  ],
  "queryParams": [],
  "model": "path",
  "modelParam": "model",
  "versionHeader": "optional",
  "requestContentType": "application/json",
  "body": {
    "schema": "VertexRawPredictBody",
    "omit": [
      "model"
    ],
    "versionField": "anthropic_version",
    "versionValues": [
      "vertex-2023-10-16",
      "2026-10-21"
    ],
    "legacyVersion": "vertex-2023-10-16",
    "betasField": null,
    "envelope": null
  },
  "responseContentType": "text/event-stream",
  "framing": "sse",
  "streamInBody": false,
  "bodySizeLimit": 30000000,
  "successStatus": 200,
  "errorStatuses": [
    400,
    401,
    403,
    404,
    413,
    429,
    500,
    503,
    529
  ],
  "streamExceptions": null
} as const satisfies PlatformOperationInfo;

/** vertex: POST /v1/projects/{project}/locations/{region}/publishers/anthropic/models/count-tokens:rawPredict (count, carries messages.countTokens) */
export const vertexMessagesCountTokensOperation = {
  "platform": "vertex",
  "operationId": "vertex.messages.countTokens",
  "kind": "count",
  "firstParty": "messages.countTokens",
  "wire": "native",
  "method": "post",
  "path": "/v1/projects/{project}/locations/{region}/publishers/anthropic/models/count-tokens:rawPredict",
  "pathParams": [
    "project",
    "region"
  ],
  "queryParams": [],
  "model": "body",
  "modelParam": null,
  "versionHeader": "optional",
  "requestContentType": "application/json",
  "body": {
    "schema": "VertexCountTokensBody",
    "omit": [],
    "versionField": "anthropic_version",
    "versionValues": [
      "vertex-2023-10-16",
      "2026-10-21"
    ],
    "legacyVersion": "vertex-2023-10-16",
    "betasField": null,
    "envelope": null
  },
  "responseContentType": "application/json",
  "framing": "json",
  "streamInBody": false,
  "bodySizeLimit": 30000000,
  "successStatus": 200,
  "errorStatuses": [
    400,
    401,
    403,
    404,
    413,
    429,
    500,
    503,
    529
  ],
  "streamExceptions": null
} as const satisfies PlatformOperationInfo;

/** foundry: POST /anthropic/v1/messages (create, carries messages.create) */
export const foundryMessagesCreateOperation = {
  "platform": "foundry",
  "operationId": "foundry.messages.create",
  "kind": "create",
  "firstParty": "messages.create",
  "wire": "first-party",
  "method": "post",
  "path": "/anthropic/v1/messages",
  "pathParams": [],
  "queryParams": [
    "beta"
  ],
  "model": "body",
  "modelParam": null,
  "versionHeader": "required",
  "requestContentType": "application/json",
  "body": {
    "schema": "CreateMessageParams",
    "omit": [],
    "versionField": null,
    "versionValues": [],
    "legacyVersion": null,
    "betasField": null,
    "envelope": null
  },
  "responseContentType": "application/json",
  "framing": "json",
  "streamInBody": false,
  "bodySizeLimit": 33554432,
  "successStatus": 200,
  "errorStatuses": [
    400,
    401,
    403,
    404,
    413,
    429,
    500,
    529
  ],
  "streamExceptions": null
} as const satisfies PlatformOperationInfo;

/** foundry: POST /anthropic/v1/messages (stream, carries messages.create) */
export const foundryMessagesCreateStreamOperation = {
  "platform": "foundry",
  "operationId": "foundry.messages.create",
  "kind": "stream",
  "firstParty": "messages.create",
  "wire": "first-party",
  "method": "post",
  "path": "/anthropic/v1/messages",
  "pathParams": [],
  "queryParams": [
    "beta"
  ],
  "model": "body",
  "modelParam": null,
  "versionHeader": "required",
  "requestContentType": "application/json",
  "body": {
    "schema": "CreateMessageParams",
    "omit": [],
    "versionField": null,
    "versionValues": [],
    "legacyVersion": null,
    "betasField": null,
    "envelope": null
  },
  "responseContentType": "text/event-stream",
  "framing": "sse",
  "streamInBody": true,
  "bodySizeLimit": 33554432,
  "successStatus": 200,
  "errorStatuses": [
    400,
    401,
    403,
    404,
    413,
    429,
    500,
    529
  ],
  "streamExceptions": null
} as const satisfies PlatformOperationInfo;

/** foundry: POST /anthropic/v1/messages/count_tokens (count, carries messages.countTokens) */
export const foundryMessagesCountTokensOperation = {
  "platform": "foundry",
  "operationId": "foundry.messages.countTokens",
  "kind": "count",
  "firstParty": "messages.countTokens",
  "wire": "first-party",
  "method": "post",
  "path": "/anthropic/v1/messages/count_tokens",
  "pathParams": [],
  "queryParams": [
    "beta"
  ],
  "model": "body",
  "modelParam": null,
  "versionHeader": "required",
  "requestContentType": "application/json",
  "body": {
    "schema": "CountTokensParams",
    "omit": [],
    "versionField": null,
    "versionValues": [],
    "legacyVersion": null,
    "betasField": null,
    "envelope": null
  },
  "responseContentType": "application/json",
  "framing": "json",
  "streamInBody": false,
  "bodySizeLimit": 33554432,
  "successStatus": 200,
  "errorStatuses": [
    400,
    401,
    403,
    404,
    413,
    429,
    500,
    529
  ],
  "streamExceptions": null
} as const satisfies PlatformOperationInfo;

/** Every platform row. Each is also exported on its own, so bundlers can drop the rest. */
export const platformOperations = [
  bedrockMessagesCreateOperation,
  bedrockMessagesStreamOperation,
  bedrockMessagesCountTokensOperation,
  bedrockAnthropicMessagesCreateOperation,
  bedrockAnthropicMessagesCreateStreamOperation,
  vertexMessagesCreateOperation,
  vertexMessagesStreamOperation,
  vertexMessagesCountTokensOperation,
  foundryMessagesCreateOperation,
  foundryMessagesCreateStreamOperation,
  foundryMessagesCountTokensOperation,
] as const;
