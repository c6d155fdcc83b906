// Written by scripts/generate.ts from spec/platforms/vertex.yaml with openapi-typescript: do not edit.
export interface paths {
    "/v1/projects/{project}/locations/{region}/publishers/anthropic/models/{model}:rawPredict": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a message (Vertex rawPredict)
         * @description Vertex `:rawPredict`: the Messages request with project, region and model in the path
         *     and the version in the body; answers one JSON `Message`. Auth: a Google OAuth access
         *     token as `Authorization: Bearer`. Payloads are limited to 30 MB.
         *     See https://platform.claude.com/docs/en/build-with-claude/claude-on-vertex-ai
         */
        post: operations["vertex.messages.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{project}/locations/{region}/publishers/anthropic/models/{model}:streamRawPredict": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stream a message (Vertex streamRawPredict)
         * @description Vertex `:streamRawPredict`: the same body as `:rawPredict` with `"stream": true`
         *     kept; answers server-sent events framed as on the first-party API.
         *     See https://platform.claude.com/docs/en/build-with-claude/claude-on-vertex-ai
         */
        post: operations["vertex.messages.stream"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{project}/locations/{region}/publishers/anthropic/models/count-tokens:rawPredict": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Count tokens (Vertex count-tokens rawPredict)
         * @description Vertex `models/count-tokens:rawPredict`: the first-party count-tokens request with
         *     `model` in the body, plus `anthropic_version`; answers `{"input_tokens": N}`.
         *     Available in some regions and for some models only.
         *     See https://platform.claude.com/docs/en/build-with-claude/claude-on-vertex-ai
         */
        post: operations["vertex.messages.countTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * CreateMessageParams
         * @description The body of `POST /v1/messages`. `model`, `messages` and `max_tokens` are required. The
         *     API adds parameters with new features (often behind an `anthropic-beta` value), so
         *     properties not listed here are allowed; the common ones are described.
         *
         *     API versions: `2026-10-21` rejects `temperature`, `top_p` and `top_k` with 400
         *     (`x-removed-in-version`), and also rejects document blocks in assistant messages and
         *     citations on user text blocks. `2023-06-01` accepts all of them.
         *     See https://platform.claude.com/docs/en/api/messages and
         *     https://platform.claude.com/docs/en/api/migration-2026-10-21
         * @example {
         *       "model": "claude-sonnet-4-5",
         *       "max_tokens": 1024,
         *       "messages": [
         *         {
         *           "role": "user",
         *           "content": "Hello, Claude"
         *         }
         *       ]
         *     }
         */
        CreateMessageParams: {
            model: components["schemas"]["MessageModel"];
            /**
             * @description The conversation so far, oldest first (at most 100,000 messages). The response is
             *     the next assistant turn.
             */
            messages: components["schemas"]["MessageParam"][];
            /**
             * @description The most tokens to generate before stopping (`stop_reason: max_tokens`). The maximum
             *     depends on the model. With extended thinking it includes the thinking budget.
             * @example 1024
             */
            max_tokens: number;
            system?: components["schemas"]["SystemPrompt"];
            /**
             * @description Stream the response as server-sent events (`text/event-stream`, payloads
             *     `MessageStreamEvent`) instead of one JSON `Message`. A request that fails before the
             *     stream starts still gets an ordinary JSON error with its HTTP status.
             *     See https://platform.claude.com/docs/en/build-with-claude/streaming
             */
            stream?: boolean;
            /** @description Strings that end generation when produced (`stop_reason: stop_sequence`). */
            stop_sequences?: string[];
            /**
             * @description Randomness, from 0 (near-deterministic) to 1 (default 1). Removed in API version
             *     `2026-10-21`: sending it with that version gives 400.
             */
            temperature?: number;
            /**
             * @description Nucleus sampling cut-off. Advanced use only; prefer `temperature`. Removed in API
             *     version `2026-10-21`: sending it with that version gives 400.
             */
            top_p?: number;
            /**
             * @description Sample only from the K most likely tokens. Advanced use only. Removed in API version
             *     `2026-10-21`: sending it with that version gives 400.
             */
            top_k?: number;
            /** @description The tools the model may use. See https://platform.claude.com/docs/en/agents-and-tools/tool-use/overview */
            tools?: components["schemas"]["ToolUnion"][];
            tool_choice?: components["schemas"]["ToolChoice"];
            /** @description The thinking text. */
            thinking?: components["schemas"]["ThinkingConfig"];
            metadata?: components["schemas"]["Metadata"];
            /**
             * @description Which capacity may serve the request: `auto` (priority capacity when available) or
             *     `standard_only`. See https://platform.claude.com/docs/en/api/service-tiers
             */
            service_tier?: ("auto" | "standard_only") | string;
            output_config?: components["schemas"]["OutputConfig"];
            /**
             * @description The first form of structured outputs (beta `structured-outputs-2025-11-13`); now
             *     `output_config.format`.
             */
            output_format?: components["schemas"]["JsonOutputFormat"] | null;
            /**
             * @description Automatic prompt caching: the API puts a cache breakpoint on the last cacheable block
             *     and moves it forward as the conversation grows.
             *     See https://platform.claude.com/docs/en/build-with-claude/prompt-caching
             */
            cache_control?: components["schemas"]["CacheControl"] | null;
            /**
             * @description A code-execution container to reuse, by id (from an earlier response's
             *     `container.id`), or an object with `id` and the Agent `skills` to load (skills beta).
             *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/code-execution-tool
             */
            container?: string | ({
                /** @description The id of the container to reuse, if any. */
                id?: string | null;
                /** @description Agent Skills to load into the container. */
                skills?: {
                    [key: string]: unknown;
                }[] | null;
            } & {
                [key: string]: unknown;
            }) | null;
            /** @description Server-side context management (clearing old tool results or thinking, compaction). */
            context_management?: components["schemas"]["ContextManagementConfig"] | null;
            /** @description Remote MCP servers to connect to (MCP connector beta). */
            mcp_servers?: components["schemas"]["McpServerDefinition"][];
            /**
             * @description Where inference may run (data residency), for example `global` or `us`.
             *     See https://platform.claude.com/docs/en/build-with-claude/data-residency
             */
            inference_geo?: ("global" | "us") | string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * CountTokensParams
         * @description The body of `POST /v1/messages/count_tokens`: what a Messages request would send to the
         *     model (model, messages, system prompt, tools, tool choice, thinking and the other
         *     prompt-shaping parameters), without the generation controls (`max_tokens`, `stream`,
         *     `stop_sequences`, sampling). Properties not listed here are allowed, as for
         *     `CreateMessageParams`. Under API version `2026-10-21` the same content rules apply:
         *     document blocks in assistant messages and citations on user text blocks are rejected.
         *     See https://platform.claude.com/docs/en/build-with-claude/token-counting
         * @example {
         *       "model": "claude-sonnet-4-5",
         *       "messages": [
         *         {
         *           "role": "user",
         *           "content": "Hello, Claude"
         *         }
         *       ]
         *     }
         */
        CountTokensParams: {
            model: components["schemas"]["MessageModel"];
            /** @description The conversation to count, as in `messages.create`. */
            messages: components["schemas"]["MessageParam"][];
            system?: components["schemas"]["SystemPrompt"];
            /** @description The tools offered, as in `messages.create`. */
            tools?: components["schemas"]["ToolUnion"][];
            tool_choice?: components["schemas"]["ToolChoice"];
            /** @description The thinking text. */
            thinking?: components["schemas"]["ThinkingConfig"];
            output_config?: components["schemas"]["OutputConfig"];
            /** @description Structured outputs, first (beta) form; now `output_config.format`. */
            output_format?: components["schemas"]["JsonOutputFormat"] | null;
            /** @description A prompt-caching breakpoint on this item (see `CacheControl`). */
            cache_control?: components["schemas"]["CacheControl"] | null;
            /** @description Context management edits, as in `messages.create` (counted after edits apply). */
            context_management?: components["schemas"]["ContextManagementConfig"] | null;
            /** @description Remote MCP servers, as in `messages.create`. */
            mcp_servers?: components["schemas"]["McpServerDefinition"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * Message
         * @description The model's response message (also the `message` of a `message_start` stream event, with
         *     empty `content` and null `stop_reason` there). Fields beyond the required ones were added
         *     over time and may be absent in older responses.
         *     See https://platform.claude.com/docs/en/api/messages
         * @example {
         *       "id": "msg_011CZkmmLmWc5zWtb7y6Hqh4",
         *       "type": "message",
         *       "role": "assistant",
         *       "model": "claude-sonnet-4-5-20250929",
         *       "content": [
         *         {
         *           "type": "text",
         *           "text": "Hello! How can I help you today?"
         *         }
         *       ],
         *       "stop_reason": "end_turn",
         *       "stop_sequence": null,
         *       "usage": {
         *         "input_tokens": 10,
         *         "output_tokens": 12
         *       }
         *     }
         */
        Message: {
            /**
             * @description The message id (`msg_...`); the format may change.
             * @example msg_011CZkmmLmWc5zWtb7y6Hqh4
             */
            id: string;
            /** @constant */
            type: "message";
            /**
             * @description Who wrote the turn: `user`, `assistant` (and `system` for newer clients); open.
             * @constant
             */
            role: "assistant";
            /**
             * @description The generated content blocks, in order. May be empty (for example with
             *     `tool_choice: none` and nothing to say, or in `message_start`). When the last input
             *     message was an assistant prefill, this continues it.
             */
            content: components["schemas"]["ContentBlock"][];
            /**
             * @description The model that served the request. Older models echo dated ids
             *     (`claude-sonnet-4-5-20250929`), newer ones undated ids (`claude-sonnet-4-6`); an alias
             *     may also be echoed. Do not assume a date suffix.
             * @example claude-sonnet-4-5-20250929
             */
            model: string;
            /** @description Why generation stopped; null only in `message_start`. */
            stop_reason: components["schemas"]["StopReason"] | null;
            /** @description The stop sequence that was generated, when `stop_reason` is `stop_sequence`. */
            stop_sequence: string | null;
            /** @description Structured detail on the stop (refusals); usually null. */
            stop_details?: components["schemas"]["MessageStopDetails"] | null;
            usage: components["schemas"]["Usage"];
            /** @description The code-execution container used, when a code-execution tool was offered. */
            container?: components["schemas"]["MessageContainer"] | null;
            /** @description What context management applied, when it was requested. */
            context_management?: components["schemas"]["MessageContextManagement"] | null;
        };
        /**
         * MessageStreamEvent
         * @description The `data:` payload of one server-sent event of a streamed message. Each event is sent as
         *     `event: <type>`, one `data: <json>` line and a blank line, and the `event:` name always
         *     equals `data.type`. Order: `message_start`; then for each block `content_block_start`,
         *     `content_block_delta`s, `content_block_stop`; then `message_delta`; then `message_stop`.
         *     `ping` may appear anywhere and `error` may end the stream early. Unknown event types
         *     validate as `UnknownStreamEvent` and must be ignored.
         *     See https://platform.claude.com/docs/en/build-with-claude/streaming
         */
        MessageStreamEvent: components["schemas"]["MessageStartEvent"] | components["schemas"]["ContentBlockStartEvent"] | components["schemas"]["ContentBlockDeltaEvent"] | components["schemas"]["ContentBlockStopEvent"] | components["schemas"]["MessageDeltaEvent"] | components["schemas"]["MessageStopEvent"] | components["schemas"]["PingEvent"] | components["schemas"]["ErrorEvent"] | components["schemas"]["UnknownStreamEvent"];
        /**
         * MessageTokensCount
         * @description The result of counting tokens: how many input tokens the request would use (including
         *     the system prompt, tools and images). The count is an estimate and may differ slightly
         *     from what `messages.create` bills. Other fields may be added.
         *     See https://platform.claude.com/docs/en/build-with-claude/token-counting
         * @example {
         *       "input_tokens": 2095
         *     }
         */
        MessageTokensCount: {
            /** @description The total number of input tokens. */
            input_tokens: number;
            /** @description With context management, the token count before edits were applied. */
            context_management?: ({
                /** @description The count before context edits were applied. */
                original_input_tokens?: number;
            } & {
                [key: string]: unknown;
            }) | null;
        };
        /**
         * ErrorResponse
         * @description The error envelope, on every error response and inside `event: error` stream events and
         *     errored batch results. See https://platform.claude.com/docs/en/api/errors#error-shapes
         * @example {
         *       "type": "error",
         *       "error": {
         *         "type": "not_found_error",
         *         "message": "model: claude-unknown"
         *       },
         *       "request_id": "req_011CdeLVLLuJaht3Nnn97PFc"
         *     }
         */
        ErrorResponse: {
            /** @constant */
            type: "error";
            error: components["schemas"]["ErrorObject"];
            /** @description The request's `request-id` header value (absent in responses from before 2025). */
            request_id?: string | null;
        };
        /**
         * VertexBodyVersion
         * @description The body `anthropic_version` on Vertex. `vertex-2023-10-16` is what the 0.x SDK writes
         *     (the legacy value); the 1.x SDK writes its `anthropic-version` header value (`2026-10-21`
         *     by default). See https://platform.claude.com/docs/en/build-with-claude/claude-on-vertex-ai
         *     and https://platform.claude.com/docs/en/api/versioning
         * @enum {string}
         */
        VertexBodyVersion: "vertex-2023-10-16" | "2026-10-21";
        /**
         * VertexRawPredictBody
         * @description The body of Vertex `:rawPredict` and `:streamRawPredict`: the Messages request
         *     (`CreateMessageParams`) without `model` (it is in the path), plus `anthropic_version`.
         *     `stream` is kept (`"stream": true` on `:streamRawPredict`). Betas stay in the
         *     `anthropic-beta` header.
         *
         *     `x-derive`: the generator copies `CreateMessageParams`' properties and `required` list,
         *     leaving out `omit`.
         *     See https://platform.claude.com/docs/en/build-with-claude/claude-on-vertex-ai
         */
        VertexRawPredictBody: {
            /**
             * @description The conversation so far, oldest first (at most 100,000 messages). The response is
             *     the next assistant turn.
             */
            messages: components["schemas"]["MessageParam"][];
            /**
             * @description The most tokens to generate before stopping (`stop_reason: max_tokens`). The maximum
             *     depends on the model. With extended thinking it includes the thinking budget.
             * @example 1024
             */
            max_tokens: number;
            system?: components["schemas"]["SystemPrompt"];
            /**
             * @description Stream the response as server-sent events (`text/event-stream`, payloads
             *     `MessageStreamEvent`) instead of one JSON `Message`. A request that fails before the
             *     stream starts still gets an ordinary JSON error with its HTTP status.
             *     See https://platform.claude.com/docs/en/build-with-claude/streaming
             */
            stream?: boolean;
            /** @description Strings that end generation when produced (`stop_reason: stop_sequence`). */
            stop_sequences?: string[];
            /**
             * @description Randomness, from 0 (near-deterministic) to 1 (default 1). Removed in API version
             *     `2026-10-21`: sending it with that version gives 400.
             */
            temperature?: number;
            /**
             * @description Nucleus sampling cut-off. Advanced use only; prefer `temperature`. Removed in API
             *     version `2026-10-21`: sending it with that version gives 400.
             */
            top_p?: number;
            /**
             * @description Sample only from the K most likely tokens. Advanced use only. Removed in API version
             *     `2026-10-21`: sending it with that version gives 400.
             */
            top_k?: number;
            /** @description The tools the model may use. See https://platform.claude.com/docs/en/agents-and-tools/tool-use/overview */
            tools?: components["schemas"]["ToolUnion"][];
            tool_choice?: components["schemas"]["ToolChoice"];
            /** @description The thinking text. */
            thinking?: components["schemas"]["ThinkingConfig"];
            metadata?: components["schemas"]["Metadata"];
            /**
             * @description Which capacity may serve the request: `auto` (priority capacity when available) or
             *     `standard_only`. See https://platform.claude.com/docs/en/api/service-tiers
             */
            service_tier?: ("auto" | "standard_only") | string;
            output_config?: components["schemas"]["OutputConfig"];
            /**
             * @description The first form of structured outputs (beta `structured-outputs-2025-11-13`); now
             *     `output_config.format`.
             */
            output_format?: components["schemas"]["JsonOutputFormat"] | null;
            /**
             * @description Automatic prompt caching: the API puts a cache breakpoint on the last cacheable block
             *     and moves it forward as the conversation grows.
             *     See https://platform.claude.com/docs/en/build-with-claude/prompt-caching
             */
            cache_control?: components["schemas"]["CacheControl"] | null;
            /**
             * @description A code-execution container to reuse, by id (from an earlier response's
             *     `container.id`), or an object with `id` and the Agent `skills` to load (skills beta).
             *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/code-execution-tool
             */
            container?: string | ({
                /** @description The id of the container to reuse, if any. */
                id?: string | null;
                /** @description Agent Skills to load into the container. */
                skills?: {
                    [key: string]: unknown;
                }[] | null;
            } & {
                [key: string]: unknown;
            }) | null;
            /** @description Server-side context management (clearing old tool results or thinking, compaction). */
            context_management?: components["schemas"]["ContextManagementConfig"] | null;
            /** @description Remote MCP servers to connect to (MCP connector beta). */
            mcp_servers?: components["schemas"]["McpServerDefinition"][];
            /**
             * @description Where inference may run (data residency), for example `global` or `us`.
             *     See https://platform.claude.com/docs/en/build-with-claude/data-residency
             */
            inference_geo?: ("global" | "us") | string | null;
            anthropic_version: components["schemas"]["VertexBodyVersion"];
        } & {
            [key: string]: unknown;
        };
        /**
         * VertexCountTokensBody
         * @description The body of Vertex `count-tokens:rawPredict`: the first-party count-tokens request
         *     (`CountTokensParams`, `model` kept in the body) plus `anthropic_version`.
         *
         *     `x-derive`: the generator copies `CountTokensParams`' properties and `required` list.
         *     See https://platform.claude.com/docs/en/build-with-claude/claude-on-vertex-ai
         */
        VertexCountTokensBody: {
            model: components["schemas"]["MessageModel"];
            /** @description The conversation to count, as in `messages.create`. */
            messages: components["schemas"]["MessageParam"][];
            system?: components["schemas"]["SystemPrompt"];
            /** @description The tools offered, as in `messages.create`. */
            tools?: components["schemas"]["ToolUnion"][];
            tool_choice?: components["schemas"]["ToolChoice"];
            /** @description The thinking text. */
            thinking?: components["schemas"]["ThinkingConfig"];
            output_config?: components["schemas"]["OutputConfig"];
            /** @description Structured outputs, first (beta) form; now `output_config.format`. */
            output_format?: components["schemas"]["JsonOutputFormat"] | null;
            /** @description A prompt-caching breakpoint on this item (see `CacheControl`). */
            cache_control?: components["schemas"]["CacheControl"] | null;
            /** @description Context management edits, as in `messages.create` (counted after edits apply). */
            context_management?: components["schemas"]["ContextManagementConfig"] | null;
            /** @description Remote MCP servers, as in `messages.create`. */
            mcp_servers?: components["schemas"]["McpServerDefinition"][];
            anthropic_version: components["schemas"]["VertexBodyVersion"];
        } & {
            [key: string]: unknown;
        };
        /**
         * GoogleErrorBody
         * @description A Google API error, from the Google layer in front of the model (quota, auth, routing):
         *     `{"error": {"code": <HTTP status>, "message": …, "status": <canonical code>}}`. Some
         *     answers wrap it in a one-element array (see `VertexError`). Errors from the model itself
         *     use the Anthropic envelope (`ErrorResponse`).
         *     See https://platform.claude.com/docs/en/build-with-claude/claude-on-vertex-ai
         * @example {
         *       "error": {
         *         "code": 429,
         *         "message": "Quota exceeded for aiplatform.googleapis.com/online_prediction_requests_per_base_model.",
         *         "status": "RESOURCE_EXHAUSTED"
         *       }
         *     }
         */
        GoogleErrorBody: {
            error: {
                code: number;
                message: string;
                /** @description The canonical code, e.g. `RESOURCE_EXHAUSTED`, `NOT_FOUND`, `UNAUTHENTICATED`. */
                status: string;
                details?: unknown[];
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * VertexError
         * @description An error answer on Vertex: the Google envelope, the same wrapped in a one-element array,
         *     or the Anthropic envelope from the model.
         *     See https://platform.claude.com/docs/en/build-with-claude/claude-on-vertex-ai
         */
        VertexError: components["schemas"]["GoogleErrorBody"] | components["schemas"]["GoogleErrorBody"][] | components["schemas"]["ErrorResponse"];
        /**
         * AnthropicVersion
         * @description A value of the `anthropic-version` request header.
         *     See https://platform.claude.com/docs/en/api/versioning
         * @enum {string}
         */
        AnthropicVersion: "2023-06-01" | "2026-10-21";
        /**
         * AnthropicBetaName
         * @description One `anthropic-beta` value. The list grows without a new API version, so any string is
         *     valid; the known values are listed for documentation.
         *     See https://platform.claude.com/docs/en/api/beta-headers
         */
        AnthropicBetaName: ("message-batches-2024-09-24" | "prompt-caching-2024-07-31" | "computer-use-2024-10-22" | "computer-use-2025-01-24" | "pdfs-2024-09-25" | "token-counting-2024-11-01" | "token-efficient-tools-2025-02-19" | "output-128k-2025-02-19" | "files-api-2025-04-14" | "mcp-client-2025-04-04" | "mcp-client-2025-11-20" | "dev-full-thinking-2025-05-14" | "interleaved-thinking-2025-05-14" | "code-execution-2025-05-22" | "extended-cache-ttl-2025-04-11" | "context-1m-2025-08-07" | "context-management-2025-06-27" | "model-context-window-exceeded-2025-08-26" | "skills-2025-10-02" | "structured-outputs-2025-11-13" | "compact-2026-01-12" | "fast-mode-2026-02-01") | string;
        /**
         * CharLocationCitation
         * @description A citation of a character range of a plain-text document in the request.
         *     See https://platform.claude.com/docs/en/build-with-claude/citations
         */
        CharLocationCitation: {
            /** @constant */
            type: "char_location";
            /** @description The cited text (not counted as output tokens). */
            cited_text: string;
            /** @description 0-based index of the cited document among the request's document blocks. */
            document_index: number;
            /** @description The cited document's `title`, if it had one. */
            document_title?: string | null;
            /** @description 0-based index of the first cited character. */
            start_char_index: number;
            /** @description Index one past the last cited character (exclusive). */
            end_char_index: number;
            /** @description The Files API id, when the document was given by `file_id`. */
            file_id?: string | null;
        };
        /**
         * PageLocationCitation
         * @description A citation of a page range of a PDF document in the request.
         *     See https://platform.claude.com/docs/en/build-with-claude/citations
         */
        PageLocationCitation: {
            /** @constant */
            type: "page_location";
            /** @description The cited text. */
            cited_text: string;
            /** @description 0-based index of the cited document among the request's document blocks. */
            document_index: number;
            /** @description The cited document's `title`, if it had one. */
            document_title?: string | null;
            /** @description 1-based number of the first cited page. */
            start_page_number: number;
            /** @description Number one past the last cited page (exclusive). */
            end_page_number: number;
            /** @description A Files API id (`file_...`). */
            file_id?: string | null;
        };
        /**
         * ContentBlockLocationCitation
         * @description A citation of a range of blocks of a custom-content document (a document whose source
         *     is `content`). See https://platform.claude.com/docs/en/build-with-claude/citations
         */
        ContentBlockLocationCitation: {
            /** @constant */
            type: "content_block_location";
            /** @description The cited text (not counted as output tokens). */
            cited_text: string;
            /** @description 0-based index of the cited document among the request's document blocks. */
            document_index: number;
            /** @description The cited document's `title`, if it had one. */
            document_title?: string | null;
            /** @description 0-based index of the first cited block. */
            start_block_index: number;
            /** @description Index one past the last cited block (exclusive). */
            end_block_index: number;
            /** @description A Files API id (`file_...`). */
            file_id?: string | null;
        };
        /**
         * WebSearchResultLocationCitation
         * @description A citation of a web search result returned by the web search tool.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/web-search-tool
         */
        WebSearchResultLocationCitation: {
            /** @constant */
            type: "web_search_result_location";
            /** @description Up to 150 characters of the cited page. */
            cited_text: string;
            /** @description The cited page's URL. */
            url: string;
            /** @description The cited page's title. */
            title?: string | null;
            /** @description An opaque reference that must be sent back unchanged in later turns. */
            encrypted_index: string;
        };
        /**
         * SearchResultLocationCitation
         * @description A citation of a `search_result` block given in the request (directly or in a tool
         *     result). See https://platform.claude.com/docs/en/build-with-claude/search-results
         */
        SearchResultLocationCitation: {
            /** @constant */
            type: "search_result_location";
            /** @description The cited text (not counted as output tokens). */
            cited_text: string;
            /** @description 0-based index of the cited search result among those in the request. */
            search_result_index: number;
            /** @description The cited search result's `source`. */
            source?: string;
            /** @description The cited search result's `title`. */
            title?: string | null;
            /** @description 0-based index of the first cited block. */
            start_block_index: number;
            /** @description Index one past the last cited block (exclusive). */
            end_block_index: number;
        };
        /**
         * UnknownTextCitation
         * @description A citation location type this spec does not know yet. Clients should keep it and may
         *     ignore it.
         */
        UnknownTextCitation: {
            type: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * TextCitation
         * @description Where a span of generated text comes from. Told apart by `type`; new location types may
         *     appear, so unknown ones validate as `UnknownTextCitation`. The same shapes are accepted in
         *     requests when an earlier response is sent back (API version `2026-10-21` rejects citations
         *     on user text blocks). See https://platform.claude.com/docs/en/build-with-claude/citations
         */
        TextCitation: components["schemas"]["CharLocationCitation"] | components["schemas"]["PageLocationCitation"] | components["schemas"]["ContentBlockLocationCitation"] | components["schemas"]["WebSearchResultLocationCitation"] | components["schemas"]["SearchResultLocationCitation"] | components["schemas"]["UnknownTextCitation"];
        /**
         * TextBlock
         * @description Text generated by the model. `citations` is present (possibly empty) when citations are
         *     enabled for a document or search result, or a server tool returned citable results.
         *     See https://platform.claude.com/docs/en/api/messages
         * @example {
         *       "type": "text",
         *       "text": "Hello! How can I help you today?"
         *     }
         */
        TextBlock: {
            /** @constant */
            type: "text";
            /** @description The text. In a stream, `content_block_start` gives `""` and `text_delta` events append to it. */
            text: string;
            /** @description The sources supporting this text, in order. */
            citations?: components["schemas"]["TextCitation"][] | null;
        };
        /**
         * ThinkingBlock
         * @description The model's extended-thinking output (full or summarized, depending on the model and
         *     `thinking.display`). Send it back unchanged, with its signature, in later turns of a
         *     tool-use conversation. See https://platform.claude.com/docs/en/build-with-claude/extended-thinking
         */
        ThinkingBlock: {
            /** @constant */
            type: "thinking";
            /** @description The thinking text (may be empty when thinking display is omitted). */
            thinking: string;
            /** @description An opaque signature that lets the API verify the block was not altered. */
            signature: string;
        };
        /**
         * RedactedThinkingBlock
         * @description Thinking that was encrypted by the safety system. It has no readable text; send it back
         *     unchanged in later turns. See https://platform.claude.com/docs/en/build-with-claude/extended-thinking
         */
        RedactedThinkingBlock: {
            /** @constant */
            type: "redacted_thinking";
            /** @description The encrypted thinking, opaque to clients. */
            data: string;
        };
        /**
         * ToolCaller
         * @description Who invoked a tool: `direct` (the model itself) or a code-execution tool version such as
         *     `code_execution_20260120` when the call was made from code the model ran (programmatic
         *     tool calling), with `tool_id` naming that code-execution call.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/programmatic-tool-calling
         * @example {
         *       "type": "direct"
         *     }
         */
        ToolCaller: {
            type: "direct" | string;
            /** @description The `server_tool_use` id of the code-execution call that made this call. */
            tool_id?: string;
        };
        /**
         * ToolUseBlock
         * @description A call of a client tool the request defined; answer it with a `tool_result` block in the
         *     next user message. In a stream the block starts with `input: {}` and the arguments arrive
         *     as `input_json_delta` fragments. See https://platform.claude.com/docs/en/agents-and-tools/tool-use/overview
         */
        ToolUseBlock: {
            /** @constant */
            type: "tool_use";
            /**
             * @description The call's id (`toolu_...`), to be echoed as `tool_use_id`.
             * @example toolu_01A09q90qw90lq917835lq9
             */
            id: string;
            /** @description The tool's name. */
            name: string;
            /** @description The arguments, an object that should satisfy the tool's `input_schema`. */
            input: {
                [key: string]: unknown;
            };
            caller?: components["schemas"]["ToolCaller"];
        };
        /**
         * ServerToolUseBlock
         * @description A call of a server tool (web search, web fetch, code execution, tool search, advisor...)
         *     that the API runs itself; its result follows as a `*_tool_result` block in the same
         *     message. See https://platform.claude.com/docs/en/agents-and-tools/tool-use/overview
         */
        ServerToolUseBlock: {
            /** @constant */
            type: "server_tool_use";
            /** @description The call's id (`srvtoolu_...`). */
            id: string;
            /** @description The server tool's name (for example `web_search`, `bash_code_execution`). */
            name: ("web_search" | "web_fetch" | "code_execution" | "bash_code_execution" | "text_editor_code_execution" | "tool_search_tool_regex" | "tool_search_tool_bm25" | "advisor") | string;
            /** @description The arguments the model chose. */
            input: {
                [key: string]: unknown;
            };
            caller?: components["schemas"]["ToolCaller"];
        };
        /**
         * WebSearchResult
         * @description One web search hit. `encrypted_content` must be sent back unchanged for multi-turn
         *     citations. See https://platform.claude.com/docs/en/agents-and-tools/tool-use/web-search-tool
         */
        WebSearchResult: {
            /** @constant */
            type: "web_search_result";
            /** @description The page URL. */
            url: string;
            /** @description The page title. */
            title: string;
            /** @description The page content, encrypted; send it back unchanged. */
            encrypted_content: string;
            /** @description How old the page is, as the search provider reports it (free text). */
            page_age?: string | null;
        };
        /**
         * ToolResultError
         * @description The error form of a server tool's result: `type` is `<tool>_tool_result_error` (for
         *     example `web_search_tool_result_error`) and `error_code` says why (`max_uses_exceeded`,
         *     `too_many_requests`, `unavailable`, `invalid_tool_input`, `execution_time_exceeded`,
         *     ...; the codes grow). See https://platform.claude.com/docs/en/agents-and-tools/tool-use/web-search-tool
         */
        ToolResultError: {
            type: string;
            /** @description Why the tool failed. Open: new codes may appear. */
            error_code: ("invalid_tool_input" | "unavailable" | "max_uses_exceeded" | "too_many_requests" | "query_too_long" | "execution_time_exceeded" | "url_too_long" | "url_not_allowed" | "url_not_accessible" | "unsupported_content_type" | "output_file_too_large" | "file_not_found") | string;
            /** @description Details, when the tool gives them. */
            error_message?: string | null;
        };
        /**
         * WebSearchToolResultBlock
         * @description The result of a `web_search` server tool call: the list of hits, or an error.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/web-search-tool
         */
        WebSearchToolResultBlock: {
            /** @constant */
            type: "web_search_tool_result";
            /** @description The `server_tool_use` id this answers. */
            tool_use_id: string;
            /** @description The result payload, or an error object whose `type` ends in `_error`. */
            content: components["schemas"]["WebSearchResult"][] | components["schemas"]["ToolResultError"];
            caller?: components["schemas"]["ToolCaller"];
        };
        /**
         * CacheControl
         * @description A prompt-caching breakpoint: the prompt prefix up to and including the block that carries
         *     it is cached. `ttl` is `5m` (the default) or `1h`; other values may be added.
         *     See https://platform.claude.com/docs/en/build-with-claude/prompt-caching
         * @example {
         *       "type": "ephemeral",
         *       "ttl": "5m"
         *     }
         */
        CacheControl: {
            /** @description The only cache type so far. */
            type: "ephemeral" | string;
            /** @description How long the cache entry lives. `1h` costs more to write than `5m`. */
            ttl?: ("5m" | "1h") | string;
        };
        /**
         * TextBlockParam
         * @description Text in a request message or system prompt. `citations` is accepted when sending back an
         *     assistant text block from an earlier response; API version `2026-10-21` rejects
         *     citations on user text blocks (400).
         *     See https://platform.claude.com/docs/en/api/messages
         * @example {
         *       "type": "text",
         *       "text": "What is the capital of France?"
         *     }
         */
        TextBlockParam: {
            /** @constant */
            type: "text";
            /** @description The text; must not be empty. */
            text: string;
            /** @description A prompt-caching breakpoint on this item (see `CacheControl`). */
            cache_control?: components["schemas"]["CacheControl"] | null;
            /** @description Citations of an assistant text block sent back; rejected on user text blocks under `2026-10-21`. */
            citations?: components["schemas"]["TextCitation"][] | null;
        };
        /**
         * ImageSource
         * @description Where an image comes from: inline base64 data, a URL the API fetches, or a Files API
         *     file. Told apart by `type`. See https://platform.claude.com/docs/en/build-with-claude/vision
         */
        ImageSource: {
            /** @constant */
            type: "base64";
            /** @description The image format. */
            media_type: ("image/jpeg" | "image/png" | "image/gif" | "image/webp") | string;
            /** @description The image bytes, base64-encoded. */
            data: string;
        } | {
            /** @constant */
            type: "url";
            /** @description An http(s) URL of the image. */
            url: string;
        } | {
            /** @constant */
            type: "file";
            /** @description A Files API id (needs the Files API beta under `2023-06-01`). */
            file_id: string;
        };
        /**
         * ImageBlockParam
         * @description An image input (JPEG, PNG, GIF or WebP). See https://platform.claude.com/docs/en/build-with-claude/vision
         */
        ImageBlockParam: {
            /** @constant */
            type: "image";
            source: components["schemas"]["ImageSource"];
            /** @description A prompt-caching breakpoint on this item (see `CacheControl`). */
            cache_control?: components["schemas"]["CacheControl"] | null;
        };
        /**
         * DocumentSource
         * @description Where a document comes from, told apart by `type`: a base64 PDF, plain text, custom
         *     content blocks (cited by block), a URL of a PDF, or a Files API file.
         *     See https://platform.claude.com/docs/en/build-with-claude/pdf-support and
         *     https://platform.claude.com/docs/en/build-with-claude/citations
         */
        DocumentSource: {
            /** @constant */
            type: "base64";
            /**
             * @description The MIME type of `data`.
             * @constant
             */
            media_type: "application/pdf";
            /** @description The PDF bytes, base64-encoded. */
            data: string;
        } | {
            /** @constant */
            type: "text";
            /**
             * @description The MIME type of `data`.
             * @constant
             */
            media_type: "text/plain";
            /** @description The document text. */
            data: string;
        } | {
            /** @constant */
            type: "content";
            /** @description The document as text, or as text and image blocks (cited per block). */
            content: string | (components["schemas"]["TextBlockParam"] | components["schemas"]["ImageBlockParam"])[];
        } | {
            /** @constant */
            type: "url";
            /** @description An http(s) URL of a PDF. */
            url: string;
        } | {
            /** @constant */
            type: "file";
            /** @description A Files API id. */
            file_id: string;
        };
        /**
         * DocumentBlockParam
         * @description A document input (PDF, plain text or custom content), optionally citable. Also the shape
         *     of the page inside a `web_fetch_tool_result`. API version `2026-10-21` rejects document
         *     blocks in assistant messages (400).
         *     See https://platform.claude.com/docs/en/build-with-claude/pdf-support
         */
        DocumentBlockParam: {
            /** @constant */
            type: "document";
            source: components["schemas"]["DocumentSource"];
            /** @description A title, passed to the model and echoed in citations. */
            title?: string | null;
            /** @description Context about the document, passed to the model but never cited. */
            context?: string | null;
            /** @description Whether the model may cite this document. */
            citations?: {
                /** @description Whether the feature is on. */
                enabled?: boolean;
            } | null;
            /** @description A prompt-caching breakpoint on this item (see `CacheControl`). */
            cache_control?: components["schemas"]["CacheControl"] | null;
        };
        /**
         * WebFetchToolResultBlock
         * @description The result of a `web_fetch` server tool call: the fetched page as a document block, or
         *     an error. See https://platform.claude.com/docs/en/agents-and-tools/tool-use/web-fetch-tool
         */
        WebFetchToolResultBlock: {
            /** @constant */
            type: "web_fetch_tool_result";
            /** @description The id of the tool call (`server_tool_use` / `mcp_tool_use`) this result answers. */
            tool_use_id: string;
            /** @description The result payload, or an error object whose `type` ends in `_error`. */
            content: {
                /** @constant */
                type: "web_fetch_result";
                /** @description The fetched URL. */
                url: string;
                /** @description When the page was fetched (RFC 3339), if known. */
                retrieved_at?: string | null;
                /** @description The fetched page as a document block (plain text or PDF). */
                content: components["schemas"]["DocumentBlockParam"];
            } | components["schemas"]["ToolResultError"];
            caller?: components["schemas"]["ToolCaller"];
        };
        /**
         * CodeExecutionOutput
         * @description A file the code wrote, stored in the Files API (download it by `file_id`).
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/code-execution-tool
         */
        CodeExecutionOutput: {
            type: ("code_execution_output" | "bash_code_execution_output") | string;
            /** @description A Files API id (`file_...`). */
            file_id: string;
        };
        /**
         * CodeExecutionToolResultBlock
         * @description The result of a legacy `code_execution` (Python) server tool call, or, from
         *     `code_execution_20260120` on, of programmatic code execution: standard output and error,
         *     return code and files written, or an error.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/code-execution-tool
         */
        CodeExecutionToolResultBlock: {
            /** @constant */
            type: "code_execution_tool_result";
            /** @description The id of the tool call (`server_tool_use` / `mcp_tool_use`) this result answers. */
            tool_use_id: string;
            /** @description The result payload, or an error object whose `type` ends in `_error`. */
            content: {
                type: ("code_execution_result" | "encrypted_code_execution_result") | string;
                /** @description What the command wrote to standard output. */
                stdout: string;
                /** @description What the command wrote to standard error. */
                stderr: string;
                /** @description The exit status (0 on success). */
                return_code: number;
                /** @description Why the execution was cut short, if it was. */
                abort_reason?: string | null;
                /** @description Files the code wrote. */
                content?: components["schemas"]["CodeExecutionOutput"][];
            } | components["schemas"]["ToolResultError"];
            caller?: components["schemas"]["ToolCaller"];
        };
        /**
         * BashCodeExecutionToolResultBlock
         * @description The result of a `bash_code_execution` call of the code execution tool (versions from
         *     `code_execution_20250825`): output, return code and files written, or an error.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/code-execution-tool
         */
        BashCodeExecutionToolResultBlock: {
            /** @constant */
            type: "bash_code_execution_tool_result";
            /** @description The id of the tool call (`server_tool_use` / `mcp_tool_use`) this result answers. */
            tool_use_id: string;
            /** @description The result payload, or an error object whose `type` ends in `_error`. */
            content: {
                /** @constant */
                type: "bash_code_execution_result";
                /** @description What the command wrote to standard output. */
                stdout: string;
                /** @description What the command wrote to standard error. */
                stderr: string;
                /** @description The exit status (0 on success). */
                return_code: number;
                /** @description Files the command wrote. */
                content?: components["schemas"]["CodeExecutionOutput"][];
            } | components["schemas"]["ToolResultError"];
            caller?: components["schemas"]["ToolCaller"];
        };
        /**
         * TextEditorCodeExecutionToolResultBlock
         * @description The result of a `text_editor_code_execution` call of the code execution tool (view,
         *     create, str_replace on files in the container), or an error. The result's `type` says
         *     which command ran: `text_editor_code_execution_view_result`, `..._create_result`,
         *     `..._str_replace_result`. See https://platform.claude.com/docs/en/agents-and-tools/tool-use/code-execution-tool
         */
        TextEditorCodeExecutionToolResultBlock: {
            /** @constant */
            type: "text_editor_code_execution_tool_result";
            /** @description The id of the tool call (`server_tool_use` / `mcp_tool_use`) this result answers. */
            tool_use_id: string;
            /** @description The result payload, or an error object whose `type` ends in `_error`. */
            content: components["schemas"]["ToolResultError"] | {
                type: ("text_editor_code_execution_view_result" | "text_editor_code_execution_create_result" | "text_editor_code_execution_str_replace_result") | string;
                /** @description The viewed file's text (view). */
                content?: string;
                /** @description `text`, `image` or `pdf` (view). */
                file_type?: string;
                /** @description Lines returned. */
                num_lines?: number | null;
                /** @description The first line returned (1-based). */
                start_line?: number | null;
                /** @description Lines in the file. */
                total_lines?: number | null;
                /** @description Whether an existing file was overwritten (create). */
                is_file_update?: boolean;
                /** @description The diff lines (str_replace). */
                lines?: string[] | null;
            };
            caller?: components["schemas"]["ToolCaller"];
        };
        /**
         * ToolReferenceBlock
         * @description A reference to a tool by name, as returned by tool search (and accepted inside
         *     `tool_result` content by custom tool-search implementations).
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/tool-search-tool
         */
        ToolReferenceBlock: {
            /** @constant */
            type: "tool_reference";
            /** @description The name of a tool defined in the request. */
            tool_name: string;
            /** @description A prompt-caching breakpoint on this item (see `CacheControl`). */
            cache_control?: components["schemas"]["CacheControl"] | null;
        };
        /**
         * ToolSearchToolResultBlock
         * @description The result of a tool search server tool call: references to the deferred tools
         *     (`defer_loading: true`) that are now loaded, or an error.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/tool-search-tool
         */
        ToolSearchToolResultBlock: {
            /** @constant */
            type: "tool_search_tool_result";
            /** @description The id of the tool call (`server_tool_use` / `mcp_tool_use`) this result answers. */
            tool_use_id: string;
            /** @description The result payload, or an error object whose `type` ends in `_error`. */
            content: {
                /** @constant */
                type: "tool_search_tool_search_result";
                /** @description The tools that were found and loaded. */
                tool_references: components["schemas"]["ToolReferenceBlock"][];
            } | components["schemas"]["ToolResultError"];
            caller?: components["schemas"]["ToolCaller"];
        };
        /**
         * McpToolUseBlock
         * @description A call of a tool on a remote MCP server given in `mcp_servers` (MCP connector); the API
         *     makes the call and the result follows as `mcp_tool_result`.
         *     See https://platform.claude.com/docs/en/agents-and-tools/mcp-connector
         */
        McpToolUseBlock: {
            /** @constant */
            type: "mcp_tool_use";
            /** @description The call's id (`mcptoolu_...`). */
            id: string;
            /** @description The tool's name on the MCP server. */
            name: string;
            /** @description The `name` of the MCP server in `mcp_servers`. */
            server_name: string;
            /** @description The call arguments, as an object. */
            input: {
                [key: string]: unknown;
            };
        };
        /**
         * McpToolResultBlock
         * @description What an MCP server returned for an `mcp_tool_use` call.
         *     See https://platform.claude.com/docs/en/agents-and-tools/mcp-connector
         */
        McpToolResultBlock: {
            /** @constant */
            type: "mcp_tool_result";
            /** @description The id of the tool call (`server_tool_use` / `mcp_tool_use`) this result answers. */
            tool_use_id: string;
            /** @description Whether the MCP server reported an error. */
            is_error?: boolean;
            /** @description What the MCP server returned: text, or text blocks. */
            content: string | components["schemas"]["TextBlock"][];
        };
        /**
         * CompactionBlock
         * @description A summary of the earlier conversation, produced by server-side compaction
         *     (`context_management` edit `compact_20260112`). Send it back in later requests: the API
         *     drops the messages before it. In a stream it starts with `content: null` and the text
         *     arrives as `compaction_delta` events.
         *     See https://platform.claude.com/docs/en/build-with-claude/compaction
         */
        CompactionBlock: {
            /** @constant */
            type: "compaction";
            /** @description The summary text. */
            content?: string | null;
        };
        /**
         * StopReason
         * @description Why the model stopped generating. The set grows over time (`refusal` and
         *     `model_context_window_exceeded` were added after launch), so unknown values are valid.
         *
         *     - `end_turn`: the model reached a natural stopping point.
         *     - `max_tokens`: the output hit the request's `max_tokens` (or the model's limit).
         *     - `stop_sequence`: one of the request's `stop_sequences` was generated; see `stop_sequence`.
         *     - `tool_use`: the model called one or more client tools and waits for their results.
         *     - `pause_turn`: a long server-tool turn was paused; send the response back as-is to continue.
         *     - `refusal`: the model declined to continue for safety reasons; see `stop_details`.
         *     - `model_context_window_exceeded`: generation stopped because the context window filled up.
         *
         *     See https://platform.claude.com/docs/en/build-with-claude/handling-stop-reasons
         * @example end_turn
         */
        StopReason: ("end_turn" | "max_tokens" | "stop_sequence" | "tool_use" | "pause_turn" | "refusal" | "model_context_window_exceeded") | string;
        /**
         * AdvisorToolResultBlock
         * @description The advice returned by the advisor tool: a stronger model's guidance to the model
         *     serving the request. See https://platform.claude.com/docs/en/agents-and-tools/tool-use/advisor-tool
         */
        AdvisorToolResultBlock: {
            /** @constant */
            type: "advisor_tool_result";
            /** @description The id of the tool call (`server_tool_use` / `mcp_tool_use`) this result answers. */
            tool_use_id: string;
            /** @description The result payload, or an error object whose `type` ends in `_error`. */
            content: {
                type: ("advisor_result" | "advisor_redacted_result") | string;
                /** @description The advice. */
                text?: string;
                /** @description Why generation stopped (null until known). */
                stop_reason?: components["schemas"]["StopReason"];
            } | components["schemas"]["ToolResultError"];
        };
        /**
         * ContainerUploadBlock
         * @description A file from the Files API made available in the code-execution container. Sent by the
         *     client in user messages and echoed by the API.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/code-execution-tool
         */
        ContainerUploadBlock: {
            /** @constant */
            type: "container_upload";
            /** @description A Files API id (`file_...`). */
            file_id: string;
            /** @description A prompt-caching breakpoint on this item (see `CacheControl`). */
            cache_control?: components["schemas"]["CacheControl"] | null;
        };
        /**
         * UnknownContentBlock
         * @description A content block type this spec does not know yet. The API adds block types as it adds
         *     features; clients should keep such blocks (and send them back unchanged) rather than
         *     fail.
         */
        UnknownContentBlock: {
            type: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * ContentBlock
         * @description One block of a response message's content, told apart by `type`. New block types appear
         *     with new features; they validate as `UnknownContentBlock`.
         *     See https://platform.claude.com/docs/en/api/messages
         */
        ContentBlock: components["schemas"]["TextBlock"] | components["schemas"]["ThinkingBlock"] | components["schemas"]["RedactedThinkingBlock"] | components["schemas"]["ToolUseBlock"] | components["schemas"]["ServerToolUseBlock"] | components["schemas"]["WebSearchToolResultBlock"] | components["schemas"]["WebFetchToolResultBlock"] | components["schemas"]["CodeExecutionToolResultBlock"] | components["schemas"]["BashCodeExecutionToolResultBlock"] | components["schemas"]["TextEditorCodeExecutionToolResultBlock"] | components["schemas"]["ToolSearchToolResultBlock"] | components["schemas"]["McpToolUseBlock"] | components["schemas"]["McpToolResultBlock"] | components["schemas"]["CompactionBlock"] | components["schemas"]["AdvisorToolResultBlock"] | components["schemas"]["ContainerUploadBlock"] | components["schemas"]["UnknownContentBlock"];
        /**
         * MessageStopDetails
         * @description Structured detail about why generation stopped, when there is more to say than
         *     `stop_reason`. So far this is `{type: "refusal", category, explanation}` for refusals;
         *     other types may follow. Most responses since 2026 carry `stop_details: null`.
         *     See https://platform.claude.com/docs/en/build-with-claude/handling-stop-reasons
         */
        MessageStopDetails: {
            type: "refusal" | string;
            /** @description The policy category that caused a refusal (for example `cyber`, `bio`), or null. */
            category?: string | null;
            /** @description A human-readable explanation of the refusal, or null. */
            explanation?: string | null;
        };
        /**
         * CacheCreationUsage
         * @description Cache-write input tokens split by cache lifetime. Present in responses since about
         *     August 2025. See https://platform.claude.com/docs/en/build-with-claude/prompt-caching
         * @example {
         *       "ephemeral_5m_input_tokens": 0,
         *       "ephemeral_1h_input_tokens": 0
         *     }
         */
        CacheCreationUsage: {
            /** @description Input tokens written to the 5-minute cache. */
            ephemeral_5m_input_tokens?: number;
            /** @description Input tokens written to the 1-hour cache. */
            ephemeral_1h_input_tokens?: number;
        };
        /**
         * ServerToolUsage
         * @description How many times each server tool ran during the request (they are billed per use).
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/web-search-tool
         * @example {
         *       "web_search_requests": 1,
         *       "web_fetch_requests": 0
         *     }
         */
        ServerToolUsage: {
            /** @description Web searches performed. */
            web_search_requests?: number;
            /** @description Web fetches performed. */
            web_fetch_requests?: number;
        };
        /**
         * UsageIteration
         * @description The usage of one sampling pass inside a request that ran several (a compaction pass,
         *     the main message, an advisor call). `type` tells them apart: `message`, `compaction`,
         *     `advisor_message`, and more to come. See
         *     https://platform.claude.com/docs/en/build-with-claude/compaction
         */
        UsageIteration: {
            type: ("message" | "compaction" | "advisor_message") | string;
            /** @description The model that ran this pass, when it differs from the request's (advisor). */
            model?: string;
            /** @description Input tokens not read from or written to the cache. */
            input_tokens?: number;
            /** @description Output tokens generated. */
            output_tokens?: number;
            /** @description Input tokens written to the prompt cache. */
            cache_creation_input_tokens?: number | null;
            /** @description Input tokens read from the prompt cache. */
            cache_read_input_tokens?: number | null;
            /** @description Cache writes split by cache lifetime. */
            cache_creation?: components["schemas"]["CacheCreationUsage"] | null;
        };
        /**
         * Usage
         * @description Billing and rate-limit usage of a message. Only `input_tokens` and `output_tokens` are
         *     always present; the other fields were added over time (cache counters in late 2024,
         *     `cache_creation`, `service_tier` and `inference_geo` in 2025, `iterations` with
         *     compaction) and may be absent or null. Total input is `input_tokens` +
         *     `cache_creation_input_tokens` + `cache_read_input_tokens`.
         *     See https://platform.claude.com/docs/en/api/messages
         * @example {
         *       "input_tokens": 25,
         *       "output_tokens": 12,
         *       "cache_creation_input_tokens": 0,
         *       "cache_read_input_tokens": 0,
         *       "cache_creation": {
         *         "ephemeral_5m_input_tokens": 0,
         *         "ephemeral_1h_input_tokens": 0
         *       },
         *       "service_tier": "standard",
         *       "inference_geo": "not_available"
         *     }
         */
        Usage: {
            /** @description Input tokens that were neither read from nor written to the cache. */
            input_tokens: number;
            /**
             * @description Output tokens generated. In `message_start` this is a small provisional count; the
             *     final value comes in `message_delta`.
             */
            output_tokens: number;
            /** @description Input tokens written to the prompt cache. */
            cache_creation_input_tokens?: number | null;
            /** @description Input tokens read from the prompt cache. */
            cache_read_input_tokens?: number | null;
            /** @description Cache writes split by cache lifetime. */
            cache_creation?: components["schemas"]["CacheCreationUsage"] | null;
            /** @description Server tool invocations, when any server tool was offered. */
            server_tool_use?: components["schemas"]["ServerToolUsage"] | null;
            /**
             * @description The capacity tier that served the request: `standard`, `priority` or `batch`
             *     (inside batch results). See https://platform.claude.com/docs/en/api/service-tiers
             */
            service_tier?: ("standard" | "priority" | "batch") | string | null;
            /**
             * @description Where inference ran, for data-residency controls: seen `global` and `not_available`.
             *     See https://platform.claude.com/docs/en/build-with-claude/data-residency
             */
            inference_geo?: ("global" | "us" | "not_available") | string | null;
            /** @description A breakdown of `output_tokens`. */
            output_tokens_details?: {
                /** @description Output tokens spent on extended thinking. */
                thinking_tokens?: number;
            } | null;
            /**
             * @description Per-pass usage when the request ran several sampling passes (compaction, advisor).
             *     The top-level counters are the totals.
             */
            iterations?: components["schemas"]["UsageIteration"][] | null;
        };
        /**
         * MessageContainer
         * @description The code-execution container the request used. Pass `id` as the `container` request
         *     parameter to reuse it (and its files) until `expires_at`.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/code-execution-tool
         * @example {
         *       "id": "container_011CaNRHVR8X8ny5XjueVygS",
         *       "expires_at": "2026-04-24T11:14:17.825248Z"
         *     }
         */
        MessageContainer: {
            /** @description The container id (`container_...`). */
            id: string;
            /**
             * Format: date-time
             * @description When the container is deleted (RFC 3339).
             */
            expires_at: string;
            /** @description The Agent Skills loaded into the container, when the request asked for any. */
            skills?: {
                [key: string]: unknown;
            }[] | null;
        };
        /**
         * MessageContextManagement
         * @description What context management did to the request, when `context_management` was set:
         *     `applied_edits` lists each edit that ran (cleared tool uses, cleared thinking, ...).
         *     See https://platform.claude.com/docs/en/build-with-claude/context-editing
         * @example {
         *       "applied_edits": []
         *     }
         */
        MessageContextManagement: {
            /** @description The edits that ran, in order. */
            applied_edits?: ({
                type: string;
                /** @description Tool uses cleared. */
                cleared_tool_uses?: number;
                /** @description Thinking turns cleared. */
                cleared_thinking_turns?: number;
                /** @description Input tokens removed. */
                cleared_input_tokens?: number;
            } & {
                [key: string]: unknown;
            })[];
        };
        /**
         * ErrorType
         * @description The kind of error. The API says these values will grow over time, so unknown values are
         *     valid. See https://platform.claude.com/docs/en/api/errors#http-errors
         */
        ErrorType: ("invalid_request_error" | "authentication_error" | "billing_error" | "permission_error" | "not_found_error" | "conflict_error" | "request_too_large" | "rate_limit_error" | "api_error" | "timeout_error" | "overloaded_error") | string;
        /**
         * ErrorObject
         * @description The `error` member of the error envelope.
         */
        ErrorObject: {
            type: components["schemas"]["ErrorType"];
            /** @description A human-readable description. Its wording may change; do not match on it. */
            message: string;
            /**
             * @description Machine-readable details, when the API has them (for example
             *     `error_code: enforced_spend_limit_reached`).
             */
            details?: {
                error_code?: string;
            } | null;
        };
        /**
         * MessageStartEvent
         * @description The first event of a stream: the message with empty `content`, null `stop_reason` and
         *     the usage known so far (real `input_tokens`, provisional `output_tokens`).
         *     See https://platform.claude.com/docs/en/build-with-claude/streaming#event-types
         */
        MessageStartEvent: {
            /** @constant */
            type: "message_start";
            message: components["schemas"]["Message"];
        };
        /**
         * ContentBlockStartEvent
         * @description Opens content block `index` with its initial value (`text: ""`, `input: {}`,
         *     `thinking: ""`, or a complete server-tool result block).
         *     See https://platform.claude.com/docs/en/build-with-claude/streaming#event-types
         */
        ContentBlockStartEvent: {
            /** @constant */
            type: "content_block_start";
            /** @description The block's position in the final `content` array. */
            index: number;
            content_block: components["schemas"]["ContentBlock"];
        };
        /**
         * TextDelta
         * @description Text to append to a `text` block. See https://platform.claude.com/docs/en/build-with-claude/streaming
         */
        TextDelta: {
            /** @constant */
            type: "text_delta";
            /** @description Text to append. */
            text: string;
        };
        /**
         * InputJsonDelta
         * @description A fragment of the JSON arguments of a `tool_use`, `server_tool_use` or `mcp_tool_use`
         *     block. Fragments are not valid JSON on their own (the first is often `""`); concatenate
         *     them and parse at `content_block_stop`.
         *     See https://platform.claude.com/docs/en/build-with-claude/streaming#input-json-delta
         */
        InputJsonDelta: {
            /** @constant */
            type: "input_json_delta";
            /** @description The next fragment of the JSON text. */
            partial_json: string;
        };
        /**
         * ThinkingDelta
         * @description Thinking text to append to a `thinking` block (may be empty). See https://platform.claude.com/docs/en/build-with-claude/streaming#thinking-delta
         */
        ThinkingDelta: {
            /** @constant */
            type: "thinking_delta";
            /** @description The thinking text. */
            thinking: string;
        };
        /**
         * SignatureDelta
         * @description The signature of a `thinking` block, sent once just before its `content_block_stop`.
         *     See https://platform.claude.com/docs/en/build-with-claude/streaming#thinking-delta
         */
        SignatureDelta: {
            /** @constant */
            type: "signature_delta";
            /** @description The opaque signature of the thinking block. */
            signature: string;
        };
        /**
         * CitationsDelta
         * @description One citation to append to the `citations` of a `text` block.
         *     See https://platform.claude.com/docs/en/build-with-claude/citations#streaming-support
         */
        CitationsDelta: {
            /** @constant */
            type: "citations_delta";
            citation: components["schemas"]["TextCitation"];
        };
        /**
         * CompactionDelta
         * @description Summary text for a `compaction` block.
         *     See https://platform.claude.com/docs/en/build-with-claude/compaction
         */
        CompactionDelta: {
            /** @constant */
            type: "compaction_delta";
            /** @description Summary text to append to the compaction block. */
            content?: string | null;
        };
        /**
         * UnknownContentBlockDelta
         * @description A delta type this spec does not know yet; clients should ignore it rather than fail.
         */
        UnknownContentBlockDelta: {
            type: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * ContentBlockDelta
         * @description The change carried by a `content_block_delta` event, told apart by `type`; each type
         *     applies to one block type (`text_delta` and `citations_delta` to text, `input_json_delta`
         *     to tool uses, `thinking_delta` and `signature_delta` to thinking, `compaction_delta` to
         *     compaction). Unknown delta types validate as `UnknownContentBlockDelta`.
         *     See https://platform.claude.com/docs/en/build-with-claude/streaming#content-block-delta-types
         */
        ContentBlockDelta: components["schemas"]["TextDelta"] | components["schemas"]["InputJsonDelta"] | components["schemas"]["ThinkingDelta"] | components["schemas"]["SignatureDelta"] | components["schemas"]["CitationsDelta"] | components["schemas"]["CompactionDelta"] | components["schemas"]["UnknownContentBlockDelta"];
        /**
         * ContentBlockDeltaEvent
         * @description An incremental update of content block `index`.
         *     See https://platform.claude.com/docs/en/build-with-claude/streaming#event-types
         */
        ContentBlockDeltaEvent: {
            /** @constant */
            type: "content_block_delta";
            /** @description The position of the block in the message `content` array. */
            index: number;
            delta: components["schemas"]["ContentBlockDelta"];
        };
        /**
         * ContentBlockStopEvent
         * @description Closes content block `index`. See https://platform.claude.com/docs/en/build-with-claude/streaming#event-types
         */
        ContentBlockStopEvent: {
            /** @constant */
            type: "content_block_stop";
            /** @description The position of the block in the message `content` array. */
            index: number;
        };
        /**
         * MessageDeltaUsage
         * @description The usage carried by a `message_delta` stream event. The counts are cumulative for the
         *     whole message, not increments. `output_tokens` is always present; since about
         *     August 2025 the input and cache counters (and `server_tool_use`, `iterations`,
         *     `output_tokens_details` where relevant) are repeated here too.
         *     See https://platform.claude.com/docs/en/build-with-claude/streaming
         * @example {
         *       "output_tokens": 15,
         *       "input_tokens": 25,
         *       "cache_creation_input_tokens": 0,
         *       "cache_read_input_tokens": 0
         *     }
         */
        MessageDeltaUsage: {
            /** @description Output tokens generated so far (final in the last `message_delta`). */
            output_tokens: number;
            /** @description Input tokens not read from or written to the cache. */
            input_tokens?: number | null;
            /** @description Input tokens written to the prompt cache. */
            cache_creation_input_tokens?: number | null;
            /** @description Input tokens read from the prompt cache. */
            cache_read_input_tokens?: number | null;
            /** @description Server tool invocations so far. */
            server_tool_use?: components["schemas"]["ServerToolUsage"] | null;
            /** @description A breakdown of `output_tokens`. */
            output_tokens_details?: {
                /** @description Output tokens spent on extended thinking. */
                thinking_tokens?: number;
            } | null;
            /** @description Per-pass usage when several sampling passes ran (compaction, advisor). */
            iterations?: components["schemas"]["UsageIteration"][] | null;
        };
        /**
         * MessageDeltaEvent
         * @description Top-level changes to the message near the end of the stream: the stop reason and the
         *     cumulative usage. May also carry `context_management`.
         *     See https://platform.claude.com/docs/en/build-with-claude/streaming#event-types
         */
        MessageDeltaEvent: {
            /** @constant */
            type: "message_delta";
            /** @description The message fields that changed. */
            delta: {
                /** @description Why generation stopped (null until known). */
                stop_reason?: components["schemas"]["StopReason"] | null;
                /** @description The stop sequence that was generated, if any. */
                stop_sequence?: string | null;
                /** @description Structured detail about the stop (refusals); usually null. */
                stop_details?: components["schemas"]["MessageStopDetails"] | null;
                /** @description The code-execution container, when one was used. */
                container?: components["schemas"]["MessageContainer"] | null;
            };
            usage: components["schemas"]["MessageDeltaUsage"];
            /** @description What context management applied, when it was requested. */
            context_management?: components["schemas"]["MessageContextManagement"] | null;
        };
        /**
         * MessageStopEvent
         * @description The last event of a successful stream. See https://platform.claude.com/docs/en/build-with-claude/streaming#event-types
         */
        MessageStopEvent: {
            /** @constant */
            type: "message_stop";
        };
        /**
         * PingEvent
         * @description A keep-alive, sent any number of times anywhere in the stream; clients ignore it.
         *     See https://platform.claude.com/docs/en/build-with-claude/streaming#ping-events
         */
        PingEvent: {
            /** @constant */
            type: "ping";
        };
        /**
         * ErrorEvent
         * @description An error after the stream started (HTTP status already 200), for example an
         *     `overloaded_error` during high load. The payload is the standard error envelope; the
         *     stream ends after it. See https://platform.claude.com/docs/en/build-with-claude/streaming#error-events
         * @example {
         *       "type": "error",
         *       "error": {
         *         "type": "overloaded_error",
         *         "message": "Overloaded"
         *       }
         *     }
         */
        ErrorEvent: components["schemas"]["ErrorResponse"];
        /**
         * UnknownStreamEvent
         * @description An event type this spec does not know yet. The API may add event types without a new
         *     version; clients must ignore unknown events.
         *     See https://platform.claude.com/docs/en/api/versioning
         */
        UnknownStreamEvent: {
            type: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * MessageModel
         * @description The model to use: a model id or alias (for example `claude-sonnet-4-5`,
         *     `claude-sonnet-4-5-20250929`, `claude-opus-4-8`). Models come and go, so any string is
         *     valid; list the available ones with `GET /v1/models`.
         *     See https://platform.claude.com/docs/en/about-claude/models/overview
         * @example claude-sonnet-4-5
         */
        MessageModel: string;
        /**
         * SearchResultBlockParam
         * @description A search result the application retrieved itself (RAG), given at top level or inside a
         *     `tool_result`, which the model can cite like web search results.
         *     See https://platform.claude.com/docs/en/build-with-claude/search-results
         */
        SearchResultBlockParam: {
            /** @constant */
            type: "search_result";
            /** @description Where the result comes from (a URL or any identifier). */
            source: string;
            /** @description The result's title. */
            title: string;
            /** @description The result's text. */
            content: components["schemas"]["TextBlockParam"][];
            /** @description Whether the model may cite this result. */
            citations?: {
                /** @description Whether the feature is on. */
                enabled?: boolean;
            } | null;
            /** @description A prompt-caching breakpoint on this item (see `CacheControl`). */
            cache_control?: components["schemas"]["CacheControl"] | null;
        };
        /**
         * ToolUseBlockParam
         * @description A client tool call from an earlier assistant turn, sent back as part of the conversation.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/overview
         */
        ToolUseBlockParam: {
            /** @constant */
            type: "tool_use";
            /** @description The call's id (`toolu_...`), matched by the `tool_result`'s `tool_use_id`. */
            id: string;
            /** @description The tool's name. */
            name: string;
            /** @description The call arguments, as an object. */
            input: {
                [key: string]: unknown;
            };
            caller?: components["schemas"]["ToolCaller"];
            /** @description A prompt-caching breakpoint on this item (see `CacheControl`). */
            cache_control?: components["schemas"]["CacheControl"] | null;
        };
        /**
         * UnknownContentBlockParam
         * @description A request content block type this spec does not describe (for example `tool_addition`
         *     in `system`-role messages). Proxies must pass such blocks through unchanged.
         */
        UnknownContentBlockParam: {
            type: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * ToolResultBlockParam
         * @description The result of a client tool call, in the user message that follows the assistant's
         *     `tool_use`. Tool results must come first in that message's content.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/implement-tool-use
         */
        ToolResultBlockParam: {
            /** @constant */
            type: "tool_result";
            /** @description The `id` of the `tool_use` block this answers. */
            tool_use_id: string;
            /** @description The result, as text or as blocks (text, image, document, search result, tool reference). */
            content?: string | (components["schemas"]["TextBlockParam"] | components["schemas"]["ImageBlockParam"] | components["schemas"]["DocumentBlockParam"] | components["schemas"]["SearchResultBlockParam"] | components["schemas"]["ToolReferenceBlock"] | components["schemas"]["UnknownContentBlockParam"])[];
            /** @description Whether the tool failed; the model sees the content as an error message. */
            is_error?: boolean;
            /** @description A prompt-caching breakpoint on this item (see `CacheControl`). */
            cache_control?: components["schemas"]["CacheControl"] | null;
        };
        /**
         * ThinkingBlockParam
         * @description A thinking block from an earlier response, sent back unchanged (the signature is
         *     checked). See https://platform.claude.com/docs/en/build-with-claude/extended-thinking
         */
        ThinkingBlockParam: {
            /** @constant */
            type: "thinking";
            /** @description The thinking text. */
            thinking: string;
            /** @description The opaque signature of the thinking block. */
            signature: string;
        };
        /**
         * RedactedThinkingBlockParam
         * @description A redacted thinking block from an earlier response, sent back unchanged.
         *     See https://platform.claude.com/docs/en/build-with-claude/extended-thinking
         */
        RedactedThinkingBlockParam: {
            /** @constant */
            type: "redacted_thinking";
            /** @description The opaque encrypted data, sent back unchanged. */
            data: string;
        };
        /**
         * ServerToolUseBlockParam
         * @description A server tool call from an earlier response, sent back as part of the conversation
         *     (with its result block after it). See https://platform.claude.com/docs/en/agents-and-tools/tool-use/overview
         */
        ServerToolUseBlockParam: {
            /** @constant */
            type: "server_tool_use";
            /** @description The call's id (`srvtoolu_...`). */
            id: string;
            /** @description The server tool's name. */
            name: string;
            /** @description The call arguments, as an object. */
            input: {
                [key: string]: unknown;
            };
            caller?: components["schemas"]["ToolCaller"];
            /** @description A prompt-caching breakpoint on this item (see `CacheControl`). */
            cache_control?: components["schemas"]["CacheControl"] | null;
        };
        /**
         * ContentBlockParam
         * @description One block of a request message's content, told apart by `type`. Besides the input types
         *     (text, image, document, search_result, tool_result, container_upload), every block an
         *     earlier response contained may be sent back as received (tool uses, thinking, server
         *     tool results, MCP blocks, compaction): those reuse the response block schemas. Unknown
         *     types validate as `UnknownContentBlockParam`. Under API version `2026-10-21`, document
         *     blocks in assistant messages and citations on user text blocks are rejected.
         *     See https://platform.claude.com/docs/en/api/messages
         */
        ContentBlockParam: components["schemas"]["TextBlockParam"] | components["schemas"]["ImageBlockParam"] | components["schemas"]["DocumentBlockParam"] | components["schemas"]["SearchResultBlockParam"] | components["schemas"]["ToolUseBlockParam"] | components["schemas"]["ToolResultBlockParam"] | components["schemas"]["ThinkingBlockParam"] | components["schemas"]["RedactedThinkingBlockParam"] | components["schemas"]["ServerToolUseBlockParam"] | components["schemas"]["WebSearchToolResultBlock"] | components["schemas"]["WebFetchToolResultBlock"] | components["schemas"]["CodeExecutionToolResultBlock"] | components["schemas"]["BashCodeExecutionToolResultBlock"] | components["schemas"]["TextEditorCodeExecutionToolResultBlock"] | components["schemas"]["ToolSearchToolResultBlock"] | components["schemas"]["McpToolUseBlock"] | components["schemas"]["McpToolResultBlock"] | components["schemas"]["CompactionBlock"] | components["schemas"]["AdvisorToolResultBlock"] | components["schemas"]["ContainerUploadBlock"] | components["schemas"]["UnknownContentBlockParam"];
        /**
         * MessageContent
         * @description The content of a request message: a string (shorthand for one text block) or a list of
         *     content blocks. See https://platform.claude.com/docs/en/api/messages
         */
        MessageContent: string | components["schemas"]["ContentBlockParam"][];
        /**
         * MessageParam
         * @description One turn of the conversation. Turns normally alternate `user` / `assistant`, starting
         *     with `user`; consecutive turns of the same role are merged. A final `assistant` turn is
         *     a prefill that the response continues. Newer clients also send `system`-role turns
         *     inside `messages` (SDK 1.x); strict proxies must pass them through.
         *     See https://platform.claude.com/docs/en/api/messages
         * @example {
         *       "role": "user",
         *       "content": "Hello, Claude"
         *     }
         */
        MessageParam: {
            /** @description Who wrote the turn: `user`, `assistant` (and `system` for newer clients); open. */
            role: ("user" | "assistant" | "system") | string;
            /** @description The turn's content: a string or a list of content blocks. */
            content: components["schemas"]["MessageContent"];
        };
        /**
         * SystemPrompt
         * @description The system prompt: instructions and context for the model, as a string or as text
         *     blocks (which can carry `cache_control`).
         *     See https://platform.claude.com/docs/en/build-with-claude/prompt-engineering/system-prompts
         * @example You are a helpful assistant.
         */
        SystemPrompt: string | components["schemas"]["TextBlockParam"][];
        /**
         * Tool
         * @description A client tool (a "custom" tool): the model may call it by emitting a `tool_use` block,
         *     and the application runs it and returns a `tool_result`. `type` may be omitted or
         *     `custom`. See https://platform.claude.com/docs/en/agents-and-tools/tool-use/implement-tool-use
         * @example {
         *       "name": "get_weather",
         *       "description": "Get the current weather in a given location",
         *       "input_schema": {
         *         "type": "object",
         *         "properties": {
         *           "location": {
         *             "type": "string"
         *           }
         *         },
         *         "required": [
         *           "location"
         *         ]
         *       }
         *     }
         */
        Tool: {
            /**
             * @description Optional; `custom` when given.
             * @constant
             */
            type?: "custom";
            /** @description The name the model calls the tool by. */
            name: string;
            /** @description What the tool does and when to use it; the more detail the better. */
            description?: string;
            /** @description A JSON Schema (an object schema) for the tool's `input`. */
            input_schema: {
                /** @constant */
                type: "object";
                /** @description The JSON Schema `properties` of the input object. */
                properties?: {
                    [key: string]: unknown;
                } | null;
                /** @description The required input property names. */
                required?: string[] | null;
            } & {
                [key: string]: unknown;
            };
            /** @description Guarantee that tool calls match `input_schema` exactly (structured outputs). */
            strict?: boolean;
            /** @description Example inputs that show the model how to call the tool. */
            input_examples?: {
                [key: string]: unknown;
            }[];
            /** @description A prompt-caching breakpoint on this item (see `CacheControl`). */
            cache_control?: components["schemas"]["CacheControl"] | null;
            /** @description Leave the tool out of the initial prompt until tool search loads it. */
            defer_loading?: boolean;
            /** @description Who may call the tool (`direct`, or a code-execution tool version for programmatic calls). */
            allowed_callers?: string[];
        };
        /**
         * WebSearchTool
         * @description The web search server tool (`web_search_20250305`, `web_search_20260209`, ...): the API
         *     searches the web and returns results the model can cite. Later versions may be called
         *     from code execution.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/web-search-tool
         */
        WebSearchTool: {
            type: string;
            /** @description The tool's fixed name (`web_search`). */
            name: string;
            /** @description The most searches allowed in one request. */
            max_uses?: number | null;
            /** @description Only search these domains (cannot be combined with blocked_domains). */
            allowed_domains?: string[] | null;
            /** @description Never search these domains. */
            blocked_domains?: string[] | null;
            /** @description The approximate user location, to localise results. */
            user_location?: {
                /** @constant */
                type?: "approximate";
                /** @description The city name. */
                city?: string | null;
                /** @description The region or state. */
                region?: string | null;
                /** @description ISO 3166-1 alpha-2 country code. */
                country?: string | null;
                /** @description IANA time zone. */
                timezone?: string | null;
            } | null;
            /** @description A prompt-caching breakpoint on this item (see `CacheControl`). */
            cache_control?: components["schemas"]["CacheControl"] | null;
            /** @description Leave the tool out of the initial prompt until tool search loads it. */
            defer_loading?: boolean;
            /** @description Who may call the tool (`direct`, or a code-execution tool version for programmatic calls). */
            allowed_callers?: string[];
        };
        /**
         * WebFetchTool
         * @description The web fetch server tool (`web_fetch_20250910`, `web_fetch_20260209`, ...): the API
         *     fetches pages and PDFs at URLs that appeared in the conversation.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/web-fetch-tool
         */
        WebFetchTool: {
            type: string;
            /** @description The tool's fixed name (`web_fetch`). */
            name: string;
            /** @description The most times the tool may run in one request. */
            max_uses?: number | null;
            /** @description Only use these domains (not together with `blocked_domains`). */
            allowed_domains?: string[] | null;
            /** @description Never use these domains. */
            blocked_domains?: string[] | null;
            /** @description Whether fetched documents can be cited. */
            citations?: {
                /** @description Whether the feature is on. */
                enabled?: boolean;
            } | null;
            /** @description Truncate fetched content to about this many tokens. */
            max_content_tokens?: number | null;
            /** @description A prompt-caching breakpoint on this item (see `CacheControl`). */
            cache_control?: components["schemas"]["CacheControl"] | null;
            /** @description Leave the tool out of the initial prompt until tool search loads it. */
            defer_loading?: boolean;
            /** @description Who may call the tool (`direct`, or a code-execution tool version for programmatic calls). */
            allowed_callers?: string[];
        };
        /**
         * CodeExecutionTool
         * @description The code execution server tool: the API runs code (Python in `code_execution_20250522`,
         *     bash and file editing from `code_execution_20250825`, programmatic tool calling from
         *     `code_execution_20260120`) in a sandboxed container.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/code-execution-tool
         */
        CodeExecutionTool: {
            type: string;
            /** @description The tool's fixed name (`code_execution`). */
            name: string;
            /** @description A prompt-caching breakpoint on this item (see `CacheControl`). */
            cache_control?: components["schemas"]["CacheControl"] | null;
            /** @description Leave the tool out of the initial prompt until tool search loads it. */
            defer_loading?: boolean;
            /** @description Who may call the tool (`direct`, or a code-execution tool version for programmatic calls). */
            allowed_callers?: string[];
        };
        /**
         * BashTool
         * @description The bash tool (`bash_20250124`, ...): a schema-less client tool; the application runs the
         *     commands the model sends.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/bash-tool
         */
        BashTool: {
            type: string;
            /** @description The tool's fixed name (`bash`). */
            name: string;
            /** @description A prompt-caching breakpoint on this item (see `CacheControl`). */
            cache_control?: components["schemas"]["CacheControl"] | null;
            /** @description Leave the tool out of the initial prompt until tool search loads it. */
            defer_loading?: boolean;
            /** @description Who may call the tool (`direct`, or a code-execution tool version for programmatic calls). */
            allowed_callers?: string[];
        };
        /**
         * TextEditorTool
         * @description The text editor tool (`text_editor_20250728`, ...): a schema-less client tool for viewing
         *     and editing files; the application carries out the commands.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/text-editor-tool
         */
        TextEditorTool: {
            type: string;
            /** @description The tool's fixed name (`str_replace_based_edit_tool` in recent versions). */
            name: string;
            /** @description Truncate viewed files to this many characters. */
            max_characters?: number | null;
            /** @description A prompt-caching breakpoint on this item (see `CacheControl`). */
            cache_control?: components["schemas"]["CacheControl"] | null;
            /** @description Leave the tool out of the initial prompt until tool search loads it. */
            defer_loading?: boolean;
            /** @description Who may call the tool (`direct`, or a code-execution tool version for programmatic calls). */
            allowed_callers?: string[];
        };
        /**
         * ComputerUseTool
         * @description The computer use tool (`computer_20250124`, ...): a client tool for screenshots and mouse
         *     and keyboard actions. Needs a computer-use beta.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/computer-use-tool
         */
        ComputerUseTool: {
            type: string;
            /** @description The tool's fixed name (`computer`). */
            name: string;
            /** @description The display width in pixels. */
            display_width_px?: number;
            /** @description The display height in pixels. */
            display_height_px?: number;
            /** @description The X11 display number, if any. */
            display_number?: number | null;
            /** @description A prompt-caching breakpoint on this item (see `CacheControl`). */
            cache_control?: components["schemas"]["CacheControl"] | null;
            /** @description Leave the tool out of the initial prompt until tool search loads it. */
            defer_loading?: boolean;
            /** @description Who may call the tool (`direct`, or a code-execution tool version for programmatic calls). */
            allowed_callers?: string[];
        };
        /**
         * MemoryTool
         * @description The memory tool (`memory_20250818`): a client tool through which the model reads and
         *     writes files in a memory directory the application stores.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/memory-tool
         */
        MemoryTool: {
            type: string;
            /** @description The tool's fixed name (`memory`). */
            name: string;
            /** @description A prompt-caching breakpoint on this item (see `CacheControl`). */
            cache_control?: components["schemas"]["CacheControl"] | null;
            /** @description Leave the tool out of the initial prompt until tool search loads it. */
            defer_loading?: boolean;
            /** @description Who may call the tool (`direct`, or a code-execution tool version for programmatic calls). */
            allowed_callers?: string[];
        };
        /**
         * ToolSearchTool
         * @description The tool search server tool (`tool_search_tool_regex_20251119`,
         *     `tool_search_tool_bm25_20251119`): lets the model find and load tools marked
         *     `defer_loading`.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/tool-search-tool
         */
        ToolSearchTool: {
            type: string;
            /** @description The tool's fixed name. */
            name: string;
            /** @description A prompt-caching breakpoint on this item (see `CacheControl`). */
            cache_control?: components["schemas"]["CacheControl"] | null;
            /** @description Leave the tool out of the initial prompt until tool search loads it. */
            defer_loading?: boolean;
            /** @description Who may call the tool (`direct`, or a code-execution tool version for programmatic calls). */
            allowed_callers?: string[];
        };
        /**
         * AdvisorTool
         * @description The advisor server tool (`advisor_20260301`): the model consults a stronger `model` for
         *     guidance mid-generation.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/advisor-tool
         */
        AdvisorTool: {
            type: string;
            /** @description The tool's fixed name (`advisor`). */
            name: string;
            /** @description The advisor model. */
            model?: string;
            /** @description The most tokens (thinking and text) the advisor may produce per call. */
            max_tokens?: number | null;
            /** @description The most times the tool may run in one request. */
            max_uses?: number | null;
            /** @description A prompt-caching breakpoint on this item (see `CacheControl`). */
            cache_control?: components["schemas"]["CacheControl"] | null;
            /** @description Leave the tool out of the initial prompt until tool search loads it. */
            defer_loading?: boolean;
            /** @description Who may call the tool (`direct`, or a code-execution tool version for programmatic calls). */
            allowed_callers?: string[];
        };
        /**
         * McpToolset
         * @description Which tools of an MCP server (given in `mcp_servers`) the model may use, and how they are
         *     configured (MCP connector, `mcp-client-2025-11-20` beta).
         *     See https://platform.claude.com/docs/en/agents-and-tools/mcp-connector
         */
        McpToolset: {
            /** @constant */
            type: "mcp_toolset";
            /** @description The `name` of a server in `mcp_servers`. */
            mcp_server_name: string;
            /** @description Settings for every tool of the server (`enabled`, `defer_loading`). */
            default_config?: {
                [key: string]: unknown;
            };
            /** @description Per-tool settings, keyed by tool name. */
            configs?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            /** @description A prompt-caching breakpoint on this item (see `CacheControl`). */
            cache_control?: components["schemas"]["CacheControl"] | null;
        };
        /**
         * UnknownTool
         * @description A tool type this spec does not know yet. Server tools are versioned by date
         *     (`web_search_20260318`); a new version of a known family validates as that family, a
         *     new family validates here.
         */
        UnknownTool: {
            type: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * ToolUnion
         * @description One entry of `tools`: a client tool with an `input_schema` (no `type`, or `type:
         *     custom`), or an Anthropic-defined tool chosen by its versioned `type`. Server tools
         *     (web search, web fetch, code execution, tool search, advisor) run inside the API;
         *     client tools (custom, bash, text editor, computer, memory) are run by the application.
         *     Unknown tool types validate as `UnknownTool`.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/overview
         */
        ToolUnion: components["schemas"]["Tool"] | components["schemas"]["WebSearchTool"] | components["schemas"]["WebFetchTool"] | components["schemas"]["CodeExecutionTool"] | components["schemas"]["BashTool"] | components["schemas"]["TextEditorTool"] | components["schemas"]["ComputerUseTool"] | components["schemas"]["MemoryTool"] | components["schemas"]["ToolSearchTool"] | components["schemas"]["AdvisorTool"] | components["schemas"]["McpToolset"] | components["schemas"]["UnknownTool"];
        /**
         * ToolChoice
         * @description How the model may use the tools: `auto` (it decides; the default when tools are given),
         *     `any` (it must use one), `tool` (it must use the named one), `none` (it must not use
         *     any). `disable_parallel_tool_use: true` limits it to at most one tool call (exactly one
         *     with `any`/`tool`). Unknown choice types validate.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/implement-tool-use#forcing-tool-use
         * @example {
         *       "type": "auto"
         *     }
         */
        ToolChoice: {
            /** @constant */
            type: "auto";
            /** @description Allow at most one tool call in the response. */
            disable_parallel_tool_use?: boolean;
        } | {
            /** @constant */
            type: "any";
            /** @description Allow at most one tool call in the response. */
            disable_parallel_tool_use?: boolean;
        } | {
            /** @constant */
            type: "tool";
            /** @description The tool the model must use. */
            name: string;
            /** @description Allow at most one tool call in the response. */
            disable_parallel_tool_use?: boolean;
        } | {
            /** @constant */
            type: "none";
        } | ({
            type: string;
        } & {
            [key: string]: unknown;
        });
        /**
         * ThinkingConfig
         * @description Extended thinking. `enabled` gives the model a thinking budget (`budget_tokens`, at least
         *     1024 and below `max_tokens`); `adaptive` lets newer models decide how much to think
         *     (steered by `output_config.effort`); `disabled` turns it off. `display` chooses
         *     `summarized` or `omitted` thinking text where the model supports it. Unknown types
         *     validate. See https://platform.claude.com/docs/en/build-with-claude/extended-thinking
         * @example {
         *       "type": "enabled",
         *       "budget_tokens": 2048
         *     }
         */
        ThinkingConfig: {
            /** @constant */
            type: "enabled";
            /** @description The most tokens the model may spend thinking; must be less than `max_tokens`. */
            budget_tokens: number;
            /** @description How thinking text is returned (`summarized` or `omitted`), where supported. */
            display?: ("summarized" | "omitted") | string | null;
        } | {
            /** @constant */
            type: "disabled";
        } | {
            /** @constant */
            type: "adaptive";
            /** @description How thinking text is returned (`summarized` or `omitted`), where supported. */
            display?: ("summarized" | "omitted") | string | null;
        } | ({
            type: string;
        } & {
            [key: string]: unknown;
        });
        /**
         * Metadata
         * @description Information about the request for Anthropic's use.
         *     See https://platform.claude.com/docs/en/api/messages
         * @example {
         *       "user_id": "13803d75-b4b5-4c3e-b2a2-6f21399b021b"
         *     }
         */
        Metadata: {
            /**
             * @description An opaque identifier (a UUID or hash, never a name, email or phone number) of the end
             *     user the request is made for; used to detect abuse.
             */
            user_id?: string | null;
        };
        /**
         * JsonOutputFormat
         * @description Structured outputs: constrain the response text to JSON valid against `schema`.
         *     See https://platform.claude.com/docs/en/build-with-claude/structured-outputs
         * @example {
         *       "type": "json_schema",
         *       "schema": {
         *         "type": "object",
         *         "properties": {
         *           "answer": {
         *             "type": "string"
         *           }
         *         },
         *         "required": [
         *           "answer"
         *         ],
         *         "additionalProperties": false
         *       }
         *     }
         */
        JsonOutputFormat: {
            type: "json_schema" | string;
            /** @description A JSON Schema the output must satisfy. */
            schema: {
                [key: string]: unknown;
            };
        };
        /**
         * OutputConfig
         * @description Controls of the output: `effort` (how much the model thinks and writes; `low`, `medium`,
         *     `high` (default), `xhigh`, `max`, supported values depending on the model) and `format`
         *     (structured outputs). More keys may be added (for example `task_budget`).
         *     See https://platform.claude.com/docs/en/build-with-claude/effort
         * @example {
         *       "effort": "medium"
         *     }
         */
        OutputConfig: {
            /** @description How much effort the model spends (thinking, length, tool calls); `high` is the default. */
            effort?: ("low" | "medium" | "high" | "xhigh" | "max") | string | null;
            /** @description Structured outputs: constrain the text output to a JSON Schema. */
            format?: components["schemas"]["JsonOutputFormat"] | null;
            /** @description An advisory token budget for an agentic turn (`{type: tokens, total}`). */
            task_budget?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * ContextManagementConfig
         * @description Server-side context management: a list of edit strategies applied before the prompt
         *     reaches the model, for example clearing old tool results (`clear_tool_uses_20250919`),
         *     old thinking (`clear_thinking_20251015`) or compacting the conversation
         *     (`compact_20260112`). Each edit has a `type` and strategy-specific settings such as a
         *     `trigger`. See https://platform.claude.com/docs/en/build-with-claude/context-editing
         * @example {
         *       "edits": [
         *         {
         *           "type": "compact_20260112",
         *           "trigger": {
         *             "type": "input_tokens",
         *             "value": 50000
         *           }
         *         }
         *       ]
         *     }
         */
        ContextManagementConfig: {
            /** @description The edits to apply, in order. */
            edits?: ({
                type: ("clear_tool_uses_20250919" | "clear_thinking_20251015" | "compact_20260112") | string;
                /** @description When the edit runs, for example `{type: input_tokens, value: 50000}`. */
                trigger?: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            })[];
        };
        /**
         * McpServerDefinition
         * @description A remote MCP server the API connects to on the request's behalf (MCP connector beta).
         *     See https://platform.claude.com/docs/en/agents-and-tools/mcp-connector
         */
        McpServerDefinition: {
            type: "url" | string;
            /** @description The server's URL (Streamable HTTP or SSE transport). */
            url: string;
            /** @description A unique name, used by `mcp_toolset` tools and echoed as `server_name`. */
            name: string;
            /** @description An OAuth access token for the server. */
            authorization_token?: string | null;
            /** @description Which tools are enabled (`mcp-client-2025-04-04`; later versions use `mcp_toolset`). */
            tool_configuration?: {
                /** @description Whether the feature is on. */
                enabled?: boolean | null;
                allowed_tools?: string[] | null;
            } | null;
        };
    };
    responses: {
        /**
         * @description A Vertex error: the Google envelope (`{"error":{code,message,status}}`, sometimes in an
         *     array) from the Google layer, or the Anthropic envelope from the model. No request-id
         *     header was seen on Vertex. The official SDKs map by status only.
         *     See https://platform.claude.com/docs/en/build-with-claude/claude-on-vertex-ai
         */
        VertexErrorResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VertexError"];
            };
        };
    };
    parameters: {
        /**
         * @description The Google Cloud project id (option `projectId` or `ANTHROPIC_VERTEX_PROJECT_ID`).
         *     See https://platform.claude.com/docs/en/build-with-claude/claude-on-vertex-ai
         * @example my-project
         */
        VertexProject: string;
        /**
         * @description The region (`us-east5`, `europe-west1`, `global`, `us`, `eu`; option `region` or
         *     `CLOUD_ML_REGION`). It is also the host prefix.
         *     See https://platform.claude.com/docs/en/build-with-claude/claude-on-vertex-ai
         * @example us-east5
         */
        VertexRegion: string;
        /**
         * @description The Vertex model id: older ones carry `@yyyymmdd` (`claude-sonnet-4-5@20250929`), newer
         *     ones none (`claude-opus-4-8`). The SDK percent-encodes it, keeping `@` raw.
         *     See https://platform.claude.com/docs/en/build-with-claude/claude-on-vertex-ai
         * @example claude-opus-4-8
         */
        VertexModel: string;
        /**
         * @description On Bedrock InvokeModel and Vertex the version travels in the body (`anthropic_version`).
         *     The 0.x SDKs still send this header (`2023-06-01`, signed on Bedrock); the 1.x SDKs delete
         *     it and copy its value into the body. Both forms are accepted.
         *     See https://platform.claude.com/docs/en/api/versioning
         * @example 2023-06-01
         */
        AnthropicVersionOptional: components["schemas"]["AnthropicVersion"];
        /**
         * @description Beta features to enable, comma-separated (or repeated). Unknown values are accepted by
         *     proxies and forwarded unchanged. Usually paired with the `?beta=true` query the official
         *     SDKs add to beta calls.
         *     See https://platform.claude.com/docs/en/api/beta-headers
         * @example [
         *       "files-api-2025-04-14"
         *     ]
         */
        AnthropicBeta: components["schemas"]["AnthropicBetaName"][];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "vertex.messages.create": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description On Bedrock InvokeModel and Vertex the version travels in the body (`anthropic_version`).
                 *     The 0.x SDKs still send this header (`2023-06-01`, signed on Bedrock); the 1.x SDKs delete
                 *     it and copy its value into the body. Both forms are accepted.
                 *     See https://platform.claude.com/docs/en/api/versioning
                 * @example 2023-06-01
                 */
                "anthropic-version"?: components["parameters"]["AnthropicVersionOptional"];
                /**
                 * @description Beta features to enable, comma-separated (or repeated). Unknown values are accepted by
                 *     proxies and forwarded unchanged. Usually paired with the `?beta=true` query the official
                 *     SDKs add to beta calls.
                 *     See https://platform.claude.com/docs/en/api/beta-headers
                 * @example [
                 *       "files-api-2025-04-14"
                 *     ]
                 */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
            };
            path: {
                /**
                 * @description The Google Cloud project id (option `projectId` or `ANTHROPIC_VERTEX_PROJECT_ID`).
                 *     See https://platform.claude.com/docs/en/build-with-claude/claude-on-vertex-ai
                 * @example my-project
                 */
                project: components["parameters"]["VertexProject"];
                /**
                 * @description The region (`us-east5`, `europe-west1`, `global`, `us`, `eu`; option `region` or
                 *     `CLOUD_ML_REGION`). It is also the host prefix.
                 *     See https://platform.claude.com/docs/en/build-with-claude/claude-on-vertex-ai
                 * @example us-east5
                 */
                region: components["parameters"]["VertexRegion"];
                /**
                 * @description The Vertex model id: older ones carry `@yyyymmdd` (`claude-sonnet-4-5@20250929`), newer
                 *     ones none (`claude-opus-4-8`). The SDK percent-encodes it, keeping `@` raw.
                 *     See https://platform.claude.com/docs/en/build-with-claude/claude-on-vertex-ai
                 * @example claude-opus-4-8
                 */
                model: components["parameters"]["VertexModel"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "anthropic_version": "vertex-2023-10-16",
                 *       "max_tokens": 1024,
                 *       "messages": [
                 *         {
                 *           "role": "user",
                 *           "content": "Hello, Claude"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["VertexRawPredictBody"];
            };
        };
        responses: {
            /** @description The generated message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["VertexErrorResponse"];
            401: components["responses"]["VertexErrorResponse"];
            403: components["responses"]["VertexErrorResponse"];
            404: components["responses"]["VertexErrorResponse"];
            413: components["responses"]["VertexErrorResponse"];
            429: components["responses"]["VertexErrorResponse"];
            500: components["responses"]["VertexErrorResponse"];
            503: components["responses"]["VertexErrorResponse"];
            529: components["responses"]["VertexErrorResponse"];
        };
    };
    "vertex.messages.stream": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description On Bedrock InvokeModel and Vertex the version travels in the body (`anthropic_version`).
                 *     The 0.x SDKs still send this header (`2023-06-01`, signed on Bedrock); the 1.x SDKs delete
                 *     it and copy its value into the body. Both forms are accepted.
                 *     See https://platform.claude.com/docs/en/api/versioning
                 * @example 2023-06-01
                 */
                "anthropic-version"?: components["parameters"]["AnthropicVersionOptional"];
                /**
                 * @description Beta features to enable, comma-separated (or repeated). Unknown values are accepted by
                 *     proxies and forwarded unchanged. Usually paired with the `?beta=true` query the official
                 *     SDKs add to beta calls.
                 *     See https://platform.claude.com/docs/en/api/beta-headers
                 * @example [
                 *       "files-api-2025-04-14"
                 *     ]
                 */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
            };
            path: {
                /**
                 * @description The Google Cloud project id (option `projectId` or `ANTHROPIC_VERTEX_PROJECT_ID`).
                 *     See https://platform.claude.com/docs/en/build-with-claude/claude-on-vertex-ai
                 * @example my-project
                 */
                project: components["parameters"]["VertexProject"];
                /**
                 * @description The region (`us-east5`, `europe-west1`, `global`, `us`, `eu`; option `region` or
                 *     `CLOUD_ML_REGION`). It is also the host prefix.
                 *     See https://platform.claude.com/docs/en/build-with-claude/claude-on-vertex-ai
                 * @example us-east5
                 */
                region: components["parameters"]["VertexRegion"];
                /**
                 * @description The Vertex model id: older ones carry `@yyyymmdd` (`claude-sonnet-4-5@20250929`), newer
                 *     ones none (`claude-opus-4-8`). The SDK percent-encodes it, keeping `@` raw.
                 *     See https://platform.claude.com/docs/en/build-with-claude/claude-on-vertex-ai
                 * @example claude-opus-4-8
                 */
                model: components["parameters"]["VertexModel"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VertexRawPredictBody"];
            };
        };
        responses: {
            /** @description A `text/event-stream`; the schema describes one event's `data` payload. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["MessageStreamEvent"];
                };
            };
            400: components["responses"]["VertexErrorResponse"];
            401: components["responses"]["VertexErrorResponse"];
            403: components["responses"]["VertexErrorResponse"];
            404: components["responses"]["VertexErrorResponse"];
            413: components["responses"]["VertexErrorResponse"];
            429: components["responses"]["VertexErrorResponse"];
            500: components["responses"]["VertexErrorResponse"];
            503: components["responses"]["VertexErrorResponse"];
            529: components["responses"]["VertexErrorResponse"];
        };
    };
    "vertex.messages.countTokens": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description On Bedrock InvokeModel and Vertex the version travels in the body (`anthropic_version`).
                 *     The 0.x SDKs still send this header (`2023-06-01`, signed on Bedrock); the 1.x SDKs delete
                 *     it and copy its value into the body. Both forms are accepted.
                 *     See https://platform.claude.com/docs/en/api/versioning
                 * @example 2023-06-01
                 */
                "anthropic-version"?: components["parameters"]["AnthropicVersionOptional"];
                /**
                 * @description Beta features to enable, comma-separated (or repeated). Unknown values are accepted by
                 *     proxies and forwarded unchanged. Usually paired with the `?beta=true` query the official
                 *     SDKs add to beta calls.
                 *     See https://platform.claude.com/docs/en/api/beta-headers
                 * @example [
                 *       "files-api-2025-04-14"
                 *     ]
                 */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
            };
            path: {
                /**
                 * @description The Google Cloud project id (option `projectId` or `ANTHROPIC_VERTEX_PROJECT_ID`).
                 *     See https://platform.claude.com/docs/en/build-with-claude/claude-on-vertex-ai
                 * @example my-project
                 */
                project: components["parameters"]["VertexProject"];
                /**
                 * @description The region (`us-east5`, `europe-west1`, `global`, `us`, `eu`; option `region` or
                 *     `CLOUD_ML_REGION`). It is also the host prefix.
                 *     See https://platform.claude.com/docs/en/build-with-claude/claude-on-vertex-ai
                 * @example us-east5
                 */
                region: components["parameters"]["VertexRegion"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VertexCountTokensBody"];
            };
        };
        responses: {
            /** @description The input token count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageTokensCount"];
                };
            };
            400: components["responses"]["VertexErrorResponse"];
            401: components["responses"]["VertexErrorResponse"];
            403: components["responses"]["VertexErrorResponse"];
            404: components["responses"]["VertexErrorResponse"];
            413: components["responses"]["VertexErrorResponse"];
            429: components["responses"]["VertexErrorResponse"];
            500: components["responses"]["VertexErrorResponse"];
            503: components["responses"]["VertexErrorResponse"];
            529: components["responses"]["VertexErrorResponse"];
        };
    };
}
