// Written by scripts/generate.ts from spec/platforms/vertex.yaml with openapi-typescript: do not edit.
import type { components as FirstParty } from "../schema.js";
type OmitKnown<T, K extends PropertyKey> = { [P in keyof T as P extends K ? never : P]: T[P] };
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
         *     API rejects a top-level property it does not know with 400 `invalid_request_error`
         *     ("<name>: Extra inputs are not permitted"), so every parameter a current client can send
         *     is listed (`pnpm spec:drift` keeps the list current against the official SDK); objects
         *     inside it stay open where the API adds fields with new features.
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
        CreateMessageParams: FirstParty["schemas"]["CreateMessageParams"];
        /**
         * CountTokensParams
         * @description The body of `POST /v1/messages/count_tokens`: what a Messages request would send to the
         *     model (model, messages, system prompt, tools, tool choice, thinking and the other
         *     prompt-shaping parameters), without the generation controls (`max_tokens`, `stream`,
         *     `stop_sequences`, sampling). A top-level property not listed here is a 400
         *     ("<name>: Extra inputs are not permitted"), as for `CreateMessageParams`. Under API version `2026-10-21` the same content rules apply:
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
        CountTokensParams: FirstParty["schemas"]["CountTokensParams"];
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
        Message: FirstParty["schemas"]["Message"];
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
        MessageStreamEvent: FirstParty["schemas"]["MessageStreamEvent"];
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
        MessageTokensCount: FirstParty["schemas"]["MessageTokensCount"];
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
        ErrorResponse: FirstParty["schemas"]["ErrorResponse"];
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
        VertexRawPredictBody: OmitKnown<FirstParty["schemas"]["CreateMessageParams"], "model"> & ({
            anthropic_version: components["schemas"]["VertexBodyVersion"];
        } & {
            [key: string]: unknown;
        });
        /**
         * VertexCountTokensBody
         * @description The body of Vertex `count-tokens:rawPredict`: the first-party count-tokens request
         *     (`CountTokensParams`, `model` kept in the body) plus `anthropic_version`.
         *
         *     `x-derive`: the generator copies `CountTokensParams`' properties and `required` list.
         *     See https://platform.claude.com/docs/en/build-with-claude/claude-on-vertex-ai
         */
        VertexCountTokensBody: OmitKnown<FirstParty["schemas"]["CountTokensParams"], never> & ({
            anthropic_version: components["schemas"]["VertexBodyVersion"];
        } & {
            [key: string]: unknown;
        });
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
        AnthropicVersion: FirstParty["schemas"]["AnthropicVersion"];
        /**
         * AnthropicBetaName
         * @description One `anthropic-beta` value. The list grows without a new API version, so any string is
         *     valid; the known values are listed for documentation.
         *     See https://platform.claude.com/docs/en/api/beta-headers
         */
        AnthropicBetaName: FirstParty["schemas"]["AnthropicBetaName"];
        /**
         * CharLocationCitation
         * @description A citation of a character range of a plain-text document in the request.
         *     See https://platform.claude.com/docs/en/build-with-claude/citations
         */
        CharLocationCitation: FirstParty["schemas"]["CharLocationCitation"];
        /**
         * PageLocationCitation
         * @description A citation of a page range of a PDF document in the request.
         *     See https://platform.claude.com/docs/en/build-with-claude/citations
         */
        PageLocationCitation: FirstParty["schemas"]["PageLocationCitation"];
        /**
         * ContentBlockLocationCitation
         * @description A citation of a range of blocks of a custom-content document (a document whose source
         *     is `content`). See https://platform.claude.com/docs/en/build-with-claude/citations
         */
        ContentBlockLocationCitation: FirstParty["schemas"]["ContentBlockLocationCitation"];
        /**
         * WebSearchResultLocationCitation
         * @description A citation of a web search result returned by the web search tool.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/web-search-tool
         */
        WebSearchResultLocationCitation: FirstParty["schemas"]["WebSearchResultLocationCitation"];
        /**
         * SearchResultLocationCitation
         * @description A citation of a `search_result` block given in the request (directly or in a tool
         *     result). See https://platform.claude.com/docs/en/build-with-claude/search-results
         */
        SearchResultLocationCitation: FirstParty["schemas"]["SearchResultLocationCitation"];
        /**
         * UnknownTextCitation
         * @description A citation location type this spec does not know yet. Clients should keep it and may
         *     ignore it.
         */
        UnknownTextCitation: FirstParty["schemas"]["UnknownTextCitation"];
        /**
         * TextCitation
         * @description Where a span of generated text comes from. Told apart by `type`; new location types may
         *     appear, so unknown ones validate as `UnknownTextCitation`. The same shapes are accepted in
         *     requests when an earlier response is sent back (API version `2026-10-21` rejects citations
         *     on user text blocks). See https://platform.claude.com/docs/en/build-with-claude/citations
         */
        TextCitation: FirstParty["schemas"]["TextCitation"];
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
        TextBlock: FirstParty["schemas"]["TextBlock"];
        /**
         * ThinkingBlock
         * @description The model's extended-thinking output (full or summarized, depending on the model and
         *     `thinking.display`). Send it back unchanged, with its signature, in later turns of a
         *     tool-use conversation. See https://platform.claude.com/docs/en/build-with-claude/extended-thinking
         */
        ThinkingBlock: FirstParty["schemas"]["ThinkingBlock"];
        /**
         * RedactedThinkingBlock
         * @description Thinking that was encrypted by the safety system. It has no readable text; send it back
         *     unchanged in later turns. See https://platform.claude.com/docs/en/build-with-claude/extended-thinking
         */
        RedactedThinkingBlock: FirstParty["schemas"]["RedactedThinkingBlock"];
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
        ToolCaller: FirstParty["schemas"]["ToolCaller"];
        /**
         * ToolUseBlock
         * @description A call of a client tool the request defined; answer it with a `tool_result` block in the
         *     next user message. In a stream the block starts with `input: {}` and the arguments arrive
         *     as `input_json_delta` fragments. See https://platform.claude.com/docs/en/agents-and-tools/tool-use/overview
         */
        ToolUseBlock: FirstParty["schemas"]["ToolUseBlock"];
        /**
         * ServerToolUseBlock
         * @description A call of a server tool (web search, web fetch, code execution, tool search, advisor...)
         *     that the API runs itself; its result follows as a `*_tool_result` block in the same
         *     message. See https://platform.claude.com/docs/en/agents-and-tools/tool-use/overview
         */
        ServerToolUseBlock: FirstParty["schemas"]["ServerToolUseBlock"];
        /**
         * WebSearchResult
         * @description One web search hit. `encrypted_content` must be sent back unchanged for multi-turn
         *     citations. See https://platform.claude.com/docs/en/agents-and-tools/tool-use/web-search-tool
         */
        WebSearchResult: FirstParty["schemas"]["WebSearchResult"];
        /**
         * ToolResultError
         * @description The error form of a server tool's result: `type` is `<tool>_tool_result_error` (for
         *     example `web_search_tool_result_error`) and `error_code` says why (`max_uses_exceeded`,
         *     `too_many_requests`, `unavailable`, `invalid_tool_input`, `execution_time_exceeded`,
         *     ...; the codes grow). See https://platform.claude.com/docs/en/agents-and-tools/tool-use/web-search-tool
         */
        ToolResultError: FirstParty["schemas"]["ToolResultError"];
        /**
         * WebSearchToolResultBlock
         * @description The result of a `web_search` server tool call: the list of hits, or an error.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/web-search-tool
         */
        WebSearchToolResultBlock: FirstParty["schemas"]["WebSearchToolResultBlock"];
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
        CacheControl: FirstParty["schemas"]["CacheControl"];
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
        TextBlockParam: FirstParty["schemas"]["TextBlockParam"];
        /**
         * ImageSource
         * @description Where an image comes from: inline base64 data, a URL the API fetches, or a Files API
         *     file. Told apart by `type`. See https://platform.claude.com/docs/en/build-with-claude/vision
         */
        ImageSource: FirstParty["schemas"]["ImageSource"];
        /**
         * ImageBlockParam
         * @description An image input (JPEG, PNG, GIF or WebP). See https://platform.claude.com/docs/en/build-with-claude/vision
         */
        ImageBlockParam: FirstParty["schemas"]["ImageBlockParam"];
        /**
         * DocumentSource
         * @description Where a document comes from, told apart by `type`: a base64 PDF, plain text, custom
         *     content blocks (cited by block), a URL of a PDF, or a Files API file.
         *     See https://platform.claude.com/docs/en/build-with-claude/pdf-support and
         *     https://platform.claude.com/docs/en/build-with-claude/citations
         */
        DocumentSource: FirstParty["schemas"]["DocumentSource"];
        /**
         * DocumentBlockParam
         * @description A document input (PDF, plain text or custom content), optionally citable. Also the shape
         *     of the page inside a `web_fetch_tool_result`. API version `2026-10-21` rejects document
         *     blocks in assistant messages (400).
         *     See https://platform.claude.com/docs/en/build-with-claude/pdf-support
         */
        DocumentBlockParam: FirstParty["schemas"]["DocumentBlockParam"];
        /**
         * WebFetchToolResultBlock
         * @description The result of a `web_fetch` server tool call: the fetched page as a document block, or
         *     an error. See https://platform.claude.com/docs/en/agents-and-tools/tool-use/web-fetch-tool
         */
        WebFetchToolResultBlock: FirstParty["schemas"]["WebFetchToolResultBlock"];
        /**
         * CodeExecutionOutput
         * @description A file the code wrote, stored in the Files API (download it by `file_id`).
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/code-execution-tool
         */
        CodeExecutionOutput: FirstParty["schemas"]["CodeExecutionOutput"];
        /**
         * CodeExecutionToolResultBlock
         * @description The result of a legacy `code_execution` (Python) server tool call, or, from
         *     `code_execution_20260120` on, of programmatic code execution: standard output and error,
         *     return code and files written, or an error.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/code-execution-tool
         */
        CodeExecutionToolResultBlock: FirstParty["schemas"]["CodeExecutionToolResultBlock"];
        /**
         * BashCodeExecutionToolResultBlock
         * @description The result of a `bash_code_execution` call of the code execution tool (versions from
         *     `code_execution_20250825`): output, return code and files written, or an error.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/code-execution-tool
         */
        BashCodeExecutionToolResultBlock: FirstParty["schemas"]["BashCodeExecutionToolResultBlock"];
        /**
         * TextEditorCodeExecutionToolResultBlock
         * @description The result of a `text_editor_code_execution` call of the code execution tool (view,
         *     create, str_replace on files in the container), or an error. The result's `type` says
         *     which command ran: `text_editor_code_execution_view_result`, `..._create_result`,
         *     `..._str_replace_result`. See https://platform.claude.com/docs/en/agents-and-tools/tool-use/code-execution-tool
         */
        TextEditorCodeExecutionToolResultBlock: FirstParty["schemas"]["TextEditorCodeExecutionToolResultBlock"];
        /**
         * ToolReferenceBlock
         * @description A reference to a tool by name, as returned by tool search (and accepted inside
         *     `tool_result` content by custom tool-search implementations).
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/tool-search-tool
         */
        ToolReferenceBlock: FirstParty["schemas"]["ToolReferenceBlock"];
        /**
         * ToolSearchToolResultBlock
         * @description The result of a tool search server tool call: references to the deferred tools
         *     (`defer_loading: true`) that are now loaded, or an error.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/tool-search-tool
         */
        ToolSearchToolResultBlock: FirstParty["schemas"]["ToolSearchToolResultBlock"];
        /**
         * McpToolUseBlock
         * @description A call of a tool on a remote MCP server given in `mcp_servers` (MCP connector); the API
         *     makes the call and the result follows as `mcp_tool_result`.
         *     See https://platform.claude.com/docs/en/agents-and-tools/mcp-connector
         */
        McpToolUseBlock: FirstParty["schemas"]["McpToolUseBlock"];
        /**
         * McpToolResultBlock
         * @description What an MCP server returned for an `mcp_tool_use` call.
         *     See https://platform.claude.com/docs/en/agents-and-tools/mcp-connector
         */
        McpToolResultBlock: FirstParty["schemas"]["McpToolResultBlock"];
        /**
         * CompactionBlock
         * @description A summary of the earlier conversation, produced by server-side compaction
         *     (`context_management` edit `compact_20260112`). Send it back in later requests: the API
         *     drops the messages before it. In a stream it starts with `content: null` and the text
         *     arrives as `compaction_delta` events.
         *     See https://platform.claude.com/docs/en/build-with-claude/compaction
         */
        CompactionBlock: FirstParty["schemas"]["CompactionBlock"];
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
         *     - `compaction`: server-side compaction summarised the conversation and the turn stopped
         *       there (compaction with `pause_after_compaction`, beta); send the response back to continue.
         *
         *     See https://platform.claude.com/docs/en/build-with-claude/handling-stop-reasons
         * @example end_turn
         */
        StopReason: FirstParty["schemas"]["StopReason"];
        /**
         * AdvisorToolResultBlock
         * @description The advice returned by the advisor tool: a stronger model's guidance to the model
         *     serving the request. See https://platform.claude.com/docs/en/agents-and-tools/tool-use/advisor-tool
         */
        AdvisorToolResultBlock: FirstParty["schemas"]["AdvisorToolResultBlock"];
        /**
         * ContainerUploadBlock
         * @description A file from the Files API made available in the code-execution container. Sent by the
         *     client in user messages and echoed by the API.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/code-execution-tool
         */
        ContainerUploadBlock: FirstParty["schemas"]["ContainerUploadBlock"];
        /**
         * FallbackBlock
         * @description Marks where server-side fallback switched models mid-response (beta
         *     `server-side-fallback-2026-07-01`): `from` and `to` describe the two models and `trigger`
         *     why it happened. Send it back unchanged in later turns.
         *     See https://platform.claude.com/docs/en/api/beta/messages/create
         */
        FallbackBlock: FirstParty["schemas"]["FallbackBlock"];
        /**
         * McpToolListingBlock
         * @description The tools an MCP server offered in this turn (MCP connector, beta `mcp-client-2026-09-15`):
         *     the server's name and its tool list. Send it back unchanged in later turns.
         *     See https://platform.claude.com/docs/en/api/beta/messages/create
         */
        McpToolListingBlock: FirstParty["schemas"]["McpToolListingBlock"];
        /**
         * UnknownContentBlock
         * @description A content block type this spec does not know yet. The API adds block types as it adds
         *     features; clients should keep such blocks (and send them back unchanged) rather than
         *     fail.
         */
        UnknownContentBlock: FirstParty["schemas"]["UnknownContentBlock"];
        /**
         * ContentBlock
         * @description One block of a response message's content, told apart by `type`. New block types appear
         *     with new features; they validate as `UnknownContentBlock`.
         *     See https://platform.claude.com/docs/en/api/messages
         */
        ContentBlock: FirstParty["schemas"]["ContentBlock"];
        /**
         * MessageStopDetails
         * @description Structured detail about why generation stopped, when there is more to say than
         *     `stop_reason`. So far this is `{type: "refusal", category, explanation}` for refusals;
         *     other types may follow. Most responses since 2026 carry `stop_details: null`.
         *     See https://platform.claude.com/docs/en/build-with-claude/handling-stop-reasons
         */
        MessageStopDetails: FirstParty["schemas"]["MessageStopDetails"];
        /**
         * CacheCreationUsage
         * @description Cache-write input tokens split by cache lifetime. Present in responses since about
         *     August 2025. See https://platform.claude.com/docs/en/build-with-claude/prompt-caching
         * @example {
         *       "ephemeral_5m_input_tokens": 0,
         *       "ephemeral_1h_input_tokens": 0
         *     }
         */
        CacheCreationUsage: FirstParty["schemas"]["CacheCreationUsage"];
        /**
         * ServerToolUsage
         * @description How many times each server tool ran during the request (they are billed per use).
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/web-search-tool
         * @example {
         *       "web_search_requests": 1,
         *       "web_fetch_requests": 0
         *     }
         */
        ServerToolUsage: FirstParty["schemas"]["ServerToolUsage"];
        /**
         * Speed
         * @description Generation speed: `fast` (fast mode, on the models that support it, at a higher price) or
         *     `standard` (the default). Open: new values validate.
         *     See https://platform.claude.com/docs/en/build-with-claude/fast-mode
         */
        Speed: FirstParty["schemas"]["Speed"];
        /**
         * UsageIteration
         * @description The usage of one sampling pass inside a request that ran several (a compaction pass,
         *     the main message, an advisor call). `type` tells them apart: `message`, `compaction`,
         *     `advisor_message`, `fallback_message` (a pass on a fallback model), and more to come. See
         *     https://platform.claude.com/docs/en/build-with-claude/compaction
         */
        UsageIteration: FirstParty["schemas"]["UsageIteration"];
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
        Usage: FirstParty["schemas"]["Usage"];
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
        MessageContainer: FirstParty["schemas"]["MessageContainer"];
        /**
         * MessageContextManagement
         * @description What context management did to the request, when `context_management` was set:
         *     `applied_edits` lists each edit that ran (cleared tool uses, cleared thinking, ...).
         *     See https://platform.claude.com/docs/en/build-with-claude/context-editing
         * @example {
         *       "applied_edits": []
         *     }
         */
        MessageContextManagement: FirstParty["schemas"]["MessageContextManagement"];
        /**
         * ErrorType
         * @description The kind of error. The API says these values will grow over time, so unknown values are
         *     valid. See https://platform.claude.com/docs/en/api/errors#http-errors
         */
        ErrorType: FirstParty["schemas"]["ErrorType"];
        /**
         * ErrorObject
         * @description The `error` member of the error envelope.
         */
        ErrorObject: FirstParty["schemas"]["ErrorObject"];
        /**
         * MessageStartEvent
         * @description The first event of a stream: the message with empty `content`, null `stop_reason` and
         *     the usage known so far (real `input_tokens`, provisional `output_tokens`).
         *     See https://platform.claude.com/docs/en/build-with-claude/streaming#event-types
         */
        MessageStartEvent: FirstParty["schemas"]["MessageStartEvent"];
        /**
         * ContentBlockStartEvent
         * @description Opens content block `index` with its initial value (`text: ""`, `input: {}`,
         *     `thinking: ""`, or a complete server-tool result block).
         *     See https://platform.claude.com/docs/en/build-with-claude/streaming#event-types
         */
        ContentBlockStartEvent: FirstParty["schemas"]["ContentBlockStartEvent"];
        /**
         * TextDelta
         * @description Text to append to a `text` block. See https://platform.claude.com/docs/en/build-with-claude/streaming
         */
        TextDelta: FirstParty["schemas"]["TextDelta"];
        /**
         * InputJsonDelta
         * @description A fragment of the JSON arguments of a `tool_use`, `server_tool_use` or `mcp_tool_use`
         *     block. Fragments are not valid JSON on their own (the first is often `""`); concatenate
         *     them and parse at `content_block_stop`.
         *     See https://platform.claude.com/docs/en/build-with-claude/streaming#input-json-delta
         */
        InputJsonDelta: FirstParty["schemas"]["InputJsonDelta"];
        /**
         * ThinkingDelta
         * @description Thinking text to append to a `thinking` block (may be empty). See https://platform.claude.com/docs/en/build-with-claude/streaming#thinking-delta
         */
        ThinkingDelta: FirstParty["schemas"]["ThinkingDelta"];
        /**
         * SignatureDelta
         * @description The signature of a `thinking` block, sent once just before its `content_block_stop`.
         *     See https://platform.claude.com/docs/en/build-with-claude/streaming#thinking-delta
         */
        SignatureDelta: FirstParty["schemas"]["SignatureDelta"];
        /**
         * CitationsDelta
         * @description One citation to append to the `citations` of a `text` block.
         *     See https://platform.claude.com/docs/en/build-with-claude/citations#streaming-support
         */
        CitationsDelta: FirstParty["schemas"]["CitationsDelta"];
        /**
         * CompactionDelta
         * @description Summary text for a `compaction` block.
         *     See https://platform.claude.com/docs/en/build-with-claude/compaction
         */
        CompactionDelta: FirstParty["schemas"]["CompactionDelta"];
        /**
         * UnknownContentBlockDelta
         * @description A delta type this spec does not know yet; clients should ignore it rather than fail.
         */
        UnknownContentBlockDelta: FirstParty["schemas"]["UnknownContentBlockDelta"];
        /**
         * ContentBlockDelta
         * @description The change carried by a `content_block_delta` event, told apart by `type`; each type
         *     applies to one block type (`text_delta` and `citations_delta` to text, `input_json_delta`
         *     to tool uses, `thinking_delta` and `signature_delta` to thinking, `compaction_delta` to
         *     compaction). Unknown delta types validate as `UnknownContentBlockDelta`.
         *     See https://platform.claude.com/docs/en/build-with-claude/streaming#content-block-delta-types
         */
        ContentBlockDelta: FirstParty["schemas"]["ContentBlockDelta"];
        /**
         * ContentBlockDeltaEvent
         * @description An incremental update of content block `index`.
         *     See https://platform.claude.com/docs/en/build-with-claude/streaming#event-types
         */
        ContentBlockDeltaEvent: FirstParty["schemas"]["ContentBlockDeltaEvent"];
        /**
         * ContentBlockStopEvent
         * @description Closes content block `index`. See https://platform.claude.com/docs/en/build-with-claude/streaming#event-types
         */
        ContentBlockStopEvent: FirstParty["schemas"]["ContentBlockStopEvent"];
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
        MessageDeltaUsage: FirstParty["schemas"]["MessageDeltaUsage"];
        /**
         * MessageDeltaEvent
         * @description Top-level changes to the message near the end of the stream: the stop reason and the
         *     cumulative usage. May also carry `context_management`.
         *     See https://platform.claude.com/docs/en/build-with-claude/streaming#event-types
         */
        MessageDeltaEvent: FirstParty["schemas"]["MessageDeltaEvent"];
        /**
         * MessageStopEvent
         * @description The last event of a successful stream. See https://platform.claude.com/docs/en/build-with-claude/streaming#event-types
         */
        MessageStopEvent: FirstParty["schemas"]["MessageStopEvent"];
        /**
         * PingEvent
         * @description A keep-alive, sent any number of times anywhere in the stream; clients ignore it.
         *     See https://platform.claude.com/docs/en/build-with-claude/streaming#ping-events
         */
        PingEvent: FirstParty["schemas"]["PingEvent"];
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
        ErrorEvent: FirstParty["schemas"]["ErrorEvent"];
        /**
         * UnknownStreamEvent
         * @description An event type this spec does not know yet. The API may add event types without a new
         *     version; clients must ignore unknown events.
         *     See https://platform.claude.com/docs/en/api/versioning
         */
        UnknownStreamEvent: FirstParty["schemas"]["UnknownStreamEvent"];
        /**
         * MessageModel
         * @description The model to use: a model id or alias (for example `claude-sonnet-4-5`,
         *     `claude-sonnet-4-5-20250929`, `claude-opus-4-8`). Models come and go, so any string is
         *     valid; list the available ones with `GET /v1/models`.
         *     See https://platform.claude.com/docs/en/about-claude/models/overview
         * @example claude-sonnet-4-5
         */
        MessageModel: FirstParty["schemas"]["MessageModel"];
        /**
         * SearchResultBlockParam
         * @description A search result the application retrieved itself (RAG), given at top level or inside a
         *     `tool_result`, which the model can cite like web search results.
         *     See https://platform.claude.com/docs/en/build-with-claude/search-results
         */
        SearchResultBlockParam: FirstParty["schemas"]["SearchResultBlockParam"];
        /**
         * ToolUseBlockParam
         * @description A client tool call from an earlier assistant turn, sent back as part of the conversation.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/overview
         */
        ToolUseBlockParam: FirstParty["schemas"]["ToolUseBlockParam"];
        /**
         * UnknownContentBlockParam
         * @description A request content block type this spec does not describe . Proxies must pass such blocks through unchanged.
         */
        UnknownContentBlockParam: FirstParty["schemas"]["UnknownContentBlockParam"];
        /**
         * ToolResultBlockParam
         * @description The result of a client tool call, in the user message that follows the assistant's
         *     `tool_use`. Tool results must come first in that message's content.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/implement-tool-use
         */
        ToolResultBlockParam: FirstParty["schemas"]["ToolResultBlockParam"];
        /**
         * ThinkingBlockParam
         * @description A thinking block from an earlier response, sent back unchanged (the signature is
         *     checked). See https://platform.claude.com/docs/en/build-with-claude/extended-thinking
         */
        ThinkingBlockParam: FirstParty["schemas"]["ThinkingBlockParam"];
        /**
         * RedactedThinkingBlockParam
         * @description A redacted thinking block from an earlier response, sent back unchanged.
         *     See https://platform.claude.com/docs/en/build-with-claude/extended-thinking
         */
        RedactedThinkingBlockParam: FirstParty["schemas"]["RedactedThinkingBlockParam"];
        /**
         * ServerToolUseBlockParam
         * @description A server tool call from an earlier response, sent back as part of the conversation
         *     (with its result block after it). See https://platform.claude.com/docs/en/agents-and-tools/tool-use/overview
         */
        ServerToolUseBlockParam: FirstParty["schemas"]["ServerToolUseBlockParam"];
        /**
         * ToolAdditionBlockParam
         * @description Adds a tool to the tools the model may use from this point of the conversation on (beta
         *     `mid-conversation-tool-changes-2026-07-01`), sent in a `system`-role message: a reference
         *     to a tool, or a full definition. See https://platform.claude.com/docs/en/api/beta/messages/create
         */
        ToolAdditionBlockParam: FirstParty["schemas"]["ToolAdditionBlockParam"];
        /**
         * ToolRemovalBlockParam
         * @description Removes a tool from the tools the model may use from this point of the conversation on
         *     (beta `mid-conversation-tool-changes-2026-07-01`), sent in a `system`-role message: a
         *     reference to the tool. See https://platform.claude.com/docs/en/api/beta/messages/create
         */
        ToolRemovalBlockParam: FirstParty["schemas"]["ToolRemovalBlockParam"];
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
        ContentBlockParam: FirstParty["schemas"]["ContentBlockParam"];
        /**
         * MessageContent
         * @description The content of a request message: a string (shorthand for one text block) or a list of
         *     content blocks. See https://platform.claude.com/docs/en/api/messages
         */
        MessageContent: FirstParty["schemas"]["MessageContent"];
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
        MessageParam: FirstParty["schemas"]["MessageParam"];
        /**
         * SystemPrompt
         * @description The system prompt: instructions and context for the model, as a string or as text
         *     blocks (which can carry `cache_control`).
         *     See https://platform.claude.com/docs/en/build-with-claude/prompt-engineering/system-prompts
         * @example You are a helpful assistant.
         */
        SystemPrompt: FirstParty["schemas"]["SystemPrompt"];
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
        Tool: FirstParty["schemas"]["Tool"];
        /**
         * WebSearchTool
         * @description The web search server tool (`web_search_20250305`, `web_search_20260209`, ...): the API
         *     searches the web and returns results the model can cite. Later versions may be called
         *     from code execution.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/web-search-tool
         */
        WebSearchTool: FirstParty["schemas"]["WebSearchTool"];
        /**
         * WebFetchTool
         * @description The web fetch server tool (`web_fetch_20250910`, `web_fetch_20260209`, ...): the API
         *     fetches pages and PDFs at URLs that appeared in the conversation.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/web-fetch-tool
         */
        WebFetchTool: FirstParty["schemas"]["WebFetchTool"];
        /**
         * CodeExecutionTool
         * @description The code execution server tool: the API runs code (Python in `code_execution_20250522`,
         *     bash and file editing from `code_execution_20250825`, programmatic tool calling from
         *     `code_execution_20260120`) in a sandboxed container.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/code-execution-tool
         */
        CodeExecutionTool: FirstParty["schemas"]["CodeExecutionTool"];
        /**
         * BashTool
         * @description The bash tool (`bash_20250124`, ...): a schema-less client tool; the application runs the
         *     commands the model sends.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/bash-tool
         */
        BashTool: FirstParty["schemas"]["BashTool"];
        /**
         * TextEditorTool
         * @description The text editor tool (`text_editor_20250728`, ...): a schema-less client tool for viewing
         *     and editing files; the application carries out the commands.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/text-editor-tool
         */
        TextEditorTool: FirstParty["schemas"]["TextEditorTool"];
        /**
         * ComputerUseTool
         * @description The computer use tool (`computer_20250124`, ...): a client tool for screenshots and mouse
         *     and keyboard actions. Needs a computer-use beta.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/computer-use-tool
         */
        ComputerUseTool: FirstParty["schemas"]["ComputerUseTool"];
        /**
         * MemoryTool
         * @description The memory tool (`memory_20250818`): a client tool through which the model reads and
         *     writes files in a memory directory the application stores.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/memory-tool
         */
        MemoryTool: FirstParty["schemas"]["MemoryTool"];
        /**
         * ToolSearchTool
         * @description The tool search server tool (`tool_search_tool_regex_20251119`,
         *     `tool_search_tool_bm25_20251119`): lets the model find and load tools marked
         *     `defer_loading`.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/tool-search-tool
         */
        ToolSearchTool: FirstParty["schemas"]["ToolSearchTool"];
        /**
         * AdvisorTool
         * @description The advisor server tool (`advisor_20260301`): the model consults a stronger `model` for
         *     guidance mid-generation.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/advisor-tool
         */
        AdvisorTool: FirstParty["schemas"]["AdvisorTool"];
        /**
         * McpToolset
         * @description Which tools of an MCP server (given in `mcp_servers`) the model may use, and how they are
         *     configured (MCP connector, `mcp-client-2025-11-20` beta).
         *     See https://platform.claude.com/docs/en/agents-and-tools/mcp-connector
         */
        McpToolset: FirstParty["schemas"]["McpToolset"];
        /**
         * Toolset20260801
         * @description The 2026-08 toolsets: `browser_toolset_20260801` (browser use) and
         *     `computer_toolset_20260801` (computer use), generally available since 2026-08-19. A
         *     toolset offers several tools under one entry; `configs` adjusts individual tools by name
         *     (for example to disable one or set its display size).
         *     See https://platform.claude.com/docs/en/release-notes/overview (2026-08-27)
         */
        Toolset20260801: FirstParty["schemas"]["Toolset20260801"];
        /**
         * UnknownTool
         * @description A tool type this spec does not know yet. Server tools are versioned by date
         *     (`web_search_20260318`); a new version of a known family validates as that family, a
         *     new family validates here.
         */
        UnknownTool: FirstParty["schemas"]["UnknownTool"];
        /**
         * ToolUnion
         * @description One entry of `tools`: a client tool with an `input_schema` (no `type`, or `type:
         *     custom`), or an Anthropic-defined tool chosen by its versioned `type`. Server tools
         *     (web search, web fetch, code execution, tool search, advisor) run inside the API;
         *     client tools (custom, bash, text editor, computer, memory) are run by the application.
         *     Unknown tool types validate as `UnknownTool`.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/overview
         */
        ToolUnion: FirstParty["schemas"]["ToolUnion"];
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
        ToolChoice: FirstParty["schemas"]["ToolChoice"];
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
        ThinkingConfig: FirstParty["schemas"]["ThinkingConfig"];
        /**
         * Metadata
         * @description Information about the request for Anthropic's use.
         *     See https://platform.claude.com/docs/en/api/messages
         * @example {
         *       "user_id": "13803d75-b4b5-4c3e-b2a2-6f21399b021b"
         *     }
         */
        Metadata: FirstParty["schemas"]["Metadata"];
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
        JsonOutputFormat: FirstParty["schemas"]["JsonOutputFormat"];
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
        OutputConfig: FirstParty["schemas"]["OutputConfig"];
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
        ContextManagementConfig: FirstParty["schemas"]["ContextManagementConfig"];
        /**
         * McpServerDefinition
         * @description A remote MCP server the API connects to on the request's behalf (MCP connector beta).
         *     See https://platform.claude.com/docs/en/agents-and-tools/mcp-connector
         */
        McpServerDefinition: FirstParty["schemas"]["McpServerDefinition"];
        /**
         * DiagnosticsParam
         * @description Asks for cache diagnostics in the response (`diagnostics`): name the previous response's
         *     id so the API can say why this request's prompt cache did or did not hit.
         *     See https://platform.claude.com/docs/en/build-with-claude/cache-diagnostics
         */
        DiagnosticsParam: FirstParty["schemas"]["DiagnosticsParam"];
        /**
         * FallbacksParam
         * @description Server-side fallback (beta `server-side-fallback-2026-07-01`): the models to retry the
         *     request with when the requested one is unavailable, in order, or `default` for the
         *     API's own list. Each entry names at least a `model`; other fields are passed through.
         *     See https://platform.claude.com/docs/en/api/beta/messages/create
         */
        FallbacksParam: FirstParty["schemas"]["FallbacksParam"];
        /**
         * LooseObjectParam
         * @description A request object whose fields this spec does not list yet (a beta feature documented only
         *     in the SDK reference). Any object validates; `type`, when present, names its kind.
         */
        LooseObjectParam: FirstParty["schemas"]["LooseObjectParam"];
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
