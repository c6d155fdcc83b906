// Written by scripts/generate.ts from spec/: do not edit. Run `pnpm generate`.
/** One row of the operation table: the facts about an endpoint that code needs. */
export interface OperationInfo {
  /** The spec's operationId; its dotted form is the client facade's method path. */
  readonly operationId: string;
  readonly method: "get" | "post" | "delete";
  /** The path template, with `{param}` placeholders. */
  readonly path: string;
  readonly tag: string;
  readonly summary: string;
  /** The request body's media type, or null when the operation takes no body. */
  readonly requestContentType: string | null;
  /** The success response's media types. */
  readonly responseContentTypes: readonly string[];
  /** True when the success response can be `text/event-stream`. */
  readonly streaming: boolean;
  /** The largest request body the API accepts, in bytes (`x-body-size-limit`). */
  readonly bodySizeLimit: number | null;
  /** The `anthropic-beta` value the operation belongs to (`x-beta`). */
  readonly beta: { readonly name: string; readonly required: boolean } | null;
  /** The page style of a list operation (`x-pagination`). */
  readonly pagination: "page" | "cursor" | null;
  readonly successStatus: number;
  readonly errorStatuses: readonly number[];
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
}

/** POST /v1/messages: Create a message */
export const messagesCreateOperation = {
  "operationId": "messages.create",
  "method": "post",
  "path": "/v1/messages",
  "tag": "Messages",
  "summary": "Create a message",
  "requestContentType": "application/json",
  "responseContentTypes": [
    "application/json",
    "text/event-stream"
  ],
  "streaming": true,
  "bodySizeLimit": 33554432,
  "beta": null,
  "pagination": null,
  "successStatus": 200,
  "errorStatuses": [
    400,
    401,
    402,
    403,
    404,
    409,
    413,
    429,
    500,
    504,
    529
  ],
  "pathParams": [],
  "queryParams": [
    "beta"
  ]
} as const satisfies OperationInfo;

/** POST /v1/messages/count_tokens: Count tokens in a message */
export const messagesCountTokensOperation = {
  "operationId": "messages.countTokens",
  "method": "post",
  "path": "/v1/messages/count_tokens",
  "tag": "Messages",
  "summary": "Count tokens in a message",
  "requestContentType": "application/json",
  "responseContentTypes": [
    "application/json"
  ],
  "streaming": false,
  "bodySizeLimit": 33554432,
  "beta": null,
  "pagination": null,
  "successStatus": 200,
  "errorStatuses": [
    400,
    401,
    402,
    403,
    404,
    409,
    413,
    429,
    500,
    504,
    529
  ],
  "pathParams": [],
  "queryParams": [
    "beta"
  ]
} as const satisfies OperationInfo;

/** GET /v1/messages/batches: List Message Batches */
export const messagesBatchesListOperation = {
  "operationId": "messages.batches.list",
  "method": "get",
  "path": "/v1/messages/batches",
  "tag": "Message Batches",
  "summary": "List Message Batches",
  "requestContentType": null,
  "responseContentTypes": [
    "application/json"
  ],
  "streaming": false,
  "bodySizeLimit": null,
  "beta": null,
  "pagination": "page",
  "successStatus": 200,
  "errorStatuses": [
    400,
    401,
    402,
    403,
    404,
    409,
    429,
    500,
    504,
    529
  ],
  "pathParams": [],
  "queryParams": [
    "beta",
    "before_id",
    "after_id",
    "limit"
  ]
} as const satisfies OperationInfo;

/** POST /v1/messages/batches: Create a Message Batch */
export const messagesBatchesCreateOperation = {
  "operationId": "messages.batches.create",
  "method": "post",
  "path": "/v1/messages/batches",
  "tag": "Message Batches",
  "summary": "Create a Message Batch",
  "requestContentType": "application/json",
  "responseContentTypes": [
    "application/json"
  ],
  "streaming": false,
  "bodySizeLimit": 268435456,
  "beta": null,
  "pagination": null,
  "successStatus": 200,
  "errorStatuses": [
    400,
    401,
    402,
    403,
    404,
    409,
    413,
    429,
    500,
    504,
    529
  ],
  "pathParams": [],
  "queryParams": [
    "beta"
  ]
} as const satisfies OperationInfo;

/** GET /v1/messages/batches/{message_batch_id}: Retrieve a Message Batch */
export const messagesBatchesRetrieveOperation = {
  "operationId": "messages.batches.retrieve",
  "method": "get",
  "path": "/v1/messages/batches/{message_batch_id}",
  "tag": "Message Batches",
  "summary": "Retrieve a Message Batch",
  "requestContentType": null,
  "responseContentTypes": [
    "application/json"
  ],
  "streaming": false,
  "bodySizeLimit": null,
  "beta": null,
  "pagination": null,
  "successStatus": 200,
  "errorStatuses": [
    400,
    401,
    402,
    403,
    404,
    409,
    429,
    500,
    504,
    529
  ],
  "pathParams": [
    "message_batch_id"
  ],
  "queryParams": [
    "beta"
  ]
} as const satisfies OperationInfo;

/** DELETE /v1/messages/batches/{message_batch_id}: Delete a Message Batch */
export const messagesBatchesDeleteOperation = {
  "operationId": "messages.batches.delete",
  "method": "delete",
  "path": "/v1/messages/batches/{message_batch_id}",
  "tag": "Message Batches",
  "summary": "Delete a Message Batch",
  "requestContentType": null,
  "responseContentTypes": [
    "application/json"
  ],
  "streaming": false,
  "bodySizeLimit": null,
  "beta": null,
  "pagination": null,
  "successStatus": 200,
  "errorStatuses": [
    400,
    401,
    402,
    403,
    404,
    409,
    429,
    500,
    504,
    529
  ],
  "pathParams": [
    "message_batch_id"
  ],
  "queryParams": [
    "beta"
  ]
} as const satisfies OperationInfo;

/** POST /v1/messages/batches/{message_batch_id}/cancel: Cancel a Message Batch */
export const messagesBatchesCancelOperation = {
  "operationId": "messages.batches.cancel",
  "method": "post",
  "path": "/v1/messages/batches/{message_batch_id}/cancel",
  "tag": "Message Batches",
  "summary": "Cancel a Message Batch",
  "requestContentType": null,
  "responseContentTypes": [
    "application/json"
  ],
  "streaming": false,
  "bodySizeLimit": null,
  "beta": null,
  "pagination": null,
  "successStatus": 200,
  "errorStatuses": [
    400,
    401,
    402,
    403,
    404,
    409,
    429,
    500,
    504,
    529
  ],
  "pathParams": [
    "message_batch_id"
  ],
  "queryParams": [
    "beta"
  ]
} as const satisfies OperationInfo;

/** GET /v1/messages/batches/{message_batch_id}/results: Retrieve Message Batch results */
export const messagesBatchesResultsOperation = {
  "operationId": "messages.batches.results",
  "method": "get",
  "path": "/v1/messages/batches/{message_batch_id}/results",
  "tag": "Message Batches",
  "summary": "Retrieve Message Batch results",
  "requestContentType": null,
  "responseContentTypes": [
    "application/x-jsonl"
  ],
  "streaming": false,
  "bodySizeLimit": null,
  "beta": null,
  "pagination": null,
  "successStatus": 200,
  "errorStatuses": [
    400,
    401,
    402,
    403,
    404,
    409,
    429,
    500,
    504,
    529
  ],
  "pathParams": [
    "message_batch_id"
  ],
  "queryParams": [
    "beta"
  ]
} as const satisfies OperationInfo;

/** GET /v1/models: List models */
export const modelsListOperation = {
  "operationId": "models.list",
  "method": "get",
  "path": "/v1/models",
  "tag": "Models",
  "summary": "List models",
  "requestContentType": null,
  "responseContentTypes": [
    "application/json"
  ],
  "streaming": false,
  "bodySizeLimit": null,
  "beta": null,
  "pagination": "page",
  "successStatus": 200,
  "errorStatuses": [
    400,
    401,
    402,
    403,
    404,
    409,
    429,
    500,
    504,
    529
  ],
  "pathParams": [],
  "queryParams": [
    "beta",
    "before_id",
    "after_id",
    "limit",
    "lifecycle"
  ]
} as const satisfies OperationInfo;

/** GET /v1/models/{model_id}: Get a model */
export const modelsRetrieveOperation = {
  "operationId": "models.retrieve",
  "method": "get",
  "path": "/v1/models/{model_id}",
  "tag": "Models",
  "summary": "Get a model",
  "requestContentType": null,
  "responseContentTypes": [
    "application/json"
  ],
  "streaming": false,
  "bodySizeLimit": null,
  "beta": null,
  "pagination": null,
  "successStatus": 200,
  "errorStatuses": [
    400,
    401,
    402,
    403,
    404,
    409,
    429,
    500,
    504,
    529
  ],
  "pathParams": [
    "model_id"
  ],
  "queryParams": [
    "beta"
  ]
} as const satisfies OperationInfo;

/** GET /v1/files: List files */
export const filesListOperation = {
  "operationId": "files.list",
  "method": "get",
  "path": "/v1/files",
  "tag": "Files",
  "summary": "List files",
  "requestContentType": null,
  "responseContentTypes": [
    "application/json"
  ],
  "streaming": false,
  "bodySizeLimit": null,
  "beta": {
    "name": "files-api-2025-04-14",
    "required": false
  },
  "pagination": "cursor",
  "successStatus": 200,
  "errorStatuses": [
    400,
    401,
    402,
    403,
    404,
    409,
    429,
    500,
    504,
    529
  ],
  "pathParams": [],
  "queryParams": [
    "beta",
    "page",
    "limit",
    "ids",
    "scope_id",
    "before_id",
    "after_id"
  ]
} as const satisfies OperationInfo;

/** POST /v1/files: Upload a file */
export const filesUploadOperation = {
  "operationId": "files.upload",
  "method": "post",
  "path": "/v1/files",
  "tag": "Files",
  "summary": "Upload a file",
  "requestContentType": "multipart/form-data",
  "responseContentTypes": [
    "application/json"
  ],
  "streaming": false,
  "bodySizeLimit": 524288000,
  "beta": {
    "name": "files-api-2025-04-14",
    "required": false
  },
  "pagination": null,
  "successStatus": 200,
  "errorStatuses": [
    400,
    401,
    402,
    403,
    404,
    409,
    413,
    429,
    500,
    504,
    529
  ],
  "pathParams": [],
  "queryParams": [
    "beta"
  ]
} as const satisfies OperationInfo;

/** GET /v1/files/{file_id}: Get file metadata */
export const filesRetrieveOperation = {
  "operationId": "files.retrieve",
  "method": "get",
  "path": "/v1/files/{file_id}",
  "tag": "Files",
  "summary": "Get file metadata",
  "requestContentType": null,
  "responseContentTypes": [
    "application/json"
  ],
  "streaming": false,
  "bodySizeLimit": null,
  "beta": {
    "name": "files-api-2025-04-14",
    "required": false
  },
  "pagination": null,
  "successStatus": 200,
  "errorStatuses": [
    400,
    401,
    402,
    403,
    404,
    409,
    429,
    500,
    504,
    529
  ],
  "pathParams": [
    "file_id"
  ],
  "queryParams": [
    "beta"
  ]
} as const satisfies OperationInfo;

/** DELETE /v1/files/{file_id}: Delete a file */
export const filesDeleteOperation = {
  "operationId": "files.delete",
  "method": "delete",
  "path": "/v1/files/{file_id}",
  "tag": "Files",
  "summary": "Delete a file",
  "requestContentType": null,
  "responseContentTypes": [
    "application/json"
  ],
  "streaming": false,
  "bodySizeLimit": null,
  "beta": {
    "name": "files-api-2025-04-14",
    "required": false
  },
  "pagination": null,
  "successStatus": 200,
  "errorStatuses": [
    400,
    401,
    402,
    403,
    404,
    409,
    429,
    500,
    504,
    529
  ],
  "pathParams": [
    "file_id"
  ],
  "queryParams": [
    "beta"
  ]
} as const satisfies OperationInfo;

/** GET /v1/files/{file_id}/content: Download a file */
export const filesDownloadOperation = {
  "operationId": "files.download",
  "method": "get",
  "path": "/v1/files/{file_id}/content",
  "tag": "Files",
  "summary": "Download a file",
  "requestContentType": null,
  "responseContentTypes": [
    "*/*"
  ],
  "streaming": false,
  "bodySizeLimit": null,
  "beta": {
    "name": "files-api-2025-04-14",
    "required": false
  },
  "pagination": null,
  "successStatus": 200,
  "errorStatuses": [
    400,
    401,
    402,
    403,
    404,
    409,
    429,
    500,
    504,
    529
  ],
  "pathParams": [
    "file_id"
  ],
  "queryParams": [
    "beta"
  ]
} as const satisfies OperationInfo;

/** GET /v1/skills: List skills */
export const skillsListOperation = {
  "operationId": "skills.list",
  "method": "get",
  "path": "/v1/skills",
  "tag": "Skills",
  "summary": "List skills",
  "requestContentType": null,
  "responseContentTypes": [
    "application/json"
  ],
  "streaming": false,
  "bodySizeLimit": null,
  "beta": {
    "name": "skills-2025-10-02",
    "required": false
  },
  "pagination": "cursor",
  "successStatus": 200,
  "errorStatuses": [
    400,
    401,
    402,
    403,
    404,
    409,
    429,
    500,
    504,
    529
  ],
  "pathParams": [],
  "queryParams": [
    "beta",
    "page",
    "limit",
    "source"
  ]
} as const satisfies OperationInfo;

/** POST /v1/skills: Create a skill */
export const skillsCreateOperation = {
  "operationId": "skills.create",
  "method": "post",
  "path": "/v1/skills",
  "tag": "Skills",
  "summary": "Create a skill",
  "requestContentType": "multipart/form-data",
  "responseContentTypes": [
    "application/json"
  ],
  "streaming": false,
  "bodySizeLimit": 31457280,
  "beta": {
    "name": "skills-2025-10-02",
    "required": false
  },
  "pagination": null,
  "successStatus": 200,
  "errorStatuses": [
    400,
    401,
    402,
    403,
    404,
    409,
    413,
    429,
    500,
    504,
    529
  ],
  "pathParams": [],
  "queryParams": [
    "beta"
  ]
} as const satisfies OperationInfo;

/** GET /v1/skills/{skill_id}: Get a skill */
export const skillsRetrieveOperation = {
  "operationId": "skills.retrieve",
  "method": "get",
  "path": "/v1/skills/{skill_id}",
  "tag": "Skills",
  "summary": "Get a skill",
  "requestContentType": null,
  "responseContentTypes": [
    "application/json"
  ],
  "streaming": false,
  "bodySizeLimit": null,
  "beta": {
    "name": "skills-2025-10-02",
    "required": false
  },
  "pagination": null,
  "successStatus": 200,
  "errorStatuses": [
    400,
    401,
    402,
    403,
    404,
    409,
    429,
    500,
    504,
    529
  ],
  "pathParams": [
    "skill_id"
  ],
  "queryParams": [
    "beta"
  ]
} as const satisfies OperationInfo;

/** DELETE /v1/skills/{skill_id}: Delete a skill */
export const skillsDeleteOperation = {
  "operationId": "skills.delete",
  "method": "delete",
  "path": "/v1/skills/{skill_id}",
  "tag": "Skills",
  "summary": "Delete a skill",
  "requestContentType": null,
  "responseContentTypes": [
    "application/json"
  ],
  "streaming": false,
  "bodySizeLimit": null,
  "beta": {
    "name": "skills-2025-10-02",
    "required": false
  },
  "pagination": null,
  "successStatus": 200,
  "errorStatuses": [
    400,
    401,
    402,
    403,
    404,
    409,
    429,
    500,
    504,
    529
  ],
  "pathParams": [
    "skill_id"
  ],
  "queryParams": [
    "beta"
  ]
} as const satisfies OperationInfo;

/** GET /v1/skills/{skill_id}/versions: List skill versions */
export const skillsVersionsListOperation = {
  "operationId": "skills.versions.list",
  "method": "get",
  "path": "/v1/skills/{skill_id}/versions",
  "tag": "Skills",
  "summary": "List skill versions",
  "requestContentType": null,
  "responseContentTypes": [
    "application/json"
  ],
  "streaming": false,
  "bodySizeLimit": null,
  "beta": {
    "name": "skills-2025-10-02",
    "required": false
  },
  "pagination": "cursor",
  "successStatus": 200,
  "errorStatuses": [
    400,
    401,
    402,
    403,
    404,
    409,
    429,
    500,
    504,
    529
  ],
  "pathParams": [
    "skill_id"
  ],
  "queryParams": [
    "beta",
    "page",
    "limit"
  ]
} as const satisfies OperationInfo;

/** POST /v1/skills/{skill_id}/versions: Create a skill version */
export const skillsVersionsCreateOperation = {
  "operationId": "skills.versions.create",
  "method": "post",
  "path": "/v1/skills/{skill_id}/versions",
  "tag": "Skills",
  "summary": "Create a skill version",
  "requestContentType": "multipart/form-data",
  "responseContentTypes": [
    "application/json"
  ],
  "streaming": false,
  "bodySizeLimit": 31457280,
  "beta": {
    "name": "skills-2025-10-02",
    "required": false
  },
  "pagination": null,
  "successStatus": 200,
  "errorStatuses": [
    400,
    401,
    402,
    403,
    404,
    409,
    413,
    429,
    500,
    504,
    529
  ],
  "pathParams": [
    "skill_id"
  ],
  "queryParams": [
    "beta"
  ]
} as const satisfies OperationInfo;

/** GET /v1/skills/{skill_id}/versions/{version}: Get a skill version */
export const skillsVersionsRetrieveOperation = {
  "operationId": "skills.versions.retrieve",
  "method": "get",
  "path": "/v1/skills/{skill_id}/versions/{version}",
  "tag": "Skills",
  "summary": "Get a skill version",
  "requestContentType": null,
  "responseContentTypes": [
    "application/json"
  ],
  "streaming": false,
  "bodySizeLimit": null,
  "beta": {
    "name": "skills-2025-10-02",
    "required": false
  },
  "pagination": null,
  "successStatus": 200,
  "errorStatuses": [
    400,
    401,
    402,
    403,
    404,
    409,
    429,
    500,
    504,
    529
  ],
  "pathParams": [
    "skill_id",
    "version"
  ],
  "queryParams": [
    "beta"
  ]
} as const satisfies OperationInfo;

/** DELETE /v1/skills/{skill_id}/versions/{version}: Delete a skill version */
export const skillsVersionsDeleteOperation = {
  "operationId": "skills.versions.delete",
  "method": "delete",
  "path": "/v1/skills/{skill_id}/versions/{version}",
  "tag": "Skills",
  "summary": "Delete a skill version",
  "requestContentType": null,
  "responseContentTypes": [
    "application/json"
  ],
  "streaming": false,
  "bodySizeLimit": null,
  "beta": {
    "name": "skills-2025-10-02",
    "required": false
  },
  "pagination": null,
  "successStatus": 200,
  "errorStatuses": [
    400,
    401,
    402,
    403,
    404,
    409,
    429,
    500,
    504,
    529
  ],
  "pathParams": [
    "skill_id",
    "version"
  ],
  "queryParams": [
    "beta"
  ]
} as const satisfies OperationInfo;

/** GET /v1/skills/{skill_id}/versions/{version}/content: Download a skill version */
export const skillsVersionsDownloadOperation = {
  "operationId": "skills.versions.download",
  "method": "get",
  "path": "/v1/skills/{skill_id}/versions/{version}/content",
  "tag": "Skills",
  "summary": "Download a skill version",
  "requestContentType": null,
  "responseContentTypes": [
    "application/zip"
  ],
  "streaming": false,
  "bodySizeLimit": null,
  "beta": {
    "name": "skills-2025-10-02",
    "required": false
  },
  "pagination": null,
  "successStatus": 200,
  "errorStatuses": [
    400,
    401,
    402,
    403,
    404,
    409,
    429,
    500,
    504,
    529
  ],
  "pathParams": [
    "skill_id",
    "version"
  ],
  "queryParams": [
    "beta"
  ]
} as const satisfies OperationInfo;

/**
 * Every row. Each row is also exported on its own, so a program that names only the rows
 * it calls lets a bundler drop the rest.
 */
export const operations = [
  messagesCreateOperation,
  messagesCountTokensOperation,
  messagesBatchesListOperation,
  messagesBatchesCreateOperation,
  messagesBatchesRetrieveOperation,
  messagesBatchesDeleteOperation,
  messagesBatchesCancelOperation,
  messagesBatchesResultsOperation,
  modelsListOperation,
  modelsRetrieveOperation,
  filesListOperation,
  filesUploadOperation,
  filesRetrieveOperation,
  filesDeleteOperation,
  filesDownloadOperation,
  skillsListOperation,
  skillsCreateOperation,
  skillsRetrieveOperation,
  skillsDeleteOperation,
  skillsVersionsListOperation,
  skillsVersionsCreateOperation,
  skillsVersionsRetrieveOperation,
  skillsVersionsDeleteOperation,
  skillsVersionsDownloadOperation,
] as const;

export type OperationId = (typeof operations)[number]["operationId"];

export const operationsById: { readonly [K in OperationId]: Extract<(typeof operations)[number], { operationId: K }> } =
  /* @__PURE__ */ Object.fromEntries(/* @__PURE__ */ operations.map((op) => [op.operationId, op])) as never;
