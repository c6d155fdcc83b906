/**
 * What `pnpm spec:drift` compares: each row pairs declarations of the official TypeScript SDK
 * (`file#Name`, relative to its `resources/` folder; GA and beta forms side by side) with the
 * spec's schema or operation that describes the same thing. Adding a row is how a new kind of
 * drift gets watched.
 */

/** A set of values: the `type` of each member of a union of objects, or a union of string literals. */
export interface ValueSetTarget {
  readonly title: string;
  readonly sdk: readonly string[];
  readonly spec: string;
  readonly by: "type" | "literal";
}

/** The properties of a request's parameters (body, query, header) or of a response object. */
export interface PropertySetTarget {
  readonly title: string;
  readonly sdk: readonly string[];
  /** An operationId (request parameters) or a schema name (response object). */
  readonly spec: { readonly operation: string } | { readonly schema: string };
}

export const valueSets: readonly ValueSetTarget[] = [
  { title: "response content block types", sdk: ["messages/messages.d.ts#ContentBlock", "beta/messages/messages.d.ts#BetaContentBlock"], spec: "ContentBlock", by: "type" },
  { title: "request content block types", sdk: ["messages/messages.d.ts#ContentBlockParam", "beta/messages/messages.d.ts#BetaContentBlockParam"], spec: "ContentBlockParam", by: "type" },
  { title: "stream delta types", sdk: ["messages/messages.d.ts#RawContentBlockDelta", "beta/messages/messages.d.ts#BetaRawContentBlockDelta"], spec: "ContentBlockDelta", by: "type" },
  { title: "stream event types", sdk: ["messages/messages.d.ts#RawMessageStreamEvent", "beta/messages/messages.d.ts#BetaRawMessageStreamEvent"], spec: "MessageStreamEvent", by: "type" },
  { title: "tool types", sdk: ["messages/messages.d.ts#ToolUnion", "beta/messages/messages.d.ts#BetaToolUnion"], spec: "ToolUnion", by: "type" },
  { title: "stop reasons", sdk: ["messages/messages.d.ts#StopReason", "beta/messages/messages.d.ts#BetaStopReason"], spec: "StopReason", by: "literal" },
  { title: "beta names", sdk: ["beta/beta.d.ts#AnthropicBeta"], spec: "AnthropicBetaName", by: "literal" },
];

export const propertySets: readonly PropertySetTarget[] = [
  { title: "messages.create parameters", sdk: ["messages/messages.d.ts#MessageCreateParamsBase", "beta/messages/messages.d.ts#MessageCreateParamsBase"], spec: { operation: "messages.create" } },
  { title: "messages.countTokens parameters", sdk: ["messages/messages.d.ts#MessageCountTokensParams", "beta/messages/messages.d.ts#MessageCountTokensParams"], spec: { operation: "messages.countTokens" } },
  { title: "messages.batches.create parameters", sdk: ["messages/batches.d.ts#BatchCreateParams", "beta/messages/batches.d.ts#BatchCreateParams"], spec: { operation: "messages.batches.create" } },
  { title: "models.list parameters", sdk: ["models.d.ts#ModelListParams", "beta/models.d.ts#ModelListParams"], spec: { operation: "models.list" } },
  { title: "files.list parameters", sdk: ["files.d.ts#FileListParams", "beta/files.d.ts#FileListParams"], spec: { operation: "files.list" } },
  { title: "files.upload parameters", sdk: ["files.d.ts#FileUploadParams", "beta/files.d.ts#FileUploadParams"], spec: { operation: "files.upload" } },
  { title: "skills.create parameters", sdk: ["skills/skills.d.ts#SkillCreateParams", "beta/skills/skills.d.ts#SkillCreateParams"], spec: { operation: "skills.create" } },
  { title: "skills.list parameters", sdk: ["skills/skills.d.ts#SkillListParams", "beta/skills/skills.d.ts#SkillListParams"], spec: { operation: "skills.list" } },
  { title: "skills.versions.list parameters", sdk: ["skills/versions.d.ts#VersionListParams", "beta/skills/versions.d.ts#VersionListParams"], spec: { operation: "skills.versions.list" } },
  { title: "Message fields", sdk: ["messages/messages.d.ts#Message", "beta/messages/messages.d.ts#BetaMessage"], spec: { schema: "Message" } },
  { title: "Usage fields", sdk: ["messages/messages.d.ts#Usage", "beta/messages/messages.d.ts#BetaUsage"], spec: { schema: "Usage" } },
  { title: "stop_details fields", sdk: ["messages/messages.d.ts#RefusalStopDetails", "beta/messages/messages.d.ts#BetaRefusalStopDetails"], spec: { schema: "MessageStopDetails" } },
  { title: "ModelInfo fields", sdk: ["models.d.ts#ModelInfo", "beta/models.d.ts#BetaModelInfo"], spec: { schema: "ModelInfo" } },
  { title: "FileMetadata fields", sdk: ["files.d.ts#FileMetadata", "beta/files.d.ts#BetaFileMetadata"], spec: { schema: "FileMetadata" } },
  { title: "Skill fields", sdk: ["skills/skills.d.ts#Skill", "beta/skills/skills.d.ts#BetaSkill"], spec: { schema: "Skill" } },
  { title: "SkillVersion fields", sdk: ["skills/versions.d.ts#SkillVersion", "beta/skills/versions.d.ts#BetaSkillVersion"], spec: { schema: "SkillVersion" } },
];

/** The URL prefixes the spec covers; SDK operations elsewhere (agents, sessions, admin) are counted, not listed. */
export const operationScope: readonly string[] = ["/v1/messages", "/v1/models", "/v1/files", "/v1/skills"];

/**
 * Differences reviewed and kept on purpose, with the reason; `section` is a section title
 * without its parenthesis. They are printed as notes, so the checklist holds only new work.
 */
export const accepted: readonly { readonly section: string; readonly item: string; readonly reason: string }[] = [
  { section: "operations", item: "GET /v1/messages/batches/{}/results", reason: "the SDK reads the batch's results_url instead of building the path; the API serves it" },
  { section: "stream event types", item: "ping", reason: "the API sends ping events (every recording has them); the SDK does not type them" },
  ...["temperature", "top_k", "top_p"].map((name) => ({
    section: "messages.create parameters",
    item: `body ${name}`,
    reason: "removed by anthropic-version 2026-10-21 (x-removed-in-version), still valid on 2023-06-01",
  })),
  ...["after_id", "before_id"].map((name) => ({ section: "files.list parameters", item: `query ${name}`, reason: "the beta shape's older id paging (recorded traffic pages files this way)" })),
  { section: "skills.create parameters", item: "body display_title", reason: "the beta shape's name for display_name" },
  ...["display_title", "latest_version"].map((name) => ({ section: "Skill fields", item: `body ${name}`, reason: "beta shape (skills-2025-10-02 header sent)" })),
  ...["directory", "version"].map((name) => ({ section: "SkillVersion fields", item: `body ${name}`, reason: "beta shape (skills-2025-10-02 header sent)" })),
];
