// Written by scripts/generate.ts from spec/ with openapi-typescript: do not edit.
export interface paths {
    "/v1/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a message
         * @description Sends a structured list of input messages (text, images, documents, tool results...)
         *     and returns the model's next message. With `"stream": true` the message is sent
         *     incrementally as server-sent events instead of one JSON object.
         *
         *     The request body may be at most 32 MB; the documentation says "32 MB" and this spec
         *     reads it as MiB (`x-body-size-limit: 33554432` bytes). Larger bodies get 413
         *     `request_too_large` from the edge.
         *
         *     API version `2026-10-21` rejects `temperature`, `top_p` and `top_k`, document
         *     blocks in assistant messages and citations on user text blocks (all 400);
         *     `2023-06-01` accepts them. Beta features are enabled with `anthropic-beta` (the SDKs
         *     also add `?beta=true`).
         *     See https://platform.claude.com/docs/en/api/messages and
         *     https://platform.claude.com/docs/en/build-with-claude/streaming
         */
        post: operations["messages.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/messages/count_tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Count tokens in a message
         * @description Counts the input tokens a Messages request would use (messages, system prompt, tools,
         *     images, documents), without creating a message. Free of charge, with its own rate
         *     limits. The count is an estimate.
         *
         *     The request body may be at most 32 MB; the documentation says "32 MB" and this spec
         *     reads it as MiB (`x-body-size-limit: 33554432` bytes).
         *
         *     Once a beta (`token-counting-2024-11-01`), now generally available; the SDKs' beta
         *     namespace still calls it with `?beta=true`. API version `2026-10-21` applies the same
         *     content rules as `messages.create`: document blocks in assistant messages and
         *     citations on user text blocks are rejected.
         *     See https://platform.claude.com/docs/en/build-with-claude/token-counting and
         *     https://platform.claude.com/docs/en/api/messages-count-tokens
         */
        post: operations["messages.countTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/messages/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Message Batches
         * @description Lists the workspace's Message Batches, most recently created first. Page through them
         *     with `before_id` / `after_id` and `limit`.
         *     See https://platform.claude.com/docs/en/api/messages/batches/list
         */
        get: operations["messages.batches.list"];
        put?: never;
        /**
         * Create a Message Batch
         * @description Queues up to 100,000 Messages requests, each with its own `custom_id`, for asynchronous
         *     processing (at most 256 MB of request body). Each `params` object is a Messages request
         *     body; batch requests cannot stream. Processing ends within 24 hours, after which
         *     unfinished requests expire. The answer is the new batch, `processing_status:
         *     in_progress`; poll it with `messages.batches.retrieve` and download the results from its
         *     `results_url` once it has ended.
         *     See https://platform.claude.com/docs/en/api/messages/batches/create and
         *     https://platform.claude.com/docs/en/build-with-claude/batch-processing
         */
        post: operations["messages.batches.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/messages/batches/{message_batch_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a Message Batch
         * @description Returns a Message Batch. The call is idempotent, so it is the way to poll until
         *     `processing_status` is `ended`; then `results_url` is set.
         *     See https://platform.claude.com/docs/en/api/messages/batches/retrieve
         */
        get: operations["messages.batches.retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete a Message Batch
         * @description Deletes a Message Batch. Only a batch that has finished processing can be deleted; an
         *     in-progress batch must be canceled first (the docs do not name the status code of that
         *     refusal: expect 400 `invalid_request_error` or 409 `conflict_error`).
         *     See https://platform.claude.com/docs/en/api/messages/batches/delete
         */
        delete: operations["messages.batches.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/messages/batches/{message_batch_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a Message Batch
         * @description Starts canceling a Message Batch that is still processing. The batch answers at once with
         *     `processing_status: canceling` and `cancel_initiated_at` set; requests already being
         *     processed may still finish, so the ended batch can hold succeeded as well as canceled
         *     results. The request has no body (some clients send an empty JSON object `{}`, which
         *     the API ignores).
         *     See https://platform.claude.com/docs/en/api/messages/batches/cancel
         */
        post: operations["messages.batches.cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/messages/batches/{message_batch_id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve Message Batch results
         * @description Streams the results of an ended Message Batch as a JSON Lines file
         *     (`content-type: application/x-jsonl`): newline-delimited JSON, one line per request of
         *     the batch, each a `MessageBatchIndividualResponse`. The schema of the 200 response
         *     describes ONE line, not the whole body. Lines are not in request order: match them to
         *     requests by `custom_id`.
         *
         *     Fetch this URL from the batch's `results_url` rather than building it: the docs say the
         *     path may change. The official SDKs request it verbatim with `Accept: application/binary`,
         *     so a proxy must rewrite `results_url` to an address the client can reach.
         *     See https://platform.claude.com/docs/en/api/messages/batches/results
         */
        get: operations["messages.batches.results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List models
         * @description Lists the models available to the API key, newest first: the `active` and `deprecated`
         *     ones, or those in the `lifecycle` stages asked for. Page through them with `before_id` /
         *     `after_id` and `limit`.
         *     See https://platform.claude.com/docs/en/api/models-list
         */
        get: operations["models.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/{model_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a model
         * @description Returns one model by its ID. An alias (such as `claude-sonnet-4-5`) is resolved to the
         *     model it currently points to, and the response carries that model's ID.
         *     See https://platform.claude.com/docs/en/api/models/retrieve
         */
        get: operations["models.retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List files
         * @description Lists the workspace's files, newest first. Page through them with `limit` and `page`
         *     (the previous page's `next_page`), or ask for given `ids` (one page). The beta shape
         *     (beta header sent) also keeps the older id paging (`before_id` / `after_id`, answered
         *     with `first_id` / `last_id` / `has_more`) and filters by `scope_id`.
         *
         *     Generally available since 2026-08-19 on every API version: no beta header is needed.
         *     A request that still sends `anthropic-beta: files-api-2025-04-14` gets the beta
         *     response shape (file objects with `scope`, id-paged lists); without it, the generally
         *     available shape. `?beta=true` (added by the SDKs' beta resource) does not choose the shape.
         *     See https://platform.claude.com/docs/en/release-notes/overview (2026-08-27)
         *     See https://platform.claude.com/docs/en/api/files/list
         */
        get: operations["files.list"];
        put?: never;
        /**
         * Upload a file
         * @description Uploads one file as `multipart/form-data` (a single part named `file`, at most 500 MB of
         *     request body) and returns its metadata. Refer to it from Messages requests by `file_id`.
         *     The part's `Content-Type` is the file's own media type (it becomes `mime_type`); its
         *     `filename` becomes `filename`.
         *
         *     Generally available since 2026-08-19 on every API version: no beta header is needed.
         *     A request that still sends `anthropic-beta: files-api-2025-04-14` gets the beta
         *     response shape (file objects with `scope`, id-paged lists); without it, the generally
         *     available shape. `?beta=true` (added by the SDKs' beta resource) does not choose the shape.
         *     See https://platform.claude.com/docs/en/release-notes/overview (2026-08-27)
         *     See https://platform.claude.com/docs/en/api/files/upload and
         *     https://platform.claude.com/docs/en/build-with-claude/files
         */
        post: operations["files.upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{file_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get file metadata
         * @description Returns the metadata of one file.
         *
         *     Generally available since 2026-08-19 on every API version: no beta header is needed.
         *     A request that still sends `anthropic-beta: files-api-2025-04-14` gets the beta
         *     response shape (file objects with `scope`, id-paged lists); without it, the generally
         *     available shape. `?beta=true` (added by the SDKs' beta resource) does not choose the shape.
         *     See https://platform.claude.com/docs/en/release-notes/overview (2026-08-27)
         *     See https://platform.claude.com/docs/en/api/files/retrieve_metadata
         */
        get: operations["files.retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete a file
         * @description Deletes a file. Messages requests that still refer to its `file_id` then fail.
         *
         *     Generally available since 2026-08-19 on every API version: no beta header is needed.
         *     A request that still sends `anthropic-beta: files-api-2025-04-14` gets the beta
         *     response shape (file objects with `scope`, id-paged lists); without it, the generally
         *     available shape. `?beta=true` (added by the SDKs' beta resource) does not choose the shape.
         *     See https://platform.claude.com/docs/en/release-notes/overview (2026-08-27)
         *     See https://platform.claude.com/docs/en/api/files/delete
         */
        delete: operations["files.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{file_id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file
         * @description Returns a file's bytes. Only files that the API itself created (for example by the code
         *     execution tool or Skills) are downloadable (`downloadable: true`); asking for a file you
         *     uploaded is answered with 400 `invalid_request_error`
         *     "File '<file_id>' is not downloadable".
         *
         *     Generally available since 2026-08-19 on every API version: no beta header is needed.
         *     A request that still sends `anthropic-beta: files-api-2025-04-14` gets the beta
         *     response shape (file objects with `scope`, id-paged lists); without it, the generally
         *     available shape. `?beta=true` (added by the SDKs' beta resource) does not choose the shape.
         *     See https://platform.claude.com/docs/en/release-notes/overview (2026-08-27)
         *     See https://platform.claude.com/docs/en/api/files/download
         */
        get: operations["files.download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List skills
         * @description Lists the skills available to the workspace, custom and Anthropic-published. Cursor
         *     pagination: pass the previous page's `next_page` as `page`.
         *
         *     Generally available since 2026-08-19 on every API version: no beta header is needed, and
         *     the SDKs (0.120 and later, on `2023-06-01` as on `2026-10-21`) send none. A request that
         *     still sends `anthropic-beta: skills-2025-10-02` gets the beta response shape
         *     (`display_title`, `latest_version`, `source` as a string, versions addressed by their
         *     Unix-epoch `version`); without it, the generally available shape (`display_name`,
         *     `latest_version_id`, `source` as an object, versions addressed by ID). Both shapes are
         *     described by this operation. See https://platform.claude.com/docs/en/release-notes/overview (2026-08-27)
         *     See https://platform.claude.com/docs/en/api/skills/list
         */
        get: operations["skills.list"];
        put?: never;
        /**
         * Create a skill
         * @description Creates a custom skill from its files, sent as `multipart/form-data`: one `files[]` part
         *     per file, each part's filename keeping the file's path (for example `my-skill/SKILL.md`,
         *     `my-skill/scripts/run.py`). All files must sit under one top-level directory that holds
         *     a `SKILL.md` at its root; the skill's name and description come from that file's
         *     frontmatter. The answer is the skill, whose first version is created with it.
         *
         *     Size limit: no official documentation page giving the upload limit was found; a
         *     third-party guide to the generally available Skills API
         *     (https://apidog.com/jp/blog/claude-skills-api-ga/) says the whole upload must stay under
         *     30 MB uncompressed, so `x-body-size-limit` is 30 MB (31457280 bytes), unverified.
         *
         *     Generally available since 2026-08-19 on every API version: no beta header is needed, and
         *     the SDKs (0.120 and later, on `2023-06-01` as on `2026-10-21`) send none. A request that
         *     still sends `anthropic-beta: skills-2025-10-02` gets the beta response shape
         *     (`display_title`, `latest_version`, `source` as a string, versions addressed by their
         *     Unix-epoch `version`); without it, the generally available shape (`display_name`,
         *     `latest_version_id`, `source` as an object, versions addressed by ID). Both shapes are
         *     described by this operation. See https://platform.claude.com/docs/en/release-notes/overview (2026-08-27)
         *     See https://platform.claude.com/docs/en/api/skills/create and
         *     https://platform.claude.com/docs/en/build-with-claude/skills-guide
         */
        post: operations["skills.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/skills/{skill_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a skill
         * @description Returns one skill.
         *
         *     Generally available since 2026-08-19 on every API version: no beta header is needed, and
         *     the SDKs (0.120 and later, on `2023-06-01` as on `2026-10-21`) send none. A request that
         *     still sends `anthropic-beta: skills-2025-10-02` gets the beta response shape
         *     (`display_title`, `latest_version`, `source` as a string, versions addressed by their
         *     Unix-epoch `version`); without it, the generally available shape (`display_name`,
         *     `latest_version_id`, `source` as an object, versions addressed by ID). Both shapes are
         *     described by this operation. See https://platform.claude.com/docs/en/release-notes/overview (2026-08-27)
         *     See https://platform.claude.com/docs/en/api/skills/retrieve
         */
        get: operations["skills.retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete a skill
         * @description Deletes a custom skill together with all its versions. Anthropic-published skills cannot
         *     be deleted. With the beta header the older rule applies: the skill's versions must be
         *     deleted first (400 otherwise).
         *
         *     Generally available since 2026-08-19 on every API version: no beta header is needed, and
         *     the SDKs (0.120 and later, on `2023-06-01` as on `2026-10-21`) send none. A request that
         *     still sends `anthropic-beta: skills-2025-10-02` gets the beta response shape
         *     (`display_title`, `latest_version`, `source` as a string, versions addressed by their
         *     Unix-epoch `version`); without it, the generally available shape (`display_name`,
         *     `latest_version_id`, `source` as an object, versions addressed by ID). Both shapes are
         *     described by this operation. See https://platform.claude.com/docs/en/release-notes/overview (2026-08-27)
         *     See https://platform.claude.com/docs/en/api/skills/delete
         */
        delete: operations["skills.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/skills/{skill_id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List skill versions
         * @description Lists a skill's versions, newest first. Cursor pagination: pass the previous page's
         *     `next_page` as `page`.
         *
         *     Generally available since 2026-08-19 on every API version: no beta header is needed, and
         *     the SDKs (0.120 and later, on `2023-06-01` as on `2026-10-21`) send none. A request that
         *     still sends `anthropic-beta: skills-2025-10-02` gets the beta response shape
         *     (`display_title`, `latest_version`, `source` as a string, versions addressed by their
         *     Unix-epoch `version`); without it, the generally available shape (`display_name`,
         *     `latest_version_id`, `source` as an object, versions addressed by ID). Both shapes are
         *     described by this operation. See https://platform.claude.com/docs/en/release-notes/overview (2026-08-27)
         *     See https://platform.claude.com/docs/en/api/skills/versions/list
         */
        get: operations["skills.versions.list"];
        put?: never;
        /**
         * Create a skill version
         * @description Uploads a new version of a custom skill: the complete set of its files, as
         *     `multipart/form-data` `files[]` parts laid out as for `skills.create` (one top-level
         *     directory with a `SKILL.md`). The new version becomes the skill's latest.
         *     The size limit is the one of `skills.create` (30 MB, from a third-party source).
         *
         *     Generally available since 2026-08-19 on every API version: no beta header is needed, and
         *     the SDKs (0.120 and later, on `2023-06-01` as on `2026-10-21`) send none. A request that
         *     still sends `anthropic-beta: skills-2025-10-02` gets the beta response shape
         *     (`display_title`, `latest_version`, `source` as a string, versions addressed by their
         *     Unix-epoch `version`); without it, the generally available shape (`display_name`,
         *     `latest_version_id`, `source` as an object, versions addressed by ID). Both shapes are
         *     described by this operation. See https://platform.claude.com/docs/en/release-notes/overview (2026-08-27)
         *     See https://platform.claude.com/docs/en/api/skills/versions/create
         */
        post: operations["skills.versions.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/skills/{skill_id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a skill version
         * @description Returns one version of a skill. With the beta header a version is addressed by its
         *     Unix-epoch version string (for example `1759178010641129`); the generally available form
         *     addresses it by version ID.
         *
         *     Generally available since 2026-08-19 on every API version: no beta header is needed, and
         *     the SDKs (0.120 and later, on `2023-06-01` as on `2026-10-21`) send none. A request that
         *     still sends `anthropic-beta: skills-2025-10-02` gets the beta response shape
         *     (`display_title`, `latest_version`, `source` as a string, versions addressed by their
         *     Unix-epoch `version`); without it, the generally available shape (`display_name`,
         *     `latest_version_id`, `source` as an object, versions addressed by ID). Both shapes are
         *     described by this operation. See https://platform.claude.com/docs/en/release-notes/overview (2026-08-27)
         *     See https://platform.claude.com/docs/en/api/skills/versions/retrieve
         */
        get: operations["skills.versions.retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete a skill version
         * @description Deletes one version of a custom skill (addressed as in `skills.versions.retrieve`).
         *
         *     Generally available since 2026-08-19 on every API version: no beta header is needed, and
         *     the SDKs (0.120 and later, on `2023-06-01` as on `2026-10-21`) send none. A request that
         *     still sends `anthropic-beta: skills-2025-10-02` gets the beta response shape
         *     (`display_title`, `latest_version`, `source` as a string, versions addressed by their
         *     Unix-epoch `version`); without it, the generally available shape (`display_name`,
         *     `latest_version_id`, `source` as an object, versions addressed by ID). Both shapes are
         *     described by this operation. See https://platform.claude.com/docs/en/release-notes/overview (2026-08-27)
         *     See https://platform.claude.com/docs/en/api/skills/versions/delete
         */
        delete: operations["skills.versions.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/skills/{skill_id}/versions/{version}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a skill version
         * @description Downloads a skill version's content as a zip archive: every file of the version under
         *     the skill's top-level directory (its `name`). The version is addressed as in
         *     `skills.versions.retrieve` (by ID; by its Unix-epoch `version` with the beta header).
         *
         *     Generally available since 2026-08-19 on every API version: no beta header is needed.
         *     See https://platform.claude.com/docs/en/release-notes/overview (2026-08-27)
         *     See https://platform.claude.com/docs/en/api/beta/skills/versions/download
         */
        get: operations["skills.versions.download"];
        put?: never;
        post?: never;
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
        AnthropicBetaName: ("message-batches-2024-09-24" | "prompt-caching-2024-07-31" | "computer-use-2024-10-22" | "computer-use-2025-01-24" | "pdfs-2024-09-25" | "token-counting-2024-11-01" | "token-efficient-tools-2025-02-19" | "output-128k-2025-02-19" | "files-api-2025-04-14" | "mcp-client-2025-04-04" | "mcp-client-2025-11-20" | "dev-full-thinking-2025-05-14" | "interleaved-thinking-2025-05-14" | "code-execution-2025-05-22" | "extended-cache-ttl-2025-04-11" | "context-1m-2025-08-07" | "context-management-2025-06-27" | "model-context-window-exceeded-2025-08-26" | "skills-2025-10-02" | "structured-outputs-2025-11-13" | "compact-2026-01-12" | "fast-mode-2026-02-01" | "advisor-tool-2026-03-01" | "output-300k-2026-03-24" | "task-budgets-2026-03-13" | "user-profiles-2026-03-24" | "managed-agents-2026-04-01" | "cache-diagnosis-2026-04-07" | "server-side-fallback-2026-07-01" | "fallback-credit-2026-07-01" | "mid-conversation-tool-changes-2026-07-01" | "mid-conversation-output-config-2026-07-01" | "message-threads-2026-08-12" | "user-profiles-2026-08-18" | "compact-2026-09-04" | "user-profiles-2026-09-04" | "mcp-client-2026-09-15") | string;
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
         * ErrorType
         * @description The kind of error. The API says these values will grow over time, so unknown values are
         *     valid. See https://platform.claude.com/docs/en/api/errors#http-errors
         */
        ErrorType: ("invalid_request_error" | "authentication_error" | "billing_error" | "permission_error" | "not_found_error" | "conflict_error" | "request_too_large" | "rate_limit_error" | "api_error" | "timeout_error" | "overloaded_error") | string;
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
            /** @description Prompt caching for the advisor's own calls (an object such as `{type: "ephemeral", ttl}`), or null. */
            caching?: {
                [key: string]: unknown;
            } | null;
            /** @description A prompt-caching breakpoint on this item (see `CacheControl`). */
            cache_control?: components["schemas"]["CacheControl"] | null;
            /** @description Leave the tool out of the initial prompt until tool search loads it. */
            defer_loading?: boolean;
            /** @description Who may call the tool (`direct`, or a code-execution tool version for programmatic calls). */
            allowed_callers?: string[];
        };
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
            /** @description Offer the `zoom` action (computer_20251124 and later). */
            enable_zoom?: boolean | null;
            /** @description A prompt-caching breakpoint on this item (see `CacheControl`). */
            cache_control?: components["schemas"]["CacheControl"] | null;
            /** @description Leave the tool out of the initial prompt until tool search loads it. */
            defer_loading?: boolean;
            /** @description Who may call the tool (`direct`, or a code-execution tool version for programmatic calls). */
            allowed_callers?: string[];
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
         * ContentBlock
         * @description One block of a response message's content, told apart by `type`. New block types appear
         *     with new features; they validate as `UnknownContentBlock`.
         *     See https://platform.claude.com/docs/en/api/messages
         */
        ContentBlock: components["schemas"]["TextBlock"] | components["schemas"]["ThinkingBlock"] | components["schemas"]["RedactedThinkingBlock"] | components["schemas"]["ToolUseBlock"] | components["schemas"]["ServerToolUseBlock"] | components["schemas"]["WebSearchToolResultBlock"] | components["schemas"]["WebFetchToolResultBlock"] | components["schemas"]["CodeExecutionToolResultBlock"] | components["schemas"]["BashCodeExecutionToolResultBlock"] | components["schemas"]["TextEditorCodeExecutionToolResultBlock"] | components["schemas"]["ToolSearchToolResultBlock"] | components["schemas"]["McpToolUseBlock"] | components["schemas"]["McpToolResultBlock"] | components["schemas"]["CompactionBlock"] | components["schemas"]["AdvisorToolResultBlock"] | components["schemas"]["ContainerUploadBlock"] | components["schemas"]["FallbackBlock"] | components["schemas"]["McpToolListingBlock"];
        /**
         * ContentBlockDelta
         * @description The change carried by a `content_block_delta` event, told apart by `type`; each type
         *     applies to one block type (`text_delta` and `citations_delta` to text, `input_json_delta`
         *     to tool uses, `thinking_delta` and `signature_delta` to thinking, `compaction_delta` to
         *     compaction). Unknown delta types validate as `UnknownContentBlockDelta`.
         *     See https://platform.claude.com/docs/en/build-with-claude/streaming#content-block-delta-types
         */
        ContentBlockDelta: components["schemas"]["TextDelta"] | components["schemas"]["InputJsonDelta"] | components["schemas"]["ThinkingDelta"] | components["schemas"]["SignatureDelta"] | components["schemas"]["CitationsDelta"] | components["schemas"]["CompactionDelta"];
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
         * ContentBlockParam
         * @description One block of a request message's content, told apart by `type`. Besides the input types
         *     (text, image, document, search_result, tool_result, container_upload), every block an
         *     earlier response contained may be sent back as received (tool uses, thinking, server
         *     tool results, MCP blocks, compaction): those reuse the response block schemas. Unknown
         *     types validate as `UnknownContentBlockParam`. Under API version `2026-10-21`, document
         *     blocks in assistant messages and citations on user text blocks are rejected.
         *     See https://platform.claude.com/docs/en/api/messages
         */
        ContentBlockParam: components["schemas"]["TextBlockParam"] | components["schemas"]["ImageBlockParam"] | components["schemas"]["DocumentBlockParam"] | components["schemas"]["SearchResultBlockParam"] | components["schemas"]["ToolUseBlockParam"] | components["schemas"]["ToolResultBlockParam"] | components["schemas"]["ThinkingBlockParam"] | components["schemas"]["RedactedThinkingBlockParam"] | components["schemas"]["ServerToolUseBlockParam"] | components["schemas"]["WebSearchToolResultBlock"] | components["schemas"]["WebFetchToolResultBlock"] | components["schemas"]["CodeExecutionToolResultBlock"] | components["schemas"]["BashCodeExecutionToolResultBlock"] | components["schemas"]["TextEditorCodeExecutionToolResultBlock"] | components["schemas"]["ToolSearchToolResultBlock"] | components["schemas"]["McpToolUseBlock"] | components["schemas"]["McpToolResultBlock"] | components["schemas"]["CompactionBlock"] | components["schemas"]["AdvisorToolResultBlock"] | components["schemas"]["ContainerUploadBlock"] | components["schemas"]["FallbackBlock"] | components["schemas"]["McpToolListingBlock"] | components["schemas"]["ToolAdditionBlockParam"] | components["schemas"]["ToolRemovalBlockParam"];
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
            /** @description As in `messages.create`: `fast` counts for fast mode. */
            speed?: components["schemas"]["Speed"] | null;
            /** @description As in `messages.create` (beta `compact-2026-09-04`). */
            compaction?: components["schemas"]["LooseObjectParam"] | null;
            /** @description As in `messages.create`. */
            billing_policy?: components["schemas"]["LooseObjectParam"] | null;
            /** @description Remote MCP servers, as in `messages.create`. */
            mcp_servers?: components["schemas"]["McpServerDefinition"][];
        };
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
        CreateMessageParams: {
            model: components["schemas"]["MessageModel"];
            /**
             * @description The conversation so far, oldest first (at most 100,000 messages). The response is
             *     the next assistant turn.
             */
            messages: components["schemas"]["MessageParam"][];
            /**
             * @description The most tokens to generate before stopping (`stop_reason: max_tokens`). The maximum
             *     depends on the model. With extended thinking it includes the thinking budget. `0`
             *     populates the prompt cache without generating a response (cache pre-warming).
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
             * @description `fast` asks for fast mode (higher output speed at a higher price, on the models that
             *     support it); `standard` (or null) is the default.
             *     See https://platform.claude.com/docs/en/build-with-claude/fast-mode
             */
            speed?: components["schemas"]["Speed"] | null;
            /**
             * @description Cache diagnostics: name the previous response so this response's `diagnostics` can say
             *     why the prompt cache did or did not hit.
             *     See https://platform.claude.com/docs/en/build-with-claude/cache-diagnostics
             */
            diagnostics?: components["schemas"]["DiagnosticsParam"] | null;
            /** @description Models to fall back to when the requested one is unavailable (beta `server-side-fallback-2026-07-01`). */
            fallbacks?: components["schemas"]["FallbacksParam"] | null;
            /**
             * @description The `fallback_credit_token` from an earlier response's `stop_details`, to retry a
             *     refused request on a fallback model without paying twice (beta `fallback-credit-2026-07-01`).
             */
            fallback_credit_token?: string | ({
                /** @description The token. */
                token: string;
            } & {
                [key: string]: unknown;
            }) | null;
            /** @description Top-level server-side compaction settings (beta `compact-2026-09-04`; for example `{type: "summarize"}`). */
            compaction?: components["schemas"]["LooseObjectParam"] | null;
            /** @description Creates or continues a server-side message thread (beta `message-threads-2026-08-12`). */
            thread?: components["schemas"]["LooseObjectParam"] | null;
            /** @description How the request is billed (`{type: "billing_policy", ...}`; beta, user profiles). */
            billing_policy?: components["schemas"]["LooseObjectParam"] | null;
            /**
             * @description Where inference may run (data residency), for example `global` or `us`.
             *     See https://platform.claude.com/docs/en/build-with-claude/data-residency
             */
            inference_geo?: ("global" | "us") | string | null;
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
            /**
             * @description Cache diagnostics, when the request asked for them (`diagnostics`): why the prompt
             *     cache did or did not hit against the named previous response. An object, or null.
             *     See https://platform.claude.com/docs/en/build-with-claude/cache-diagnostics
             */
            diagnostics?: {
                [key: string]: unknown;
            } | null;
            /** @description What context management applied, when it was requested. */
            context_management?: components["schemas"]["MessageContextManagement"] | null;
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
         * MessageContent
         * @description The content of a request message: a string (shorthand for one text block) or a list of
         *     content blocks. See https://platform.claude.com/docs/en/api/messages
         */
        MessageContent: string | components["schemas"]["ContentBlockParam"][];
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
         * MessageModel
         * @description The model to use: a model id or alias (for example `claude-sonnet-4-5`,
         *     `claude-sonnet-4-5-20250929`, `claude-opus-4-8`). Models come and go, so any string is
         *     valid; list the available ones with `GET /v1/models`.
         *     See https://platform.claude.com/docs/en/about-claude/models/overview
         * @example claude-sonnet-4-5
         */
        MessageModel: string;
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
            /**
             * @description Who wrote the turn: `user`, `assistant`, or `system` (a mid-conversation system message, SDK 1.x). Any other value is a 400.
             * @enum {string}
             */
            role: "user" | "assistant" | "system";
            /** @description The turn's content: a string or a list of content blocks. */
            content: components["schemas"]["MessageContent"];
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
         * MessageStopDetails
         * @description Structured detail about why generation stopped, when there is more to say than
         *     `stop_reason`. So far this is `{type: "refusal", category, explanation}` for refusals;
         *     other types may follow. Most responses since 2026 carry `stop_details: null`.
         *     See https://platform.claude.com/docs/en/build-with-claude/handling-stop-reasons
         */
        MessageStopDetails: {
            type: "refusal" | string;
            /** @description The policy category that caused a refusal, or null. Open. */
            category?: ("cyber" | "bio" | "frontier_llm" | "reasoning_extraction" | "general_harms") | string | null;
            /** @description A model that may answer the refused request (server-side fallback beta). */
            recommended_model?: string | null;
            /** @description Send this back as `fallback_credit_token` to retry the request on a fallback model without paying twice. */
            fallback_credit_token?: string | null;
            /** @description Whether the credit token covers a retry that keeps the assistant prefill. */
            fallback_has_prefill_claim?: boolean | null;
            /** @description A human-readable explanation of the refusal, or null. */
            explanation?: string | null;
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
         * MessageStreamEvent
         * @description The `data:` payload of one server-sent event of a streamed message. Each event is sent as
         *     `event: <type>`, one `data: <json>` line and a blank line, and the `event:` name always
         *     equals `data.type`. Order: `message_start`; then for each block `content_block_start`,
         *     `content_block_delta`s, `content_block_stop`; then `message_delta`; then `message_stop`.
         *     `ping` may appear anywhere and `error` may end the stream early. Unknown event types
         *     validate as `UnknownStreamEvent` and must be ignored.
         *     See https://platform.claude.com/docs/en/build-with-claude/streaming
         */
        MessageStreamEvent: components["schemas"]["MessageStartEvent"] | components["schemas"]["ContentBlockStartEvent"] | components["schemas"]["ContentBlockDeltaEvent"] | components["schemas"]["ContentBlockStopEvent"] | components["schemas"]["MessageDeltaEvent"] | components["schemas"]["MessageStopEvent"] | components["schemas"]["PingEvent"] | components["schemas"]["ErrorEvent"];
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
         * PingEvent
         * @description A keep-alive, sent any number of times anywhere in the stream; clients ignore it.
         *     See https://platform.claude.com/docs/en/build-with-claude/streaming#ping-events
         */
        PingEvent: {
            /** @constant */
            type: "ping";
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
        StopReason: ("end_turn" | "max_tokens" | "stop_sequence" | "tool_use" | "pause_turn" | "refusal" | "model_context_window_exceeded" | "compaction") | string;
        /**
         * SystemPrompt
         * @description The system prompt: instructions and context for the model, as a string or as text
         *     blocks (which can carry `cache_control`).
         *     See https://platform.claude.com/docs/en/build-with-claude/prompt-engineering/system-prompts
         * @example You are a helpful assistant.
         */
        SystemPrompt: string | components["schemas"]["TextBlockParam"][];
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
         * TextCitation
         * @description Where a span of generated text comes from. Told apart by `type`; new location types may
         *     appear, so unknown ones validate as `UnknownTextCitation`. The same shapes are accepted in
         *     requests when an earlier response is sent back (API version `2026-10-21` rejects citations
         *     on user text blocks). See https://platform.claude.com/docs/en/build-with-claude/citations
         */
        TextCitation: components["schemas"]["CharLocationCitation"] | components["schemas"]["PageLocationCitation"] | components["schemas"]["ContentBlockLocationCitation"] | components["schemas"]["WebSearchResultLocationCitation"] | components["schemas"]["SearchResultLocationCitation"];
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
             * @description Optional; `custom` (or `null`, which the SDKs may send) when given.
             * @enum {string|null}
             */
            type?: "custom" | null;
            /** @description The name the model calls the tool by. */
            name: string;
            /** @description Stream the tool's input as it is generated, without buffering for validation. */
            eager_input_streaming?: boolean | null;
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
            content?: string | (components["schemas"]["TextBlockParam"] | components["schemas"]["ImageBlockParam"] | components["schemas"]["DocumentBlockParam"] | components["schemas"]["SearchResultBlockParam"] | components["schemas"]["ToolReferenceBlock"])[];
            /** @description Whether the tool failed; the model sees the content as an error message. */
            is_error?: boolean;
            /** @description A prompt-caching breakpoint on this item (see `CacheControl`). */
            cache_control?: components["schemas"]["CacheControl"] | null;
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
         * ToolSearchTool
         * @description The tool search server tool (`tool_search_tool_regex_20251119`,
         *     `tool_search_tool_bm25_20251119`): lets the model find and load tools marked
         *     `defer_loading`.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/tool-search-tool
         */
        ToolSearchTool: {
            /** @description A dated version, or the undated alias (`tool_search_tool_regex`, `tool_search_tool_bm25`) the SDK also lists. */
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
         * ToolUnion
         * @description One entry of `tools`: a client tool with an `input_schema` (no `type`, or `type:
         *     custom`), or an Anthropic-defined tool chosen by its versioned `type`. Server tools
         *     (web search, web fetch, code execution, tool search, advisor) run inside the API;
         *     client tools (custom, bash, text editor, computer, memory) are run by the application.
         *     Unknown tool types validate as `UnknownTool`.
         *     See https://platform.claude.com/docs/en/agents-and-tools/tool-use/overview
         */
        ToolUnion: components["schemas"]["Tool"] | components["schemas"]["WebSearchTool"] | components["schemas"]["WebFetchTool"] | components["schemas"]["CodeExecutionTool"] | components["schemas"]["BashTool"] | components["schemas"]["TextEditorTool"] | components["schemas"]["ComputerUseTool"] | components["schemas"]["MemoryTool"] | components["schemas"]["ToolSearchTool"] | components["schemas"]["AdvisorTool"] | components["schemas"]["McpToolset"] | components["schemas"]["Toolset20260801"];
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
         * UnknownContentBlockDelta
         * @description A delta type this spec does not know yet; clients should ignore it rather than fail.
         */
        UnknownContentBlockDelta: {
            type: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * UnknownContentBlockParam
         * @description A request content block type this spec does not describe . Proxies must pass such blocks through unchanged.
         */
        UnknownContentBlockParam: {
            type: string;
        } & {
            [key: string]: unknown;
        };
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
            /** @description The speed the request ran at: `standard` or `fast` (fast mode). Open. */
            speed?: components["schemas"]["Speed"] | null;
            /** @description Credit applied because an earlier refused request is retried with its `fallback_credit_token` (beta); an object of token counts, or null. */
            fallback_credit?: {
                [key: string]: unknown;
            } | null;
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
         * Speed
         * @description Generation speed: `fast` (fast mode, on the models that support it, at a higher price) or
         *     `standard` (the default). Open: new values validate.
         *     See https://platform.claude.com/docs/en/build-with-claude/fast-mode
         */
        Speed: ("standard" | "fast") | string;
        /**
         * DiagnosticsParam
         * @description Asks for cache diagnostics in the response (`diagnostics`): name the previous response's
         *     id so the API can say why this request's prompt cache did or did not hit.
         *     See https://platform.claude.com/docs/en/build-with-claude/cache-diagnostics
         */
        DiagnosticsParam: {
            /** @description The `id` of the previous response in the conversation. */
            previous_message_id?: string | null;
        };
        /**
         * FallbacksParam
         * @description Server-side fallback (beta `server-side-fallback-2026-07-01`): the models to retry the
         *     request with when the requested one is unavailable, in order, or `default` for the
         *     API's own list. Each entry names at least a `model`; other fields are passed through.
         *     See https://platform.claude.com/docs/en/api/beta/messages/create
         */
        FallbacksParam: "default" | ({
            model: components["schemas"]["MessageModel"];
        } & {
            [key: string]: unknown;
        })[];
        /**
         * LooseObjectParam
         * @description A request object whose fields this spec does not list yet (a beta feature documented only
         *     in the SDK reference). Any object validates; `type`, when present, names its kind.
         */
        LooseObjectParam: {
            /** @description The kind of object, when the feature has more than one. */
            type?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * FallbackBlock
         * @description Marks where server-side fallback switched models mid-response (beta
         *     `server-side-fallback-2026-07-01`): `from` and `to` describe the two models and `trigger`
         *     why it happened. Send it back unchanged in later turns.
         *     See https://platform.claude.com/docs/en/api/beta/messages/create
         */
        FallbackBlock: {
            /** @constant */
            type: "fallback";
            /** @description The model the response started with (`{model, ...}`). */
            from?: {
                [key: string]: unknown;
            } | null;
            /** @description The model the response continued with (`{model, ...}`). */
            to?: {
                [key: string]: unknown;
            } | null;
            /** @description Why the fallback happened (for example a refusal or overload); open. */
            trigger?: string | {
                [key: string]: unknown;
            } | null;
        };
        /**
         * McpToolListingBlock
         * @description The tools an MCP server offered in this turn (MCP connector, beta `mcp-client-2026-09-15`):
         *     the server's name and its tool list. Send it back unchanged in later turns.
         *     See https://platform.claude.com/docs/en/api/beta/messages/create
         */
        McpToolListingBlock: {
            /** @constant */
            type: "mcp_tool_listing";
            /** @description The MCP server the listing came from. */
            mcp_server_name?: string;
            /** @description The tools it offered (name, description, input schema). */
            tools?: {
                [key: string]: unknown;
            }[];
        };
        /**
         * ToolAdditionBlockParam
         * @description Adds a tool to the tools the model may use from this point of the conversation on (beta
         *     `mid-conversation-tool-changes-2026-07-01`), sent in a `system`-role message: a reference
         *     to a tool, or a full definition. See https://platform.claude.com/docs/en/api/beta/messages/create
         */
        ToolAdditionBlockParam: {
            /** @constant */
            type: "tool_addition";
            /** @description The tool, by reference (`{type: "tool_reference", name}`, an MCP tool or toolset) or, for an addition, by definition. */
            tool: {
                [key: string]: unknown;
            };
            /** @description A prompt-caching breakpoint on this item (see `CacheControl`). */
            cache_control?: components["schemas"]["CacheControl"] | null;
        };
        /**
         * ToolRemovalBlockParam
         * @description Removes a tool from the tools the model may use from this point of the conversation on
         *     (beta `mid-conversation-tool-changes-2026-07-01`), sent in a `system`-role message: a
         *     reference to the tool. See https://platform.claude.com/docs/en/api/beta/messages/create
         */
        ToolRemovalBlockParam: {
            /** @constant */
            type: "tool_removal";
            /** @description The tool, by reference (`{type: "tool_reference", name}`, an MCP tool or toolset) or, for an addition, by definition. */
            tool: {
                [key: string]: unknown;
            };
            /** @description A prompt-caching breakpoint on this item (see `CacheControl`). */
            cache_control?: components["schemas"]["CacheControl"] | null;
        };
        /**
         * Toolset20260801
         * @description The 2026-08 toolsets: `browser_toolset_20260801` (browser use) and
         *     `computer_toolset_20260801` (computer use), generally available since 2026-08-19. A
         *     toolset offers several tools under one entry; `configs` adjusts individual tools by name
         *     (for example to disable one or set its display size).
         *     See https://platform.claude.com/docs/en/release-notes/overview (2026-08-27)
         */
        Toolset20260801: {
            /** @enum {string} */
            type: "browser_toolset_20260801" | "computer_toolset_20260801";
            /** @description The toolset's name (fixed per type). */
            name?: string;
            /** @description Settings per tool of the set, keyed by tool name; each an object (for example `{enabled: false}`). */
            configs?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            } | null;
            /** @description Settings applied to every tool of the set that `configs` does not name. */
            default_config?: {
                [key: string]: unknown;
            } | null;
            /** @description A prompt-caching breakpoint on this item (see `CacheControl`). */
            cache_control?: components["schemas"]["CacheControl"] | null;
            /** @description Leave the toolset out of the initial prompt until tool search loads it. */
            defer_loading?: boolean;
            /** @description Who may call the tools (`direct`, or a code-execution tool version). */
            allowed_callers?: string[];
        };
        /**
         * ModelCapabilities
         * @description What a model supports. Nine keys, each documented as always present: six plain
         *     `{supported}` flags, and `context_management`, `effort` and `thinking`, which also say
         *     which variants are supported (a variant the model lacks may be null). Open: new keys and
         *     fields validate. See https://platform.claude.com/docs/en/api/models/retrieve
         */
        ModelCapabilities: {
            batch?: components["schemas"]["ModelFeatureSupport"];
            citations?: components["schemas"]["ModelFeatureSupport"];
            code_execution?: components["schemas"]["ModelFeatureSupport"];
            image_input?: components["schemas"]["ModelFeatureSupport"];
            pdf_input?: components["schemas"]["ModelFeatureSupport"];
            structured_outputs?: components["schemas"]["ModelFeatureSupport"];
            /** @description Server-side context management, and which edits the model supports. */
            context_management?: {
                /** @description Whether any context management is supported. */
                supported: boolean;
                clear_thinking_20251015?: components["schemas"]["ModelVariantSupport"];
                clear_tool_uses_20250919?: components["schemas"]["ModelVariantSupport"];
                compact_20260112?: components["schemas"]["ModelVariantSupport"];
            };
            /** @description The `output_config.effort` levels the model supports. */
            effort?: {
                /** @description Whether `effort` is supported at all. */
                supported: boolean;
                low?: components["schemas"]["ModelVariantSupport"];
                medium?: components["schemas"]["ModelVariantSupport"];
                high?: components["schemas"]["ModelVariantSupport"];
                max?: components["schemas"]["ModelVariantSupport"];
                xhigh?: components["schemas"]["ModelVariantSupport"];
            };
            /** @description Extended thinking, and which `thinking.type` values the model supports. */
            thinking?: {
                /** @description Whether extended thinking is supported. */
                supported: boolean;
                /** @description Support per thinking type. */
                types?: {
                    adaptive?: components["schemas"]["ModelVariantSupport"];
                    enabled?: components["schemas"]["ModelVariantSupport"];
                };
            };
        };
        /**
         * ModelFeatureSupport
         * @description Whether a model supports a feature (an entry of `ModelCapabilities`).
         */
        ModelFeatureSupport: {
            /** @description Whether the model supports it. */
            supported: boolean;
        };
        /**
         * ModelVariantSupport
         * @description Whether a model supports one variant of a feature; null when the model does not offer it.
         */
        ModelVariantSupport: components["schemas"]["ModelFeatureSupport"] | null;
        /**
         * UsageIteration
         * @description The usage of one sampling pass inside a request that ran several (a compaction pass,
         *     the main message, an advisor call). `type` tells them apart: `message`, `compaction`,
         *     `advisor_message`, `fallback_message` (a pass on a fallback model), and more to come. See
         *     https://platform.claude.com/docs/en/build-with-claude/compaction
         */
        UsageIteration: {
            type: ("message" | "compaction" | "advisor_message" | "fallback_message") | string;
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
            /** @description Enforce the tool's input schema strictly (structured outputs) when the model calls it. */
            strict?: boolean | null;
            /**
             * @description Whether the tool's result blocks appear in the response (`full`, the default) or are
             *     left out (`excluded`); the model still sees them. Open: new values validate.
             */
            response_inclusion?: ("full" | "excluded") | string | null;
            /** @description Allow answers from the fetch cache (the default); `false` always fetches the page live. */
            use_cache?: boolean | null;
            /** @description A prompt-caching breakpoint on this item (see `CacheControl`). */
            cache_control?: components["schemas"]["CacheControl"] | null;
            /** @description Leave the tool out of the initial prompt until tool search loads it. */
            defer_loading?: boolean;
            /** @description Who may call the tool (`direct`, or a code-execution tool version for programmatic calls). */
            allowed_callers?: string[];
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
            /** @description Enforce the tool's input schema strictly (structured outputs) when the model calls it. */
            strict?: boolean | null;
            /**
             * @description Whether the tool's result blocks appear in the response (`full`, the default) or are
             *     left out (`excluded`); the model still sees them. Open: new values validate.
             */
            response_inclusion?: ("full" | "excluded") | string | null;
            /** @description A prompt-caching breakpoint on this item (see `CacheControl`). */
            cache_control?: components["schemas"]["CacheControl"] | null;
            /** @description Leave the tool out of the initial prompt until tool search loads it. */
            defer_loading?: boolean;
            /** @description Who may call the tool (`direct`, or a code-execution tool version for programmatic calls). */
            allowed_callers?: string[];
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
         * ModelInfo
         * @description A model. Items listed since 2026 also carry `max_input_tokens`, `max_tokens` and a
         *     `capabilities` tree; each may be null. Since late 2026 they also carry the model's
         *     `lifecycle` stage, its `line`, and the `deprecated_at` / `retires_at` dates (the official
         *     SDKs from 1.17 type these four; recordings made before them lack them, so they are
         *     optional here). See https://platform.claude.com/docs/en/api/models-list
         */
        ModelInfo: {
            /** @constant */
            type: "model";
            /**
             * @description Unique model identifier.
             * @example claude-sonnet-4-5-20250929
             */
            id: string;
            /**
             * @description A human-readable name.
             * @example Claude Sonnet 4.5
             */
            display_name: string;
            /**
             * Format: date-time
             * @description RFC 3339 time the model was released (may be an epoch if unknown).
             */
            created_at: string;
            /** @description The largest input, in tokens, the model accepts; null when not published. */
            max_input_tokens?: number | null;
            /** @description The largest `max_tokens` value the model accepts; null when not published. */
            max_tokens?: number | null;
            /** @description What the model supports, feature by feature; null when not published. */
            capabilities?: components["schemas"]["ModelCapabilities"] | null;
            /**
             * @description The model's lifecycle stage. Unknown stages are valid: the set may grow.
             *
             *     - `active`: available, open to new adopters, no retirement scheduled.
             *     - `deprecated`: still callable by organizations that use it, closed to new adopters,
             *       headed for retirement.
             *     - `retired`: no longer callable (a Messages request naming it fails); kept in the
             *       catalogue as the record of its retirement.
             *
             *     `models.list` lists `active` and `deprecated` models unless asked for `retired` ones.
             * @example active
             */
            lifecycle?: ("active" | "deprecated" | "retired") | string;
            /**
             * @description The model line it belongs to (`opus` for both Claude Opus 4.5 and 4.6), or null for a
             *     model in no line. More lines may be added; do not infer a line from the `id`.
             * @example sonnet
             */
            line?: ("haiku" | "sonnet" | "opus" | "fable" | "mythos") | string | null;
            /**
             * Format: date-time
             * @description RFC 3339 time of the model's latest deprecation; null while it is `active`.
             */
            deprecated_at?: string | null;
            /**
             * Format: date-time
             * @description RFC 3339 time the model is scheduled to retire; null while it is `active` or while no
             *     retirement is scheduled. A past date on a `deprecated` model means retirement is
             *     overdue, not that it happened: `lifecycle` is the signal.
             */
            retires_at?: string | null;
        };
        /**
         * ModelList
         * @description A page of models (id-cursor pagination).
         */
        ModelList: {
            data: components["schemas"]["ModelInfo"][];
            /** @description Whether there are more results in the requested direction. */
            has_more: boolean;
            /** @description First ID in `data`; pass it as `before_id` for the previous page. */
            first_id: string | null;
            /** @description Last ID in `data`; pass it as `after_id` for the next page. */
            last_id: string | null;
        };
        /**
         * MessageBatch
         * @description A Message Batch: its processing status, per-outcome request counts and lifecycle times.
         *     The times are RFC 3339 strings; those of events that have not happened yet are `null`.
         *     See https://platform.claude.com/docs/en/api/messages/batches/retrieve
         * @example {
         *       "id": "msgbatch_01GSR2pUkGcad188iHy2BkZH",
         *       "type": "message_batch",
         *       "processing_status": "ended",
         *       "request_counts": {
         *         "processing": 0,
         *         "succeeded": 1,
         *         "errored": 0,
         *         "canceled": 0,
         *         "expired": 0
         *       },
         *       "ended_at": "2026-08-19T14:49:14.512507+00:00",
         *       "created_at": "2026-08-19T14:47:10.487960+00:00",
         *       "expires_at": "2026-08-20T14:47:10.487960+00:00",
         *       "archived_at": null,
         *       "cancel_initiated_at": null,
         *       "results_url": "https://api.anthropic.com/v1/messages/batches/msgbatch_01GSR2pUkGcad188iHy2BkZH/results"
         *     }
         */
        MessageBatch: {
            /**
             * @description Unique batch identifier (`msgbatch_...`).
             * @example msgbatch_01GSR2pUkGcad188iHy2BkZH
             */
            id: string;
            /** @constant */
            type: "message_batch";
            /**
             * @description `in_progress` while requests are processed, `canceling` after a cancel until the
             *     batch ends, `ended` when every request has an outcome. Open: other values validate.
             */
            processing_status: ("in_progress" | "canceling" | "ended") | string;
            request_counts: components["schemas"]["MessageBatchRequestCounts"];
            /**
             * Format: date-time
             * @description When processing ended (every request succeeded, errored, was canceled or expired); `null` until then.
             */
            ended_at: string | null;
            /**
             * Format: date-time
             * @description When the batch was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When unfinished requests expire and processing ends, 24 hours after creation.
             */
            expires_at: string;
            /**
             * Format: date-time
             * @description When the batch was archived and its results stopped being available; `null` before that.
             */
            archived_at: string | null;
            /**
             * Format: date-time
             * @description When a cancel was requested; `null` if it never was.
             */
            cancel_initiated_at: string | null;
            /**
             * Format: uri
             * @description Where to download the results (`messages.batches.results`), set once the batch has
             *     ended, `null` before. Use it as given: the path is not guaranteed.
             */
            results_url: string | null;
        };
        /**
         * MessageBatchRequestCounts
         * @description How many of the batch's requests are in each state. The counts add up to the number of
         *     requests; `processing` drops to 0 once the batch has ended.
         *     See https://platform.claude.com/docs/en/api/messages/batches/retrieve
         */
        MessageBatchRequestCounts: {
            /** @description Requests still being processed. */
            processing: number;
            /** @description Requests that completed with a message. */
            succeeded: number;
            /** @description Requests that failed (invalid request or server error). */
            errored: number;
            /** @description Requests canceled before processing started. */
            canceled: number;
            /** @description Requests not processed before the batch expired. */
            expired: number;
        };
        /**
         * MessageBatchList
         * @description A page of Message Batches (id-cursor pagination, as for models and files).
         *     See https://platform.claude.com/docs/en/api/messages/batches/list
         */
        MessageBatchList: {
            data: components["schemas"]["MessageBatch"][];
            /** @description Whether there are more results in the requested direction. */
            has_more: boolean;
            /** @description First ID in `data`; pass it as `before_id` for the previous page. */
            first_id: string | null;
            /** @description Last ID in `data`; pass it as `after_id` for the next page. */
            last_id: string | null;
        };
        /**
         * DeletedMessageBatch
         * @description The answer to deleting a Message Batch.
         *     See https://platform.claude.com/docs/en/api/messages/batches/delete
         */
        DeletedMessageBatch: {
            /** @description ID of the deleted batch. */
            id: string;
            /** @constant */
            type: "message_batch_deleted";
        };
        /**
         * BatchCreateParams
         * @description The body of `messages.batches.create`: up to 100,000 Messages requests, each tagged with
         *     a `custom_id` that comes back on its result line.
         *     See https://platform.claude.com/docs/en/api/messages/batches/create
         * @example {
         *       "requests": [
         *         {
         *           "custom_id": "request-0",
         *           "params": {
         *             "model": "claude-sonnet-4-5",
         *             "max_tokens": 1024,
         *             "messages": [
         *               {
         *                 "role": "user",
         *                 "content": "What's the capital of France?"
         *               }
         *             ]
         *           }
         *         }
         *       ]
         *     }
         */
        BatchCreateParams: {
            /** @description The requests to process. */
            requests: {
                /**
                 * @description Your ID for the request, unique within the batch (1 to 64 letters, digits, `_`
                 *     or `-`). Results come back in any order; match them by this ID.
                 */
                custom_id: string;
                /** @description A Messages request body (`stream` may not be `true`). */
                params: components["schemas"]["CreateMessageParams"];
            }[];
        };
        /**
         * MessageBatchIndividualResponse
         * @description ONE line of a batch results file (`application/x-jsonl`), not the whole body: the
         *     outcome of one request of the batch, keyed by its `custom_id`.
         *     See https://platform.claude.com/docs/en/api/messages/batches/results
         */
        MessageBatchIndividualResponse: {
            /** @description The `custom_id` given to the request when the batch was created. */
            custom_id: string;
            result: components["schemas"]["MessageBatchResult"];
        };
        /**
         * MessageBatchResult
         * @description The outcome of one batch request, told apart by `type`: `succeeded` (with the message),
         *     `errored` (with the error envelope), `canceled` or `expired` (not processed). Open union:
         *     an unknown `type` validates as `UnknownMessageBatchResult`.
         *     See https://platform.claude.com/docs/en/api/messages/batches/results
         */
        MessageBatchResult: components["schemas"]["MessageBatchSucceededResult"] | components["schemas"]["MessageBatchErroredResult"] | components["schemas"]["MessageBatchCanceledResult"] | components["schemas"]["MessageBatchExpiredResult"];
        /**
         * MessageBatchSucceededResult
         * @description The request completed; `message` is what the Messages API would have answered (its
         *     `usage.service_tier` is `batch`).
         *     See https://platform.claude.com/docs/en/api/messages/batches/results
         */
        MessageBatchSucceededResult: {
            /** @constant */
            type: "succeeded";
            message: components["schemas"]["Message"];
        };
        /**
         * MessageBatchErroredResult
         * @description The request failed: `error` is the full error envelope (`{type: "error", error:
         *     {type, message}, request_id}`), e.g. `invalid_request_error` for a bad request body or
         *     `api_error` for a server failure.
         *     See https://platform.claude.com/docs/en/api/messages/batches/results
         */
        MessageBatchErroredResult: {
            /** @constant */
            type: "errored";
            error: components["schemas"]["ErrorResponse"];
        };
        /**
         * MessageBatchCanceledResult
         * @description The batch was canceled before this request was processed.
         *     See https://platform.claude.com/docs/en/api/messages/batches/results
         */
        MessageBatchCanceledResult: {
            /** @constant */
            type: "canceled";
        };
        /**
         * MessageBatchExpiredResult
         * @description The batch reached `expires_at` (24 hours) before this request was processed.
         *     See https://platform.claude.com/docs/en/api/messages/batches/results
         */
        MessageBatchExpiredResult: {
            /** @constant */
            type: "expired";
        };
        /**
         * UnknownMessageBatchResult
         * @description A batch result of a `type` this spec does not know yet; clients should keep it rather
         *     than fail. See https://platform.claude.com/docs/en/api/messages/batches/results
         */
        UnknownMessageBatchResult: {
            type: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * FileMetadata
         * @description A file stored by the Files API. Uploaded files are not downloadable; files the API
         *     created (code execution, Skills) are. See https://platform.claude.com/docs/en/api/files/retrieve_metadata
         * @example {
         *       "type": "file",
         *       "id": "file_011CdeLUpakHYCG43qGLsdXo",
         *       "filename": "apples.pdf",
         *       "mime_type": "application/pdf",
         *       "size_bytes": 14560,
         *       "created_at": "2026-08-02T17:43:56.144000Z",
         *       "downloadable": false
         *     }
         */
        FileMetadata: {
            /** @constant */
            type: "file";
            /**
             * @description Unique file identifier (`file_...`); refer to the file by it in Messages requests.
             * @example file_011CdeLUpakHYCG43qGLsdXo
             */
            id: string;
            /** @description The name the file was uploaded with. */
            filename: string;
            /** @description The file's media type, taken from the uploaded part's `Content-Type`. */
            mime_type: string;
            /** @description The file's size in bytes. */
            size_bytes: number;
            /**
             * Format: date-time
             * @description RFC 3339 time the file was created.
             */
            created_at: string;
            /** @description Whether `files.download` serves the file's content (absent means false). */
            downloadable?: boolean;
            /**
             * Format: date-time
             * @description When the file expires and stops being available; `null` if it does not expire.
             *     Set for files uploaded with `expires_in_seconds` (upload time plus that value).
             */
            expires_at?: string | null;
            /**
             * @description The resource the file belongs to (beta shape), e.g. a session; `null` or absent for
             *     workspace files. See https://platform.claude.com/docs/en/api/beta/files/list
             */
            scope?: {
                /** @description The ID of the scoping resource (e.g. the session ID). */
                id: string;
                /** @description The kind of scope. */
                type: "session" | string;
            } | null;
        };
        /**
         * FileList
         * @description A page of files. Generally available shape: cursor pagination, pass `next_page` back as
         *     `page`. The beta shape (the `files-api-2025-04-14` header sent) also carries the older
         *     id-cursor fields `has_more`, `first_id` and `last_id`. Only `data` is required so that
         *     both validate.
         *     See https://platform.claude.com/docs/en/api/files/list
         */
        FileList: {
            data: components["schemas"]["FileMetadata"][];
            /** @description Whether there are more results in the requested direction. */
            has_more?: boolean;
            /** @description First ID in `data`; pass it as `before_id` for the previous page. */
            first_id?: string | null;
            /** @description Last ID in `data`; pass it as `after_id` for the next page. */
            last_id?: string | null;
            /** @description Cursor of the next page (cursor-paginated form only); `null` on the last page. */
            next_page?: string | null;
        };
        /**
         * DeletedFile
         * @description The answer to deleting a file. See https://platform.claude.com/docs/en/api/files/delete
         */
        DeletedFile: {
            /** @description ID of the deleted file. */
            id: string;
            /** @constant */
            type?: "file_deleted";
        };
        /**
         * FileUploadParams
         * @description The `multipart/form-data` body of `files.upload`: one part named `file` holding the
         *     file's bytes, with the file's name in its `Content-Disposition` filename and its media
         *     type in its `Content-Type`. See https://platform.claude.com/docs/en/api/files/upload
         */
        FileUploadParams: {
            /** @description The file's content. */
            file: string;
            /**
             * @description Seconds from upload until the file expires and its bytes become permanently
             *     unavailable: 3600 (one hour) to 7776000 (ninety days). The file's `expires_at` is the
             *     upload time plus this value. See https://platform.claude.com/docs/en/api/files/upload
             */
            expires_in_seconds?: number;
        };
        /**
         * Skill
         * @description An Agent Skill: a named, versioned directory of files with a `SKILL.md`. Generally
         *     available (served without a beta header, on every API version) it carries `display_name`,
         *     `latest_version_id` and `source` as an object `{type}`. A request that sends the
         *     `skills-2025-10-02` beta header gets the older beta shape instead: `display_title`,
         *     `latest_version` (a Unix-epoch version string) and `source` as a string. Both are
         *     described; only the fields common to both are required.
         *     See https://platform.claude.com/docs/en/api/skills/retrieve
         * @example {
         *       "type": "skill",
         *       "id": "skill_01AbCdEfGhIjKlMnOpQrStUv",
         *       "display_name": "My Custom Skill",
         *       "source": {
         *         "type": "custom"
         *       },
         *       "latest_version_id": "skillver_01AbCdEfGhIjKlMnOpQrStUv",
         *       "created_at": "2025-10-30T23:58:27.427722Z",
         *       "updated_at": "2025-10-30T23:58:27.427722Z"
         *     }
         */
        Skill: {
            /** @constant */
            type: "skill";
            /**
             * @description Unique skill identifier (`skill_...` for custom skills, short names such as `pptx` for Anthropic skills).
             * @example skill_01AbCdEfGhIjKlMnOpQrStUv
             */
            id: string;
            /** @description Human-readable label (beta form); not part of the prompt sent to the model. */
            display_title?: string | null;
            /** @description Human-readable label (generally available form); defaults to the `SKILL.md` name. */
            display_name?: string;
            /**
             * @description Who made the skill. Generally available shape: an object whose `type` is `custom`
             *     (authored in the workspace), `anthropic` (published by Anthropic), `anthropic_example`
             *     (an Anthropic sample) or `plugin` (from an installed plugin); open, new values validate.
             *     Beta shape: the same value as a plain string (`custom` or `anthropic`).
             */
            source?: {
                /** @description The kind of source. */
                type: ("custom" | "anthropic" | "anthropic_example" | "plugin") | string;
            } | (string | ("custom" | "anthropic"));
            /**
             * @description The newest version's identifier, a Unix-epoch timestamp string (beta form).
             * @example 1759178010641129
             */
            latest_version?: string | null;
            /** @description ID of the newest version, what `latest` resolves to (generally available form; always set, a skill holds at least one version). */
            latest_version_id?: string;
            /**
             * Format: date-time
             * @description ISO 8601 time the skill was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description ISO 8601 time the skill was last updated.
             */
            updated_at?: string;
        };
        /**
         * SkillList
         * @description A page of skills (cursor pagination): pass `next_page` as the `page` query parameter to
         *     get the next page. See https://platform.claude.com/docs/en/api/skills/list
         */
        SkillList: {
            data: components["schemas"]["Skill"][];
            /** @description Whether there are more results (beta form; the generally available form relies on `next_page`). */
            has_more?: boolean;
            /**
             * @description Cursor of the next page; `null` on the last page.
             * @example page_MjAyNS0wNS0xNFQwMDowMDowMFo=
             */
            next_page?: string | null;
        };
        /**
         * DeletedSkill
         * @description The answer to deleting a skill. See https://platform.claude.com/docs/en/api/skills/delete
         */
        DeletedSkill: {
            /** @description ID of the deleted skill. */
            id: string;
            /** @constant */
            type: "skill_deleted";
        };
        /**
         * SkillVersion
         * @description One immutable version of a skill: the files uploaded together, with the name and
         *     description read from their `SKILL.md`. Generally available shape: addressed by its `id`.
         *     The beta shape (the `skills-2025-10-02` header sent) also carries `version` (a Unix-epoch
         *     timestamp string, by which it is then addressed) and `directory`.
         *     See https://platform.claude.com/docs/en/api/skills/versions/retrieve
         */
        SkillVersion: {
            /** @constant */
            type: "skill_version";
            /**
             * @description Unique version identifier (`skillver_...`).
             * @example skillver_01AbCdEfGhIjKlMnOpQrStUv
             */
            id: string;
            /** @description ID of the skill the version belongs to. */
            skill_id?: string;
            /**
             * @description The version's Unix-epoch timestamp string, used to address it with the beta header.
             * @example 1759178010641129
             */
            version?: string;
            /** @description The skill name, from the `SKILL.md` frontmatter. */
            name?: string;
            /** @description The skill description, from the `SKILL.md` frontmatter. */
            description?: string;
            /** @description The top-level directory name of the uploaded files. */
            directory?: string;
            /**
             * Format: date-time
             * @description ISO 8601 time the version was created.
             */
            created_at: string;
        };
        /**
         * SkillVersionList
         * @description A page of skill versions (cursor pagination): pass `next_page` as the `page` query
         *     parameter to get the next page. See https://platform.claude.com/docs/en/api/skills/versions/list
         */
        SkillVersionList: {
            data: components["schemas"]["SkillVersion"][];
            /** @description Whether there are more results (beta form). */
            has_more?: boolean;
            /** @description Cursor of the next page; `null` on the last page. */
            next_page?: string | null;
        };
        /**
         * DeletedSkillVersion
         * @description The answer to deleting a skill version; `id` is the version string (beta form) or the
         *     version ID (generally available form).
         *     See https://platform.claude.com/docs/en/api/skills/versions/delete
         */
        DeletedSkillVersion: {
            /** @description The deleted version's identifier. */
            id: string;
            /** @constant */
            type: "skill_version_deleted";
        };
        /**
         * SkillCreateParams
         * @description The `multipart/form-data` body of `skills.create`. Each file is one `files[]` part whose
         *     filename is its path inside the skill (`my-skill/SKILL.md`); all paths share one
         *     top-level directory, which must contain `SKILL.md`. The API reference calls the field
         *     `files`; the official SDKs send the parts as `files[]`.
         *     See https://platform.claude.com/docs/en/api/skills/create
         */
        SkillCreateParams: {
            /** @description Human-readable label for the skill (beta form); not part of the prompt. */
            display_title?: string;
            /** @description Human-readable label (generally available form); defaults to the `SKILL.md` name. */
            display_name?: string;
            /** @description The skill's files, one part each, filenames keeping their directory paths. */
            "files[]": string[];
        };
        /**
         * SkillVersionCreateParams
         * @description The `multipart/form-data` body of `skills.versions.create`: the complete set of the new
         *     version's files as `files[]` parts, laid out as for `SkillCreateParams`.
         *     See https://platform.claude.com/docs/en/api/skills/versions/create
         */
        SkillVersionCreateParams: {
            /** @description The version's files, one part each, filenames keeping their directory paths. */
            "files[]": string[];
        };
    };
    responses: {
        /** @description 400 `invalid_request_error`: the request is malformed or invalid (also used for other 4XX statuses not listed, and for spend limits the user set). See https://platform.claude.com/docs/en/api/errors */
        BadRequest: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                "anthropic-organization-id": components["headers"]["OrganizationId"];
                "x-should-retry": components["headers"]["ShouldRetry"];
                "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                "anthropic-ratelimit-tokens-limit": components["headers"]["RatelimitTokensLimit"];
                "anthropic-ratelimit-tokens-remaining": components["headers"]["RatelimitTokensRemaining"];
                "anthropic-ratelimit-tokens-reset": components["headers"]["RatelimitTokensReset"];
                "anthropic-ratelimit-input-tokens-limit": components["headers"]["RatelimitInputTokensLimit"];
                "anthropic-ratelimit-input-tokens-remaining": components["headers"]["RatelimitInputTokensRemaining"];
                "anthropic-ratelimit-input-tokens-reset": components["headers"]["RatelimitInputTokensReset"];
                "anthropic-ratelimit-output-tokens-limit": components["headers"]["RatelimitOutputTokensLimit"];
                "anthropic-ratelimit-output-tokens-remaining": components["headers"]["RatelimitOutputTokensRemaining"];
                "anthropic-ratelimit-output-tokens-reset": components["headers"]["RatelimitOutputTokensReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "error",
                 *       "error": {
                 *         "type": "invalid_request_error",
                 *         "message": "max_tokens: Field required"
                 *       },
                 *       "request_id": "req_011CdeLVLLuJaht3Nnn97PFc"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"] & {
                    error?: {
                        /** @constant */
                        type?: "invalid_request_error";
                    };
                };
            };
        };
        /** @description 401 `authentication_error`: the API key is missing, malformed, revoked or expired; also a CORS request without `anthropic-dangerous-direct-browser-access: true`. See https://platform.claude.com/docs/en/api/errors */
        Unauthorized: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                "anthropic-organization-id": components["headers"]["OrganizationId"];
                "x-should-retry": components["headers"]["ShouldRetry"];
                "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                "anthropic-ratelimit-tokens-limit": components["headers"]["RatelimitTokensLimit"];
                "anthropic-ratelimit-tokens-remaining": components["headers"]["RatelimitTokensRemaining"];
                "anthropic-ratelimit-tokens-reset": components["headers"]["RatelimitTokensReset"];
                "anthropic-ratelimit-input-tokens-limit": components["headers"]["RatelimitInputTokensLimit"];
                "anthropic-ratelimit-input-tokens-remaining": components["headers"]["RatelimitInputTokensRemaining"];
                "anthropic-ratelimit-input-tokens-reset": components["headers"]["RatelimitInputTokensReset"];
                "anthropic-ratelimit-output-tokens-limit": components["headers"]["RatelimitOutputTokensLimit"];
                "anthropic-ratelimit-output-tokens-remaining": components["headers"]["RatelimitOutputTokensRemaining"];
                "anthropic-ratelimit-output-tokens-reset": components["headers"]["RatelimitOutputTokensReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "error",
                 *       "error": {
                 *         "type": "authentication_error",
                 *         "message": "invalid x-api-key"
                 *       },
                 *       "request_id": "req_011CdeLVLLuJaht3Nnn97PFc"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"] & {
                    error?: {
                        /** @constant */
                        type?: "authentication_error";
                    };
                };
            };
        };
        /** @description 402 `billing_error`: there is an issue with billing or payment information. See https://platform.claude.com/docs/en/api/errors */
        PaymentRequired: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                "anthropic-organization-id": components["headers"]["OrganizationId"];
                "x-should-retry": components["headers"]["ShouldRetry"];
                "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                "anthropic-ratelimit-tokens-limit": components["headers"]["RatelimitTokensLimit"];
                "anthropic-ratelimit-tokens-remaining": components["headers"]["RatelimitTokensRemaining"];
                "anthropic-ratelimit-tokens-reset": components["headers"]["RatelimitTokensReset"];
                "anthropic-ratelimit-input-tokens-limit": components["headers"]["RatelimitInputTokensLimit"];
                "anthropic-ratelimit-input-tokens-remaining": components["headers"]["RatelimitInputTokensRemaining"];
                "anthropic-ratelimit-input-tokens-reset": components["headers"]["RatelimitInputTokensReset"];
                "anthropic-ratelimit-output-tokens-limit": components["headers"]["RatelimitOutputTokensLimit"];
                "anthropic-ratelimit-output-tokens-remaining": components["headers"]["RatelimitOutputTokensRemaining"];
                "anthropic-ratelimit-output-tokens-reset": components["headers"]["RatelimitOutputTokensReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "error",
                 *       "error": {
                 *         "type": "billing_error",
                 *         "message": "Your credit balance is too low."
                 *       },
                 *       "request_id": "req_011CdeLVLLuJaht3Nnn97PFc"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"] & {
                    error?: {
                        /** @constant */
                        type?: "billing_error";
                    };
                };
            };
        };
        /** @description 403 `permission_error`: the API key may not use this resource. See https://platform.claude.com/docs/en/api/errors */
        Forbidden: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                "anthropic-organization-id": components["headers"]["OrganizationId"];
                "x-should-retry": components["headers"]["ShouldRetry"];
                "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                "anthropic-ratelimit-tokens-limit": components["headers"]["RatelimitTokensLimit"];
                "anthropic-ratelimit-tokens-remaining": components["headers"]["RatelimitTokensRemaining"];
                "anthropic-ratelimit-tokens-reset": components["headers"]["RatelimitTokensReset"];
                "anthropic-ratelimit-input-tokens-limit": components["headers"]["RatelimitInputTokensLimit"];
                "anthropic-ratelimit-input-tokens-remaining": components["headers"]["RatelimitInputTokensRemaining"];
                "anthropic-ratelimit-input-tokens-reset": components["headers"]["RatelimitInputTokensReset"];
                "anthropic-ratelimit-output-tokens-limit": components["headers"]["RatelimitOutputTokensLimit"];
                "anthropic-ratelimit-output-tokens-remaining": components["headers"]["RatelimitOutputTokensRemaining"];
                "anthropic-ratelimit-output-tokens-reset": components["headers"]["RatelimitOutputTokensReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "error",
                 *       "error": {
                 *         "type": "permission_error",
                 *         "message": "Your API key does not have permission to use the specified resource."
                 *       },
                 *       "request_id": "req_011CdeLVLLuJaht3Nnn97PFc"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"] & {
                    error?: {
                        /** @constant */
                        type?: "permission_error";
                    };
                };
            };
        };
        /** @description 404 `not_found_error`: the resource (or the path) was not found. See https://platform.claude.com/docs/en/api/errors */
        NotFound: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                "anthropic-organization-id": components["headers"]["OrganizationId"];
                "x-should-retry": components["headers"]["ShouldRetry"];
                "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                "anthropic-ratelimit-tokens-limit": components["headers"]["RatelimitTokensLimit"];
                "anthropic-ratelimit-tokens-remaining": components["headers"]["RatelimitTokensRemaining"];
                "anthropic-ratelimit-tokens-reset": components["headers"]["RatelimitTokensReset"];
                "anthropic-ratelimit-input-tokens-limit": components["headers"]["RatelimitInputTokensLimit"];
                "anthropic-ratelimit-input-tokens-remaining": components["headers"]["RatelimitInputTokensRemaining"];
                "anthropic-ratelimit-input-tokens-reset": components["headers"]["RatelimitInputTokensReset"];
                "anthropic-ratelimit-output-tokens-limit": components["headers"]["RatelimitOutputTokensLimit"];
                "anthropic-ratelimit-output-tokens-remaining": components["headers"]["RatelimitOutputTokensRemaining"];
                "anthropic-ratelimit-output-tokens-reset": components["headers"]["RatelimitOutputTokensReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "error",
                 *       "error": {
                 *         "type": "not_found_error",
                 *         "message": "model: claude-unknown"
                 *       },
                 *       "request_id": "req_011CdeLVLLuJaht3Nnn97PFc"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"] & {
                    error?: {
                        /** @constant */
                        type?: "not_found_error";
                    };
                };
            };
        };
        /** @description 409 `conflict_error`: the request conflicts with the current state of a resource; retryable. See https://platform.claude.com/docs/en/api/errors */
        Conflict: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                "anthropic-organization-id": components["headers"]["OrganizationId"];
                "x-should-retry": components["headers"]["ShouldRetry"];
                "retry-after": components["headers"]["RetryAfter"];
                "retry-after-ms": components["headers"]["RetryAfterMs"];
                "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                "anthropic-ratelimit-tokens-limit": components["headers"]["RatelimitTokensLimit"];
                "anthropic-ratelimit-tokens-remaining": components["headers"]["RatelimitTokensRemaining"];
                "anthropic-ratelimit-tokens-reset": components["headers"]["RatelimitTokensReset"];
                "anthropic-ratelimit-input-tokens-limit": components["headers"]["RatelimitInputTokensLimit"];
                "anthropic-ratelimit-input-tokens-remaining": components["headers"]["RatelimitInputTokensRemaining"];
                "anthropic-ratelimit-input-tokens-reset": components["headers"]["RatelimitInputTokensReset"];
                "anthropic-ratelimit-output-tokens-limit": components["headers"]["RatelimitOutputTokensLimit"];
                "anthropic-ratelimit-output-tokens-remaining": components["headers"]["RatelimitOutputTokensRemaining"];
                "anthropic-ratelimit-output-tokens-reset": components["headers"]["RatelimitOutputTokensReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "error",
                 *       "error": {
                 *         "type": "conflict_error",
                 *         "message": "The resource was modified concurrently."
                 *       },
                 *       "request_id": "req_011CdeLVLLuJaht3Nnn97PFc"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"] & {
                    error?: {
                        /** @constant */
                        type?: "conflict_error";
                    };
                };
            };
        };
        /** @description 413 `request_too_large`: the body exceeds the operation's size limit (`x-body-size-limit`); returned by Cloudflare before the request reaches the API servers. See https://platform.claude.com/docs/en/api/errors#request-size-limits */
        RequestTooLarge: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                "anthropic-organization-id": components["headers"]["OrganizationId"];
                "x-should-retry": components["headers"]["ShouldRetry"];
                "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                "anthropic-ratelimit-tokens-limit": components["headers"]["RatelimitTokensLimit"];
                "anthropic-ratelimit-tokens-remaining": components["headers"]["RatelimitTokensRemaining"];
                "anthropic-ratelimit-tokens-reset": components["headers"]["RatelimitTokensReset"];
                "anthropic-ratelimit-input-tokens-limit": components["headers"]["RatelimitInputTokensLimit"];
                "anthropic-ratelimit-input-tokens-remaining": components["headers"]["RatelimitInputTokensRemaining"];
                "anthropic-ratelimit-input-tokens-reset": components["headers"]["RatelimitInputTokensReset"];
                "anthropic-ratelimit-output-tokens-limit": components["headers"]["RatelimitOutputTokensLimit"];
                "anthropic-ratelimit-output-tokens-remaining": components["headers"]["RatelimitOutputTokensRemaining"];
                "anthropic-ratelimit-output-tokens-reset": components["headers"]["RatelimitOutputTokensReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "error",
                 *       "error": {
                 *         "type": "request_too_large",
                 *         "message": "Request exceeds the maximum allowed number of bytes."
                 *       },
                 *       "request_id": "req_011CdeLVLLuJaht3Nnn97PFc"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"] & {
                    error?: {
                        /** @constant */
                        type?: "request_too_large";
                    };
                };
            };
        };
        /** @description 429 `rate_limit_error`: a rate limit was hit. `retry-after` says how long to wait, except for the spend cap (`error.details.error_code: enforced_spend_limit_reached`), which has none. See https://platform.claude.com/docs/en/api/rate-limits */
        RateLimited: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                "anthropic-organization-id": components["headers"]["OrganizationId"];
                "x-should-retry": components["headers"]["ShouldRetry"];
                "retry-after": components["headers"]["RetryAfter"];
                "retry-after-ms": components["headers"]["RetryAfterMs"];
                "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                "anthropic-ratelimit-tokens-limit": components["headers"]["RatelimitTokensLimit"];
                "anthropic-ratelimit-tokens-remaining": components["headers"]["RatelimitTokensRemaining"];
                "anthropic-ratelimit-tokens-reset": components["headers"]["RatelimitTokensReset"];
                "anthropic-ratelimit-input-tokens-limit": components["headers"]["RatelimitInputTokensLimit"];
                "anthropic-ratelimit-input-tokens-remaining": components["headers"]["RatelimitInputTokensRemaining"];
                "anthropic-ratelimit-input-tokens-reset": components["headers"]["RatelimitInputTokensReset"];
                "anthropic-ratelimit-output-tokens-limit": components["headers"]["RatelimitOutputTokensLimit"];
                "anthropic-ratelimit-output-tokens-remaining": components["headers"]["RatelimitOutputTokensRemaining"];
                "anthropic-ratelimit-output-tokens-reset": components["headers"]["RatelimitOutputTokensReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "error",
                 *       "error": {
                 *         "type": "rate_limit_error",
                 *         "message": "Number of request tokens has exceeded your per-minute rate limit"
                 *       },
                 *       "request_id": "req_011CdeLVLLuJaht3Nnn97PFc"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"] & {
                    error?: {
                        /** @constant */
                        type?: "rate_limit_error";
                    };
                };
            };
        };
        /** @description 500 `api_error`: an unexpected error inside the API; retryable. See https://platform.claude.com/docs/en/api/errors */
        InternalServerError: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                "anthropic-organization-id": components["headers"]["OrganizationId"];
                "x-should-retry": components["headers"]["ShouldRetry"];
                "retry-after": components["headers"]["RetryAfter"];
                "retry-after-ms": components["headers"]["RetryAfterMs"];
                "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                "anthropic-ratelimit-tokens-limit": components["headers"]["RatelimitTokensLimit"];
                "anthropic-ratelimit-tokens-remaining": components["headers"]["RatelimitTokensRemaining"];
                "anthropic-ratelimit-tokens-reset": components["headers"]["RatelimitTokensReset"];
                "anthropic-ratelimit-input-tokens-limit": components["headers"]["RatelimitInputTokensLimit"];
                "anthropic-ratelimit-input-tokens-remaining": components["headers"]["RatelimitInputTokensRemaining"];
                "anthropic-ratelimit-input-tokens-reset": components["headers"]["RatelimitInputTokensReset"];
                "anthropic-ratelimit-output-tokens-limit": components["headers"]["RatelimitOutputTokensLimit"];
                "anthropic-ratelimit-output-tokens-remaining": components["headers"]["RatelimitOutputTokensRemaining"];
                "anthropic-ratelimit-output-tokens-reset": components["headers"]["RatelimitOutputTokensReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "error",
                 *       "error": {
                 *         "type": "api_error",
                 *         "message": "Internal server error"
                 *       },
                 *       "request_id": "req_011CdeLVLLuJaht3Nnn97PFc"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"] & {
                    error?: {
                        /** @constant */
                        type?: "api_error";
                    };
                };
            };
        };
        /** @description 504 `timeout_error`: the request timed out before it could be processed; retryable (stream long requests instead). See https://platform.claude.com/docs/en/api/errors */
        GatewayTimeout: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                "anthropic-organization-id": components["headers"]["OrganizationId"];
                "x-should-retry": components["headers"]["ShouldRetry"];
                "retry-after": components["headers"]["RetryAfter"];
                "retry-after-ms": components["headers"]["RetryAfterMs"];
                "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                "anthropic-ratelimit-tokens-limit": components["headers"]["RatelimitTokensLimit"];
                "anthropic-ratelimit-tokens-remaining": components["headers"]["RatelimitTokensRemaining"];
                "anthropic-ratelimit-tokens-reset": components["headers"]["RatelimitTokensReset"];
                "anthropic-ratelimit-input-tokens-limit": components["headers"]["RatelimitInputTokensLimit"];
                "anthropic-ratelimit-input-tokens-remaining": components["headers"]["RatelimitInputTokensRemaining"];
                "anthropic-ratelimit-input-tokens-reset": components["headers"]["RatelimitInputTokensReset"];
                "anthropic-ratelimit-output-tokens-limit": components["headers"]["RatelimitOutputTokensLimit"];
                "anthropic-ratelimit-output-tokens-remaining": components["headers"]["RatelimitOutputTokensRemaining"];
                "anthropic-ratelimit-output-tokens-reset": components["headers"]["RatelimitOutputTokensReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "error",
                 *       "error": {
                 *         "type": "timeout_error",
                 *         "message": "Request timed out"
                 *       },
                 *       "request_id": "req_011CdeLVLLuJaht3Nnn97PFc"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"] & {
                    error?: {
                        /** @constant */
                        type?: "timeout_error";
                    };
                };
            };
        };
        /** @description 529 `overloaded_error`: the API is temporarily overloaded; retryable. See https://platform.claude.com/docs/en/api/errors */
        Overloaded: {
            headers: {
                "request-id": components["headers"]["RequestId"];
                "anthropic-organization-id": components["headers"]["OrganizationId"];
                "x-should-retry": components["headers"]["ShouldRetry"];
                "retry-after": components["headers"]["RetryAfter"];
                "retry-after-ms": components["headers"]["RetryAfterMs"];
                "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                "anthropic-ratelimit-tokens-limit": components["headers"]["RatelimitTokensLimit"];
                "anthropic-ratelimit-tokens-remaining": components["headers"]["RatelimitTokensRemaining"];
                "anthropic-ratelimit-tokens-reset": components["headers"]["RatelimitTokensReset"];
                "anthropic-ratelimit-input-tokens-limit": components["headers"]["RatelimitInputTokensLimit"];
                "anthropic-ratelimit-input-tokens-remaining": components["headers"]["RatelimitInputTokensRemaining"];
                "anthropic-ratelimit-input-tokens-reset": components["headers"]["RatelimitInputTokensReset"];
                "anthropic-ratelimit-output-tokens-limit": components["headers"]["RatelimitOutputTokensLimit"];
                "anthropic-ratelimit-output-tokens-remaining": components["headers"]["RatelimitOutputTokensRemaining"];
                "anthropic-ratelimit-output-tokens-reset": components["headers"]["RatelimitOutputTokensReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "error",
                 *       "error": {
                 *         "type": "overloaded_error",
                 *         "message": "Overloaded"
                 *       },
                 *       "request_id": "req_011CdeLVLLuJaht3Nnn97PFc"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"] & {
                    error?: {
                        /** @constant */
                        type?: "overloaded_error";
                    };
                };
            };
        };
    };
    parameters: {
        /**
         * @description The API version to use. `2023-06-01` is the long-standing version; `2026-10-21` rejects
         *     `temperature`, `top_p` and `top_k` (400 even at their defaults), rejects `document` blocks
         *     in assistant messages and non-empty `citations` on user text blocks. Files and Skills are
         *     generally available on both versions (no beta header needed). A missing header is answered with 400 `invalid_request_error`
         *     ("anthropic-version: header is required").
         *     See https://platform.claude.com/docs/en/api/versioning and
         *     https://platform.claude.com/docs/en/api/migration-2026-10-21
         * @example 2023-06-01
         */
        AnthropicVersion: components["schemas"]["AnthropicVersion"];
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
        /**
         * @description Must be `true` on requests made from a browser (CORS); without it a cross-origin request
         *     gets 401 `authentication_error` "CORS requests must set
         *     'anthropic-dangerous-direct-browser-access' header". Setting it exposes the API key to
         *     the page. See https://platform.claude.com/docs/en/api/errors
         */
        BrowserAccess: "true";
        /**
         * @description Set by the official SDKs' beta resources (`/v1/messages?beta=true`). It selects nothing by
         *     itself (the `anthropic-beta` header does) but proxies must route paths that carry it.
         */
        BetaQuery: boolean;
        /** @description Number of items to return per page (1 to 1000, default 20). */
        Limit: number;
        /**
         * @description ID of the object to use as a cursor for pagination: returns the page of results
         *     immediately before this object. See https://platform.claude.com/docs/en/api/overview#pagination
         */
        BeforeId: string;
        /**
         * @description ID of the object to use as a cursor for pagination: returns the page of results
         *     immediately after this object. See https://platform.claude.com/docs/en/api/overview#pagination
         */
        AfterId: string;
        /**
         * @description Opaque cursor for cursor-style pagination: the `next_page` value of the previous page
         *     (prefixed `page_`).
         */
        Page: string | null;
        /**
         * @description Selects the Workspace for this request (a Workspace ID such as
         *     `wrkspc_011CZkZaBF1tNoB5wlCeusgy`). Only needed for credentials that can act on more than
         *     one Workspace; a credential that belongs to one Workspace may omit it, and if it sends it,
         *     it must match. See https://platform.claude.com/docs/en/api/messages
         */
        WorkspaceIdHeader: string;
        /**
         * @description The user profile to attribute this request to, when acting on behalf of a party other
         *     than your organization (user profiles beta). The SDKs' `user_profile_id` parameter.
         *     See https://platform.claude.com/docs/en/api/beta/messages/create
         */
        UserProfileIdHeader: string;
        /**
         * @description Number of skills (or skill versions) to return per page (1 to 100, default 20).
         *     See https://platform.claude.com/docs/en/api/skills/list
         */
        SkillsLimit: number;
        /**
         * @description Only these files: at most 100 IDs (after de-duplication), mutually exclusive with `page`
         *     and `limit`. The answer is one page (`next_page` null); IDs that do not resolve to a
         *     visible file, deleted ones included, are left out. On the wire each ID is an `ids[]`
         *     parameter (`ids[]=file_a&ids[]=file_b`), as the official SDKs send every array in a query
         *     (`x-array-brackets`); OpenAPI has no style for that form.
         *     See https://platform.claude.com/docs/en/api/files/list
         */
        FileIds: string[];
        /**
         * @description Only models in these lifecycle stages (`active`, `deprecated`, `retired`; at most 3).
         *     Without it the list holds the `active` and `deprecated` models: `retired` ones appear only
         *     when asked for. On the wire each stage is a `lifecycle[]` parameter
         *     (`lifecycle[]=active&lifecycle[]=retired`), as the official SDKs send every array in a
         *     query (`x-array-brackets`). See https://platform.claude.com/docs/en/api/models-list
         */
        ModelLifecycle: (("active" | "deprecated" | "retired") | string)[];
        /**
         * @description Only files associated with this scope (for example a session ID). Documented for the
         *     beta form of the list. See https://platform.claude.com/docs/en/api/beta/files/list
         */
        ScopeId: string;
        /**
         * @description ID of the Message Batch (`msgbatch_...`).
         * @example msgbatch_01GSR2pUkGcad188iHy2BkZH
         */
        MessageBatchId: string;
        /**
         * @description Model identifier or alias.
         * @example claude-sonnet-4-5
         */
        ModelId: string;
        /**
         * @description ID of the file (`file_...`).
         * @example file_011CdeLUpakHYCG43qGLsdXo
         */
        FileId: string;
        /**
         * @description ID of the skill (`skill_...`).
         * @example skill_01AbCdEfGhIjKlMnOpQrStUv
         */
        SkillId: string;
        /**
         * @description Identifies the skill version by its version ID (`skillver_...`). Requests carrying the
         *     `skills-2025-10-02` beta header address versions by their Unix-epoch timestamp string
         *     (the version's `version`) instead.
         *     See https://platform.claude.com/docs/en/api/skills/versions/retrieve
         * @example skillver_01AbCdEfGhIjKlMnOpQrStUv
         */
        SkillVersion: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description A globally unique identifier for the request, on every response (success and error).
         *     Error bodies repeat it as `request_id`. Quote it when contacting support.
         *     See https://platform.claude.com/docs/en/api/overview#response-headers
         * @example req_011CdeLVLLuJaht3Nnn97PFc
         */
        RequestId: string;
        /**
         * @description The organization that owns the API key used for the request (a UUID).
         *     See https://platform.claude.com/docs/en/api/overview#response-headers
         * @example 5b6f3d1e-2c4a-4f7e-9a3b-1d2e3f4a5b6c
         */
        OrganizationId: string;
        /**
         * @description The workspace the API key belongs to (`wrkspc_...`), seen on recent responses.
         * @example wrkspc_01AbCdEfGhIjKlMnOpQrStUv
         */
        WorkspaceId: string;
        /**
         * @description The maximum number of requests allowed within the rate-limit period.
         *     See https://platform.claude.com/docs/en/api/rate-limits#response-headers
         * @example 4000
         */
        RatelimitRequestsLimit: string;
        /**
         * @description The number of requests remaining before being rate limited (rounded to the nearest thousand for token limits).
         *     See https://platform.claude.com/docs/en/api/rate-limits#response-headers
         * @example 3999
         */
        RatelimitRequestsRemaining: string;
        /**
         * @description When the requests rate limit will be fully replenished, in RFC 3339 format.
         *     See https://platform.claude.com/docs/en/api/rate-limits#response-headers
         * @example 2026-11-25T12:00:00Z
         */
        RatelimitRequestsReset: string;
        /**
         * @description The maximum number of tokens allowed within the rate-limit period.
         *     See https://platform.claude.com/docs/en/api/rate-limits#response-headers
         * @example 4000
         */
        RatelimitTokensLimit: string;
        /**
         * @description The number of tokens remaining before being rate limited (rounded to the nearest thousand for token limits).
         *     See https://platform.claude.com/docs/en/api/rate-limits#response-headers
         * @example 3999
         */
        RatelimitTokensRemaining: string;
        /**
         * @description When the tokens rate limit will be fully replenished, in RFC 3339 format.
         *     See https://platform.claude.com/docs/en/api/rate-limits#response-headers
         * @example 2026-11-25T12:00:00Z
         */
        RatelimitTokensReset: string;
        /**
         * @description The maximum number of input tokens allowed within the rate-limit period.
         *     See https://platform.claude.com/docs/en/api/rate-limits#response-headers
         * @example 4000
         */
        RatelimitInputTokensLimit: string;
        /**
         * @description The number of input tokens remaining before being rate limited (rounded to the nearest thousand for token limits).
         *     See https://platform.claude.com/docs/en/api/rate-limits#response-headers
         * @example 3999
         */
        RatelimitInputTokensRemaining: string;
        /**
         * @description When the input tokens rate limit will be fully replenished, in RFC 3339 format.
         *     See https://platform.claude.com/docs/en/api/rate-limits#response-headers
         * @example 2026-11-25T12:00:00Z
         */
        RatelimitInputTokensReset: string;
        /**
         * @description The maximum number of output tokens allowed within the rate-limit period.
         *     See https://platform.claude.com/docs/en/api/rate-limits#response-headers
         * @example 4000
         */
        RatelimitOutputTokensLimit: string;
        /**
         * @description The number of output tokens remaining before being rate limited (rounded to the nearest thousand for token limits).
         *     See https://platform.claude.com/docs/en/api/rate-limits#response-headers
         * @example 3999
         */
        RatelimitOutputTokensRemaining: string;
        /**
         * @description When the output tokens rate limit will be fully replenished, in RFC 3339 format.
         *     See https://platform.claude.com/docs/en/api/rate-limits#response-headers
         * @example 2026-11-25T12:00:00Z
         */
        RatelimitOutputTokensReset: string;
        /**
         * @description The most input tokens per minute the Priority Tier commitment allows. Sent on Messages responses when the request used `service_tier: "auto"` and the
         *     organization has a Priority Tier commitment.
         *     See https://platform.claude.com/docs/en/api/service-tiers
         */
        PriorityTierInputTokensLimit: number;
        /**
         * @description Input tokens left in the Priority Tier commitment for the current minute. Sent on Messages responses when the request used `service_tier: "auto"` and the
         *     organization has a Priority Tier commitment.
         *     See https://platform.claude.com/docs/en/api/service-tiers
         */
        PriorityTierInputTokensRemaining: number;
        /**
         * @description When the Priority Tier input token allowance is fully replenished, in RFC 3339 format. Sent on Messages responses when the request used `service_tier: "auto"` and the
         *     organization has a Priority Tier commitment.
         *     See https://platform.claude.com/docs/en/api/service-tiers
         */
        PriorityTierInputTokensReset: string;
        /**
         * @description The most output tokens per minute the Priority Tier commitment allows. Sent on Messages responses when the request used `service_tier: "auto"` and the
         *     organization has a Priority Tier commitment.
         *     See https://platform.claude.com/docs/en/api/service-tiers
         */
        PriorityTierOutputTokensLimit: number;
        /**
         * @description Output tokens left in the Priority Tier commitment for the current minute. Sent on Messages responses when the request used `service_tier: "auto"` and the
         *     organization has a Priority Tier commitment.
         *     See https://platform.claude.com/docs/en/api/service-tiers
         */
        PriorityTierOutputTokensRemaining: number;
        /**
         * @description When the Priority Tier output token allowance is fully replenished, in RFC 3339 format. Sent on Messages responses when the request used `service_tier: "auto"` and the
         *     organization has a Priority Tier commitment.
         *     See https://platform.claude.com/docs/en/api/service-tiers
         */
        PriorityTierOutputTokensReset: string;
        /**
         * @description How long to wait before retrying, in seconds (an HTTP date is also valid per RFC 9110).
         *     Sent on 429 and some 5xx/529 responses, and also seen on successful responses.
         *     See https://platform.claude.com/docs/en/api/rate-limits#response-headers
         * @example 14
         */
        RetryAfter: string;
        /**
         * @description The API's own verdict on whether the request may be retried; it overrides a client's
         *     status-based retry rules. Seen as `false` on 4xx errors and `true` on 429.
         * @example false
         */
        ShouldRetry: "true" | "false";
        /**
         * @description How long to wait before retrying, in milliseconds. Clients prefer it over `retry-after`.
         * @example 1500
         */
        RetryAfterMs: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "messages.create": {
        parameters: {
            query?: {
                /**
                 * @description Set by the official SDKs' beta resources (`/v1/messages?beta=true`). It selects nothing by
                 *     itself (the `anthropic-beta` header does) but proxies must route paths that carry it.
                 */
                beta?: components["parameters"]["BetaQuery"];
            };
            header: {
                /**
                 * @description The API version to use. `2023-06-01` is the long-standing version; `2026-10-21` rejects
                 *     `temperature`, `top_p` and `top_k` (400 even at their defaults), rejects `document` blocks
                 *     in assistant messages and non-empty `citations` on user text blocks. Files and Skills are
                 *     generally available on both versions (no beta header needed). A missing header is answered with 400 `invalid_request_error`
                 *     ("anthropic-version: header is required").
                 *     See https://platform.claude.com/docs/en/api/versioning and
                 *     https://platform.claude.com/docs/en/api/migration-2026-10-21
                 * @example 2023-06-01
                 */
                "anthropic-version": components["parameters"]["AnthropicVersion"];
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
                /**
                 * @description Must be `true` on requests made from a browser (CORS); without it a cross-origin request
                 *     gets 401 `authentication_error` "CORS requests must set
                 *     'anthropic-dangerous-direct-browser-access' header". Setting it exposes the API key to
                 *     the page. See https://platform.claude.com/docs/en/api/errors
                 */
                "anthropic-dangerous-direct-browser-access"?: components["parameters"]["BrowserAccess"];
                /**
                 * @description Selects the Workspace for this request (a Workspace ID such as
                 *     `wrkspc_011CZkZaBF1tNoB5wlCeusgy`). Only needed for credentials that can act on more than
                 *     one Workspace; a credential that belongs to one Workspace may omit it, and if it sends it,
                 *     it must match. See https://platform.claude.com/docs/en/api/messages
                 */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceIdHeader"];
                /**
                 * @description The user profile to attribute this request to, when acting on behalf of a party other
                 *     than your organization (user profiles beta). The SDKs' `user_profile_id` parameter.
                 *     See https://platform.claude.com/docs/en/api/beta/messages/create
                 */
                "anthropic-user-profile-id"?: components["parameters"]["UserProfileIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
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
                "application/json": components["schemas"]["CreateMessageParams"];
            };
        };
        responses: {
            /**
             * @description The generated message: a JSON `Message` when `stream` is absent or false, or a
             *     `text/event-stream` when `stream` is true.
             *
             *     In the stream, each event is `event: <type>\n`, then `data: <json>\n`, then a
             *     blank line (`\n`); the `event:` name always equals `data.type` and clients
             *     dispatch on it. The `text/event-stream` schema describes one event's `data`
             *     payload. Events: `message_start`, then per content block `content_block_start`,
             *     `content_block_delta`..., `content_block_stop`, then `message_delta` and
             *     `message_stop`; `ping` may appear anywhere, an `error` event (the error
             *     envelope) may end the stream early, and unknown event types must be ignored. The
             *     JSON in `data:` may carry insignificant whitespace (runs of spaces before the
             *     closing brace are common). See https://platform.claude.com/docs/en/build-with-claude/streaming
             */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    "anthropic-organization-id": components["headers"]["OrganizationId"];
                    "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                    "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                    "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                    "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                    "anthropic-ratelimit-tokens-limit": components["headers"]["RatelimitTokensLimit"];
                    "anthropic-ratelimit-tokens-remaining": components["headers"]["RatelimitTokensRemaining"];
                    "anthropic-ratelimit-tokens-reset": components["headers"]["RatelimitTokensReset"];
                    "anthropic-ratelimit-input-tokens-limit": components["headers"]["RatelimitInputTokensLimit"];
                    "anthropic-ratelimit-input-tokens-remaining": components["headers"]["RatelimitInputTokensRemaining"];
                    "anthropic-ratelimit-input-tokens-reset": components["headers"]["RatelimitInputTokensReset"];
                    "anthropic-ratelimit-output-tokens-limit": components["headers"]["RatelimitOutputTokensLimit"];
                    "anthropic-ratelimit-output-tokens-remaining": components["headers"]["RatelimitOutputTokensRemaining"];
                    "anthropic-ratelimit-output-tokens-reset": components["headers"]["RatelimitOutputTokensReset"];
                    "anthropic-priority-input-tokens-limit": components["headers"]["PriorityTierInputTokensLimit"];
                    "anthropic-priority-input-tokens-remaining": components["headers"]["PriorityTierInputTokensRemaining"];
                    "anthropic-priority-input-tokens-reset": components["headers"]["PriorityTierInputTokensReset"];
                    "anthropic-priority-output-tokens-limit": components["headers"]["PriorityTierOutputTokensLimit"];
                    "anthropic-priority-output-tokens-remaining": components["headers"]["PriorityTierOutputTokensRemaining"];
                    "anthropic-priority-output-tokens-reset": components["headers"]["PriorityTierOutputTokensReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                    /**
                     * @example {
                     *       "type": "content_block_delta",
                     *       "index": 0,
                     *       "delta": {
                     *         "type": "text_delta",
                     *         "text": "Hello!"
                     *       }
                     *     }
                     */
                    "text/event-stream": components["schemas"]["MessageStreamEvent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["RequestTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
            529: components["responses"]["Overloaded"];
        };
    };
    "messages.countTokens": {
        parameters: {
            query?: {
                /**
                 * @description Set by the official SDKs' beta resources (`/v1/messages?beta=true`). It selects nothing by
                 *     itself (the `anthropic-beta` header does) but proxies must route paths that carry it.
                 */
                beta?: components["parameters"]["BetaQuery"];
            };
            header: {
                /**
                 * @description The API version to use. `2023-06-01` is the long-standing version; `2026-10-21` rejects
                 *     `temperature`, `top_p` and `top_k` (400 even at their defaults), rejects `document` blocks
                 *     in assistant messages and non-empty `citations` on user text blocks. Files and Skills are
                 *     generally available on both versions (no beta header needed). A missing header is answered with 400 `invalid_request_error`
                 *     ("anthropic-version: header is required").
                 *     See https://platform.claude.com/docs/en/api/versioning and
                 *     https://platform.claude.com/docs/en/api/migration-2026-10-21
                 * @example 2023-06-01
                 */
                "anthropic-version": components["parameters"]["AnthropicVersion"];
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
                /**
                 * @description Must be `true` on requests made from a browser (CORS); without it a cross-origin request
                 *     gets 401 `authentication_error` "CORS requests must set
                 *     'anthropic-dangerous-direct-browser-access' header". Setting it exposes the API key to
                 *     the page. See https://platform.claude.com/docs/en/api/errors
                 */
                "anthropic-dangerous-direct-browser-access"?: components["parameters"]["BrowserAccess"];
                /**
                 * @description Selects the Workspace for this request (a Workspace ID such as
                 *     `wrkspc_011CZkZaBF1tNoB5wlCeusgy`). Only needed for credentials that can act on more than
                 *     one Workspace; a credential that belongs to one Workspace may omit it, and if it sends it,
                 *     it must match. See https://platform.claude.com/docs/en/api/messages
                 */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceIdHeader"];
                /**
                 * @description The user profile to attribute this request to, when acting on behalf of a party other
                 *     than your organization (user profiles beta). The SDKs' `user_profile_id` parameter.
                 *     See https://platform.claude.com/docs/en/api/beta/messages/create
                 */
                "anthropic-user-profile-id"?: components["parameters"]["UserProfileIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
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
                "application/json": components["schemas"]["CountTokensParams"];
            };
        };
        responses: {
            /** @description The number of input tokens. Clients must tolerate fields besides `input_tokens`. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    "anthropic-organization-id": components["headers"]["OrganizationId"];
                    "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                    "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                    "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                    "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                    "anthropic-ratelimit-tokens-limit": components["headers"]["RatelimitTokensLimit"];
                    "anthropic-ratelimit-tokens-remaining": components["headers"]["RatelimitTokensRemaining"];
                    "anthropic-ratelimit-tokens-reset": components["headers"]["RatelimitTokensReset"];
                    "anthropic-ratelimit-input-tokens-limit": components["headers"]["RatelimitInputTokensLimit"];
                    "anthropic-ratelimit-input-tokens-remaining": components["headers"]["RatelimitInputTokensRemaining"];
                    "anthropic-ratelimit-input-tokens-reset": components["headers"]["RatelimitInputTokensReset"];
                    "anthropic-ratelimit-output-tokens-limit": components["headers"]["RatelimitOutputTokensLimit"];
                    "anthropic-ratelimit-output-tokens-remaining": components["headers"]["RatelimitOutputTokensRemaining"];
                    "anthropic-ratelimit-output-tokens-reset": components["headers"]["RatelimitOutputTokensReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "input_tokens": 14
                     *     }
                     */
                    "application/json": components["schemas"]["MessageTokensCount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["RequestTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
            529: components["responses"]["Overloaded"];
        };
    };
    "messages.batches.list": {
        parameters: {
            query?: {
                /**
                 * @description Set by the official SDKs' beta resources (`/v1/messages?beta=true`). It selects nothing by
                 *     itself (the `anthropic-beta` header does) but proxies must route paths that carry it.
                 */
                beta?: components["parameters"]["BetaQuery"];
                /**
                 * @description ID of the object to use as a cursor for pagination: returns the page of results
                 *     immediately before this object. See https://platform.claude.com/docs/en/api/overview#pagination
                 */
                before_id?: components["parameters"]["BeforeId"];
                /**
                 * @description ID of the object to use as a cursor for pagination: returns the page of results
                 *     immediately after this object. See https://platform.claude.com/docs/en/api/overview#pagination
                 */
                after_id?: components["parameters"]["AfterId"];
                /** @description Number of items to return per page (1 to 1000, default 20). */
                limit?: components["parameters"]["Limit"];
            };
            header: {
                /**
                 * @description The API version to use. `2023-06-01` is the long-standing version; `2026-10-21` rejects
                 *     `temperature`, `top_p` and `top_k` (400 even at their defaults), rejects `document` blocks
                 *     in assistant messages and non-empty `citations` on user text blocks. Files and Skills are
                 *     generally available on both versions (no beta header needed). A missing header is answered with 400 `invalid_request_error`
                 *     ("anthropic-version: header is required").
                 *     See https://platform.claude.com/docs/en/api/versioning and
                 *     https://platform.claude.com/docs/en/api/migration-2026-10-21
                 * @example 2023-06-01
                 */
                "anthropic-version": components["parameters"]["AnthropicVersion"];
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
                /**
                 * @description Must be `true` on requests made from a browser (CORS); without it a cross-origin request
                 *     gets 401 `authentication_error` "CORS requests must set
                 *     'anthropic-dangerous-direct-browser-access' header". Setting it exposes the API key to
                 *     the page. See https://platform.claude.com/docs/en/api/errors
                 */
                "anthropic-dangerous-direct-browser-access"?: components["parameters"]["BrowserAccess"];
                /**
                 * @description Selects the Workspace for this request (a Workspace ID such as
                 *     `wrkspc_011CZkZaBF1tNoB5wlCeusgy`). Only needed for credentials that can act on more than
                 *     one Workspace; a credential that belongs to one Workspace may omit it, and if it sends it,
                 *     it must match. See https://platform.claude.com/docs/en/api/messages
                 */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of Message Batches. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    "anthropic-organization-id": components["headers"]["OrganizationId"];
                    "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                    "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                    "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                    "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageBatchList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
            529: components["responses"]["Overloaded"];
        };
    };
    "messages.batches.create": {
        parameters: {
            query?: {
                /**
                 * @description Set by the official SDKs' beta resources (`/v1/messages?beta=true`). It selects nothing by
                 *     itself (the `anthropic-beta` header does) but proxies must route paths that carry it.
                 */
                beta?: components["parameters"]["BetaQuery"];
            };
            header: {
                /**
                 * @description The API version to use. `2023-06-01` is the long-standing version; `2026-10-21` rejects
                 *     `temperature`, `top_p` and `top_k` (400 even at their defaults), rejects `document` blocks
                 *     in assistant messages and non-empty `citations` on user text blocks. Files and Skills are
                 *     generally available on both versions (no beta header needed). A missing header is answered with 400 `invalid_request_error`
                 *     ("anthropic-version: header is required").
                 *     See https://platform.claude.com/docs/en/api/versioning and
                 *     https://platform.claude.com/docs/en/api/migration-2026-10-21
                 * @example 2023-06-01
                 */
                "anthropic-version": components["parameters"]["AnthropicVersion"];
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
                /**
                 * @description Must be `true` on requests made from a browser (CORS); without it a cross-origin request
                 *     gets 401 `authentication_error` "CORS requests must set
                 *     'anthropic-dangerous-direct-browser-access' header". Setting it exposes the API key to
                 *     the page. See https://platform.claude.com/docs/en/api/errors
                 */
                "anthropic-dangerous-direct-browser-access"?: components["parameters"]["BrowserAccess"];
                /**
                 * @description Selects the Workspace for this request (a Workspace ID such as
                 *     `wrkspc_011CZkZaBF1tNoB5wlCeusgy`). Only needed for credentials that can act on more than
                 *     one Workspace; a credential that belongs to one Workspace may omit it, and if it sends it,
                 *     it must match. See https://platform.claude.com/docs/en/api/messages
                 */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceIdHeader"];
                /**
                 * @description The user profile to attribute this request to, when acting on behalf of a party other
                 *     than your organization (user profiles beta). The SDKs' `user_profile_id` parameter.
                 *     See https://platform.claude.com/docs/en/api/beta/messages/create
                 */
                "anthropic-user-profile-id"?: components["parameters"]["UserProfileIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchCreateParams"];
            };
        };
        responses: {
            /** @description The batch that was created. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    "anthropic-organization-id": components["headers"]["OrganizationId"];
                    "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                    "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                    "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                    "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageBatch"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["RequestTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
            529: components["responses"]["Overloaded"];
        };
    };
    "messages.batches.retrieve": {
        parameters: {
            query?: {
                /**
                 * @description Set by the official SDKs' beta resources (`/v1/messages?beta=true`). It selects nothing by
                 *     itself (the `anthropic-beta` header does) but proxies must route paths that carry it.
                 */
                beta?: components["parameters"]["BetaQuery"];
            };
            header: {
                /**
                 * @description The API version to use. `2023-06-01` is the long-standing version; `2026-10-21` rejects
                 *     `temperature`, `top_p` and `top_k` (400 even at their defaults), rejects `document` blocks
                 *     in assistant messages and non-empty `citations` on user text blocks. Files and Skills are
                 *     generally available on both versions (no beta header needed). A missing header is answered with 400 `invalid_request_error`
                 *     ("anthropic-version: header is required").
                 *     See https://platform.claude.com/docs/en/api/versioning and
                 *     https://platform.claude.com/docs/en/api/migration-2026-10-21
                 * @example 2023-06-01
                 */
                "anthropic-version": components["parameters"]["AnthropicVersion"];
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
                /**
                 * @description Must be `true` on requests made from a browser (CORS); without it a cross-origin request
                 *     gets 401 `authentication_error` "CORS requests must set
                 *     'anthropic-dangerous-direct-browser-access' header". Setting it exposes the API key to
                 *     the page. See https://platform.claude.com/docs/en/api/errors
                 */
                "anthropic-dangerous-direct-browser-access"?: components["parameters"]["BrowserAccess"];
                /**
                 * @description Selects the Workspace for this request (a Workspace ID such as
                 *     `wrkspc_011CZkZaBF1tNoB5wlCeusgy`). Only needed for credentials that can act on more than
                 *     one Workspace; a credential that belongs to one Workspace may omit it, and if it sends it,
                 *     it must match. See https://platform.claude.com/docs/en/api/messages
                 */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceIdHeader"];
            };
            path: {
                /**
                 * @description ID of the Message Batch (`msgbatch_...`).
                 * @example msgbatch_01GSR2pUkGcad188iHy2BkZH
                 */
                message_batch_id: components["parameters"]["MessageBatchId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Message Batch. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    "anthropic-organization-id": components["headers"]["OrganizationId"];
                    "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                    "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                    "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                    "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageBatch"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
            529: components["responses"]["Overloaded"];
        };
    };
    "messages.batches.delete": {
        parameters: {
            query?: {
                /**
                 * @description Set by the official SDKs' beta resources (`/v1/messages?beta=true`). It selects nothing by
                 *     itself (the `anthropic-beta` header does) but proxies must route paths that carry it.
                 */
                beta?: components["parameters"]["BetaQuery"];
            };
            header: {
                /**
                 * @description The API version to use. `2023-06-01` is the long-standing version; `2026-10-21` rejects
                 *     `temperature`, `top_p` and `top_k` (400 even at their defaults), rejects `document` blocks
                 *     in assistant messages and non-empty `citations` on user text blocks. Files and Skills are
                 *     generally available on both versions (no beta header needed). A missing header is answered with 400 `invalid_request_error`
                 *     ("anthropic-version: header is required").
                 *     See https://platform.claude.com/docs/en/api/versioning and
                 *     https://platform.claude.com/docs/en/api/migration-2026-10-21
                 * @example 2023-06-01
                 */
                "anthropic-version": components["parameters"]["AnthropicVersion"];
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
                /**
                 * @description Must be `true` on requests made from a browser (CORS); without it a cross-origin request
                 *     gets 401 `authentication_error` "CORS requests must set
                 *     'anthropic-dangerous-direct-browser-access' header". Setting it exposes the API key to
                 *     the page. See https://platform.claude.com/docs/en/api/errors
                 */
                "anthropic-dangerous-direct-browser-access"?: components["parameters"]["BrowserAccess"];
                /**
                 * @description Selects the Workspace for this request (a Workspace ID such as
                 *     `wrkspc_011CZkZaBF1tNoB5wlCeusgy`). Only needed for credentials that can act on more than
                 *     one Workspace; a credential that belongs to one Workspace may omit it, and if it sends it,
                 *     it must match. See https://platform.claude.com/docs/en/api/messages
                 */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceIdHeader"];
            };
            path: {
                /**
                 * @description ID of the Message Batch (`msgbatch_...`).
                 * @example msgbatch_01GSR2pUkGcad188iHy2BkZH
                 */
                message_batch_id: components["parameters"]["MessageBatchId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The batch was deleted. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    "anthropic-organization-id": components["headers"]["OrganizationId"];
                    "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                    "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                    "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                    "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedMessageBatch"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
            529: components["responses"]["Overloaded"];
        };
    };
    "messages.batches.cancel": {
        parameters: {
            query?: {
                /**
                 * @description Set by the official SDKs' beta resources (`/v1/messages?beta=true`). It selects nothing by
                 *     itself (the `anthropic-beta` header does) but proxies must route paths that carry it.
                 */
                beta?: components["parameters"]["BetaQuery"];
            };
            header: {
                /**
                 * @description The API version to use. `2023-06-01` is the long-standing version; `2026-10-21` rejects
                 *     `temperature`, `top_p` and `top_k` (400 even at their defaults), rejects `document` blocks
                 *     in assistant messages and non-empty `citations` on user text blocks. Files and Skills are
                 *     generally available on both versions (no beta header needed). A missing header is answered with 400 `invalid_request_error`
                 *     ("anthropic-version: header is required").
                 *     See https://platform.claude.com/docs/en/api/versioning and
                 *     https://platform.claude.com/docs/en/api/migration-2026-10-21
                 * @example 2023-06-01
                 */
                "anthropic-version": components["parameters"]["AnthropicVersion"];
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
                /**
                 * @description Must be `true` on requests made from a browser (CORS); without it a cross-origin request
                 *     gets 401 `authentication_error` "CORS requests must set
                 *     'anthropic-dangerous-direct-browser-access' header". Setting it exposes the API key to
                 *     the page. See https://platform.claude.com/docs/en/api/errors
                 */
                "anthropic-dangerous-direct-browser-access"?: components["parameters"]["BrowserAccess"];
                /**
                 * @description Selects the Workspace for this request (a Workspace ID such as
                 *     `wrkspc_011CZkZaBF1tNoB5wlCeusgy`). Only needed for credentials that can act on more than
                 *     one Workspace; a credential that belongs to one Workspace may omit it, and if it sends it,
                 *     it must match. See https://platform.claude.com/docs/en/api/messages
                 */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceIdHeader"];
            };
            path: {
                /**
                 * @description ID of the Message Batch (`msgbatch_...`).
                 * @example msgbatch_01GSR2pUkGcad188iHy2BkZH
                 */
                message_batch_id: components["parameters"]["MessageBatchId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The batch, now canceling (or already ended). */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    "anthropic-organization-id": components["headers"]["OrganizationId"];
                    "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                    "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                    "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                    "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageBatch"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
            529: components["responses"]["Overloaded"];
        };
    };
    "messages.batches.results": {
        parameters: {
            query?: {
                /**
                 * @description Set by the official SDKs' beta resources (`/v1/messages?beta=true`). It selects nothing by
                 *     itself (the `anthropic-beta` header does) but proxies must route paths that carry it.
                 */
                beta?: components["parameters"]["BetaQuery"];
            };
            header: {
                /**
                 * @description The API version to use. `2023-06-01` is the long-standing version; `2026-10-21` rejects
                 *     `temperature`, `top_p` and `top_k` (400 even at their defaults), rejects `document` blocks
                 *     in assistant messages and non-empty `citations` on user text blocks. Files and Skills are
                 *     generally available on both versions (no beta header needed). A missing header is answered with 400 `invalid_request_error`
                 *     ("anthropic-version: header is required").
                 *     See https://platform.claude.com/docs/en/api/versioning and
                 *     https://platform.claude.com/docs/en/api/migration-2026-10-21
                 * @example 2023-06-01
                 */
                "anthropic-version": components["parameters"]["AnthropicVersion"];
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
                /**
                 * @description Must be `true` on requests made from a browser (CORS); without it a cross-origin request
                 *     gets 401 `authentication_error` "CORS requests must set
                 *     'anthropic-dangerous-direct-browser-access' header". Setting it exposes the API key to
                 *     the page. See https://platform.claude.com/docs/en/api/errors
                 */
                "anthropic-dangerous-direct-browser-access"?: components["parameters"]["BrowserAccess"];
                /**
                 * @description Selects the Workspace for this request (a Workspace ID such as
                 *     `wrkspc_011CZkZaBF1tNoB5wlCeusgy`). Only needed for credentials that can act on more than
                 *     one Workspace; a credential that belongs to one Workspace may omit it, and if it sends it,
                 *     it must match. See https://platform.claude.com/docs/en/api/messages
                 */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceIdHeader"];
            };
            path: {
                /**
                 * @description ID of the Message Batch (`msgbatch_...`).
                 * @example msgbatch_01GSR2pUkGcad188iHy2BkZH
                 */
                message_batch_id: components["parameters"]["MessageBatchId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The results file, one JSON object per line. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    "anthropic-organization-id": components["headers"]["OrganizationId"];
                    "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                    "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                    "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                    "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    /**
                     * @description Marks the body as a file download named after the batch:
                     *     `attachment; filename*=utf-8''<batch id>_results.jsonl` (RFC 6266 / RFC 8187).
                     * @example attachment; filename*=utf-8''msgbatch_01GSR2pUkGcad188iHy2BkZH_results.jsonl
                     */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/x-jsonl": components["schemas"]["MessageBatchIndividualResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
            529: components["responses"]["Overloaded"];
        };
    };
    "models.list": {
        parameters: {
            query?: {
                /**
                 * @description Set by the official SDKs' beta resources (`/v1/messages?beta=true`). It selects nothing by
                 *     itself (the `anthropic-beta` header does) but proxies must route paths that carry it.
                 */
                beta?: components["parameters"]["BetaQuery"];
                /**
                 * @description ID of the object to use as a cursor for pagination: returns the page of results
                 *     immediately before this object. See https://platform.claude.com/docs/en/api/overview#pagination
                 */
                before_id?: components["parameters"]["BeforeId"];
                /**
                 * @description ID of the object to use as a cursor for pagination: returns the page of results
                 *     immediately after this object. See https://platform.claude.com/docs/en/api/overview#pagination
                 */
                after_id?: components["parameters"]["AfterId"];
                /** @description Number of items to return per page (1 to 1000, default 20). */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Only models in these lifecycle stages (`active`, `deprecated`, `retired`; at most 3).
                 *     Without it the list holds the `active` and `deprecated` models: `retired` ones appear only
                 *     when asked for. On the wire each stage is a `lifecycle[]` parameter
                 *     (`lifecycle[]=active&lifecycle[]=retired`), as the official SDKs send every array in a
                 *     query (`x-array-brackets`). See https://platform.claude.com/docs/en/api/models-list
                 */
                lifecycle?: components["parameters"]["ModelLifecycle"];
            };
            header: {
                /**
                 * @description The API version to use. `2023-06-01` is the long-standing version; `2026-10-21` rejects
                 *     `temperature`, `top_p` and `top_k` (400 even at their defaults), rejects `document` blocks
                 *     in assistant messages and non-empty `citations` on user text blocks. Files and Skills are
                 *     generally available on both versions (no beta header needed). A missing header is answered with 400 `invalid_request_error`
                 *     ("anthropic-version: header is required").
                 *     See https://platform.claude.com/docs/en/api/versioning and
                 *     https://platform.claude.com/docs/en/api/migration-2026-10-21
                 * @example 2023-06-01
                 */
                "anthropic-version": components["parameters"]["AnthropicVersion"];
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
                /**
                 * @description Must be `true` on requests made from a browser (CORS); without it a cross-origin request
                 *     gets 401 `authentication_error` "CORS requests must set
                 *     'anthropic-dangerous-direct-browser-access' header". Setting it exposes the API key to
                 *     the page. See https://platform.claude.com/docs/en/api/errors
                 */
                "anthropic-dangerous-direct-browser-access"?: components["parameters"]["BrowserAccess"];
                /**
                 * @description Selects the Workspace for this request (a Workspace ID such as
                 *     `wrkspc_011CZkZaBF1tNoB5wlCeusgy`). Only needed for credentials that can act on more than
                 *     one Workspace; a credential that belongs to one Workspace may omit it, and if it sends it,
                 *     it must match. See https://platform.claude.com/docs/en/api/messages
                 */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of models. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    "anthropic-organization-id": components["headers"]["OrganizationId"];
                    "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                    "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                    "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                    "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
            529: components["responses"]["Overloaded"];
        };
    };
    "models.retrieve": {
        parameters: {
            query?: {
                /**
                 * @description Set by the official SDKs' beta resources (`/v1/messages?beta=true`). It selects nothing by
                 *     itself (the `anthropic-beta` header does) but proxies must route paths that carry it.
                 */
                beta?: components["parameters"]["BetaQuery"];
            };
            header: {
                /**
                 * @description The API version to use. `2023-06-01` is the long-standing version; `2026-10-21` rejects
                 *     `temperature`, `top_p` and `top_k` (400 even at their defaults), rejects `document` blocks
                 *     in assistant messages and non-empty `citations` on user text blocks. Files and Skills are
                 *     generally available on both versions (no beta header needed). A missing header is answered with 400 `invalid_request_error`
                 *     ("anthropic-version: header is required").
                 *     See https://platform.claude.com/docs/en/api/versioning and
                 *     https://platform.claude.com/docs/en/api/migration-2026-10-21
                 * @example 2023-06-01
                 */
                "anthropic-version": components["parameters"]["AnthropicVersion"];
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
                /**
                 * @description Must be `true` on requests made from a browser (CORS); without it a cross-origin request
                 *     gets 401 `authentication_error` "CORS requests must set
                 *     'anthropic-dangerous-direct-browser-access' header". Setting it exposes the API key to
                 *     the page. See https://platform.claude.com/docs/en/api/errors
                 */
                "anthropic-dangerous-direct-browser-access"?: components["parameters"]["BrowserAccess"];
                /**
                 * @description Selects the Workspace for this request (a Workspace ID such as
                 *     `wrkspc_011CZkZaBF1tNoB5wlCeusgy`). Only needed for credentials that can act on more than
                 *     one Workspace; a credential that belongs to one Workspace may omit it, and if it sends it,
                 *     it must match. See https://platform.claude.com/docs/en/api/messages
                 */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceIdHeader"];
            };
            path: {
                /**
                 * @description Model identifier or alias.
                 * @example claude-sonnet-4-5
                 */
                model_id: components["parameters"]["ModelId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The model. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    "anthropic-organization-id": components["headers"]["OrganizationId"];
                    "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                    "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                    "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                    "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelInfo"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
            529: components["responses"]["Overloaded"];
        };
    };
    "files.list": {
        parameters: {
            query?: {
                /**
                 * @description Set by the official SDKs' beta resources (`/v1/messages?beta=true`). It selects nothing by
                 *     itself (the `anthropic-beta` header does) but proxies must route paths that carry it.
                 */
                beta?: components["parameters"]["BetaQuery"];
                /**
                 * @description Opaque cursor for cursor-style pagination: the `next_page` value of the previous page
                 *     (prefixed `page_`).
                 */
                page?: components["parameters"]["Page"];
                /** @description Number of items to return per page (1 to 1000, default 20). */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Only these files: at most 100 IDs (after de-duplication), mutually exclusive with `page`
                 *     and `limit`. The answer is one page (`next_page` null); IDs that do not resolve to a
                 *     visible file, deleted ones included, are left out. On the wire each ID is an `ids[]`
                 *     parameter (`ids[]=file_a&ids[]=file_b`), as the official SDKs send every array in a query
                 *     (`x-array-brackets`); OpenAPI has no style for that form.
                 *     See https://platform.claude.com/docs/en/api/files/list
                 */
                ids?: components["parameters"]["FileIds"];
                /**
                 * @description Only files associated with this scope (for example a session ID). Documented for the
                 *     beta form of the list. See https://platform.claude.com/docs/en/api/beta/files/list
                 */
                scope_id?: components["parameters"]["ScopeId"];
                /**
                 * @description ID of the object to use as a cursor for pagination: returns the page of results
                 *     immediately before this object. See https://platform.claude.com/docs/en/api/overview#pagination
                 */
                before_id?: components["parameters"]["BeforeId"];
                /**
                 * @description ID of the object to use as a cursor for pagination: returns the page of results
                 *     immediately after this object. See https://platform.claude.com/docs/en/api/overview#pagination
                 */
                after_id?: components["parameters"]["AfterId"];
            };
            header: {
                /**
                 * @description The API version to use. `2023-06-01` is the long-standing version; `2026-10-21` rejects
                 *     `temperature`, `top_p` and `top_k` (400 even at their defaults), rejects `document` blocks
                 *     in assistant messages and non-empty `citations` on user text blocks. Files and Skills are
                 *     generally available on both versions (no beta header needed). A missing header is answered with 400 `invalid_request_error`
                 *     ("anthropic-version: header is required").
                 *     See https://platform.claude.com/docs/en/api/versioning and
                 *     https://platform.claude.com/docs/en/api/migration-2026-10-21
                 * @example 2023-06-01
                 */
                "anthropic-version": components["parameters"]["AnthropicVersion"];
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
                /**
                 * @description Must be `true` on requests made from a browser (CORS); without it a cross-origin request
                 *     gets 401 `authentication_error` "CORS requests must set
                 *     'anthropic-dangerous-direct-browser-access' header". Setting it exposes the API key to
                 *     the page. See https://platform.claude.com/docs/en/api/errors
                 */
                "anthropic-dangerous-direct-browser-access"?: components["parameters"]["BrowserAccess"];
                /**
                 * @description Selects the Workspace for this request (a Workspace ID such as
                 *     `wrkspc_011CZkZaBF1tNoB5wlCeusgy`). Only needed for credentials that can act on more than
                 *     one Workspace; a credential that belongs to one Workspace may omit it, and if it sends it,
                 *     it must match. See https://platform.claude.com/docs/en/api/messages
                 */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of files. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    "anthropic-organization-id": components["headers"]["OrganizationId"];
                    "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                    "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                    "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                    "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
            529: components["responses"]["Overloaded"];
        };
    };
    "files.upload": {
        parameters: {
            query?: {
                /**
                 * @description Set by the official SDKs' beta resources (`/v1/messages?beta=true`). It selects nothing by
                 *     itself (the `anthropic-beta` header does) but proxies must route paths that carry it.
                 */
                beta?: components["parameters"]["BetaQuery"];
            };
            header: {
                /**
                 * @description The API version to use. `2023-06-01` is the long-standing version; `2026-10-21` rejects
                 *     `temperature`, `top_p` and `top_k` (400 even at their defaults), rejects `document` blocks
                 *     in assistant messages and non-empty `citations` on user text blocks. Files and Skills are
                 *     generally available on both versions (no beta header needed). A missing header is answered with 400 `invalid_request_error`
                 *     ("anthropic-version: header is required").
                 *     See https://platform.claude.com/docs/en/api/versioning and
                 *     https://platform.claude.com/docs/en/api/migration-2026-10-21
                 * @example 2023-06-01
                 */
                "anthropic-version": components["parameters"]["AnthropicVersion"];
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
                /**
                 * @description Must be `true` on requests made from a browser (CORS); without it a cross-origin request
                 *     gets 401 `authentication_error` "CORS requests must set
                 *     'anthropic-dangerous-direct-browser-access' header". Setting it exposes the API key to
                 *     the page. See https://platform.claude.com/docs/en/api/errors
                 */
                "anthropic-dangerous-direct-browser-access"?: components["parameters"]["BrowserAccess"];
                /**
                 * @description Selects the Workspace for this request (a Workspace ID such as
                 *     `wrkspc_011CZkZaBF1tNoB5wlCeusgy`). Only needed for credentials that can act on more than
                 *     one Workspace; a credential that belongs to one Workspace may omit it, and if it sends it,
                 *     it must match. See https://platform.claude.com/docs/en/api/messages
                 */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["FileUploadParams"];
            };
        };
        responses: {
            /** @description The uploaded file's metadata. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    "anthropic-organization-id": components["headers"]["OrganizationId"];
                    "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                    "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                    "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                    "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileMetadata"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["RequestTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
            529: components["responses"]["Overloaded"];
        };
    };
    "files.retrieve": {
        parameters: {
            query?: {
                /**
                 * @description Set by the official SDKs' beta resources (`/v1/messages?beta=true`). It selects nothing by
                 *     itself (the `anthropic-beta` header does) but proxies must route paths that carry it.
                 */
                beta?: components["parameters"]["BetaQuery"];
            };
            header: {
                /**
                 * @description The API version to use. `2023-06-01` is the long-standing version; `2026-10-21` rejects
                 *     `temperature`, `top_p` and `top_k` (400 even at their defaults), rejects `document` blocks
                 *     in assistant messages and non-empty `citations` on user text blocks. Files and Skills are
                 *     generally available on both versions (no beta header needed). A missing header is answered with 400 `invalid_request_error`
                 *     ("anthropic-version: header is required").
                 *     See https://platform.claude.com/docs/en/api/versioning and
                 *     https://platform.claude.com/docs/en/api/migration-2026-10-21
                 * @example 2023-06-01
                 */
                "anthropic-version": components["parameters"]["AnthropicVersion"];
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
                /**
                 * @description Must be `true` on requests made from a browser (CORS); without it a cross-origin request
                 *     gets 401 `authentication_error` "CORS requests must set
                 *     'anthropic-dangerous-direct-browser-access' header". Setting it exposes the API key to
                 *     the page. See https://platform.claude.com/docs/en/api/errors
                 */
                "anthropic-dangerous-direct-browser-access"?: components["parameters"]["BrowserAccess"];
                /**
                 * @description Selects the Workspace for this request (a Workspace ID such as
                 *     `wrkspc_011CZkZaBF1tNoB5wlCeusgy`). Only needed for credentials that can act on more than
                 *     one Workspace; a credential that belongs to one Workspace may omit it, and if it sends it,
                 *     it must match. See https://platform.claude.com/docs/en/api/messages
                 */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceIdHeader"];
            };
            path: {
                /**
                 * @description ID of the file (`file_...`).
                 * @example file_011CdeLUpakHYCG43qGLsdXo
                 */
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's metadata. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    "anthropic-organization-id": components["headers"]["OrganizationId"];
                    "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                    "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                    "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                    "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileMetadata"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
            529: components["responses"]["Overloaded"];
        };
    };
    "files.delete": {
        parameters: {
            query?: {
                /**
                 * @description Set by the official SDKs' beta resources (`/v1/messages?beta=true`). It selects nothing by
                 *     itself (the `anthropic-beta` header does) but proxies must route paths that carry it.
                 */
                beta?: components["parameters"]["BetaQuery"];
            };
            header: {
                /**
                 * @description The API version to use. `2023-06-01` is the long-standing version; `2026-10-21` rejects
                 *     `temperature`, `top_p` and `top_k` (400 even at their defaults), rejects `document` blocks
                 *     in assistant messages and non-empty `citations` on user text blocks. Files and Skills are
                 *     generally available on both versions (no beta header needed). A missing header is answered with 400 `invalid_request_error`
                 *     ("anthropic-version: header is required").
                 *     See https://platform.claude.com/docs/en/api/versioning and
                 *     https://platform.claude.com/docs/en/api/migration-2026-10-21
                 * @example 2023-06-01
                 */
                "anthropic-version": components["parameters"]["AnthropicVersion"];
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
                /**
                 * @description Must be `true` on requests made from a browser (CORS); without it a cross-origin request
                 *     gets 401 `authentication_error` "CORS requests must set
                 *     'anthropic-dangerous-direct-browser-access' header". Setting it exposes the API key to
                 *     the page. See https://platform.claude.com/docs/en/api/errors
                 */
                "anthropic-dangerous-direct-browser-access"?: components["parameters"]["BrowserAccess"];
                /**
                 * @description Selects the Workspace for this request (a Workspace ID such as
                 *     `wrkspc_011CZkZaBF1tNoB5wlCeusgy`). Only needed for credentials that can act on more than
                 *     one Workspace; a credential that belongs to one Workspace may omit it, and if it sends it,
                 *     it must match. See https://platform.claude.com/docs/en/api/messages
                 */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceIdHeader"];
            };
            path: {
                /**
                 * @description ID of the file (`file_...`).
                 * @example file_011CdeLUpakHYCG43qGLsdXo
                 */
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file was deleted. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    "anthropic-organization-id": components["headers"]["OrganizationId"];
                    "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                    "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                    "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                    "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedFile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
            529: components["responses"]["Overloaded"];
        };
    };
    "files.download": {
        parameters: {
            query?: {
                /**
                 * @description Set by the official SDKs' beta resources (`/v1/messages?beta=true`). It selects nothing by
                 *     itself (the `anthropic-beta` header does) but proxies must route paths that carry it.
                 */
                beta?: components["parameters"]["BetaQuery"];
            };
            header: {
                /**
                 * @description The API version to use. `2023-06-01` is the long-standing version; `2026-10-21` rejects
                 *     `temperature`, `top_p` and `top_k` (400 even at their defaults), rejects `document` blocks
                 *     in assistant messages and non-empty `citations` on user text blocks. Files and Skills are
                 *     generally available on both versions (no beta header needed). A missing header is answered with 400 `invalid_request_error`
                 *     ("anthropic-version: header is required").
                 *     See https://platform.claude.com/docs/en/api/versioning and
                 *     https://platform.claude.com/docs/en/api/migration-2026-10-21
                 * @example 2023-06-01
                 */
                "anthropic-version": components["parameters"]["AnthropicVersion"];
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
                /**
                 * @description Must be `true` on requests made from a browser (CORS); without it a cross-origin request
                 *     gets 401 `authentication_error` "CORS requests must set
                 *     'anthropic-dangerous-direct-browser-access' header". Setting it exposes the API key to
                 *     the page. See https://platform.claude.com/docs/en/api/errors
                 */
                "anthropic-dangerous-direct-browser-access"?: components["parameters"]["BrowserAccess"];
                /**
                 * @description Selects the Workspace for this request (a Workspace ID such as
                 *     `wrkspc_011CZkZaBF1tNoB5wlCeusgy`). Only needed for credentials that can act on more than
                 *     one Workspace; a credential that belongs to one Workspace may omit it, and if it sends it,
                 *     it must match. See https://platform.claude.com/docs/en/api/messages
                 */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceIdHeader"];
            };
            path: {
                /**
                 * @description ID of the file (`file_...`).
                 * @example file_011CdeLUpakHYCG43qGLsdXo
                 */
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's content. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    "anthropic-organization-id": components["headers"]["OrganizationId"];
                    "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                    "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                    "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                    "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
            529: components["responses"]["Overloaded"];
        };
    };
    "skills.list": {
        parameters: {
            query?: {
                /**
                 * @description Set by the official SDKs' beta resources (`/v1/messages?beta=true`). It selects nothing by
                 *     itself (the `anthropic-beta` header does) but proxies must route paths that carry it.
                 */
                beta?: components["parameters"]["BetaQuery"];
                /**
                 * @description Opaque cursor for cursor-style pagination: the `next_page` value of the previous page
                 *     (prefixed `page_`).
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Number of skills (or skill versions) to return per page (1 to 100, default 20).
                 *     See https://platform.claude.com/docs/en/api/skills/list
                 */
                limit?: components["parameters"]["SkillsLimit"];
                /**
                 * @description Only list skills of this source: `custom` (created by users of the workspace) or
                 *     `anthropic` (published by Anthropic). Omitted: all.
                 */
                source?: ("custom" | "anthropic") | string;
            };
            header: {
                /**
                 * @description The API version to use. `2023-06-01` is the long-standing version; `2026-10-21` rejects
                 *     `temperature`, `top_p` and `top_k` (400 even at their defaults), rejects `document` blocks
                 *     in assistant messages and non-empty `citations` on user text blocks. Files and Skills are
                 *     generally available on both versions (no beta header needed). A missing header is answered with 400 `invalid_request_error`
                 *     ("anthropic-version: header is required").
                 *     See https://platform.claude.com/docs/en/api/versioning and
                 *     https://platform.claude.com/docs/en/api/migration-2026-10-21
                 * @example 2023-06-01
                 */
                "anthropic-version": components["parameters"]["AnthropicVersion"];
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
                /**
                 * @description Must be `true` on requests made from a browser (CORS); without it a cross-origin request
                 *     gets 401 `authentication_error` "CORS requests must set
                 *     'anthropic-dangerous-direct-browser-access' header". Setting it exposes the API key to
                 *     the page. See https://platform.claude.com/docs/en/api/errors
                 */
                "anthropic-dangerous-direct-browser-access"?: components["parameters"]["BrowserAccess"];
                /**
                 * @description Selects the Workspace for this request (a Workspace ID such as
                 *     `wrkspc_011CZkZaBF1tNoB5wlCeusgy`). Only needed for credentials that can act on more than
                 *     one Workspace; a credential that belongs to one Workspace may omit it, and if it sends it,
                 *     it must match. See https://platform.claude.com/docs/en/api/messages
                 */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of skills. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    "anthropic-organization-id": components["headers"]["OrganizationId"];
                    "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                    "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                    "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                    "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
            529: components["responses"]["Overloaded"];
        };
    };
    "skills.create": {
        parameters: {
            query?: {
                /**
                 * @description Set by the official SDKs' beta resources (`/v1/messages?beta=true`). It selects nothing by
                 *     itself (the `anthropic-beta` header does) but proxies must route paths that carry it.
                 */
                beta?: components["parameters"]["BetaQuery"];
            };
            header: {
                /**
                 * @description The API version to use. `2023-06-01` is the long-standing version; `2026-10-21` rejects
                 *     `temperature`, `top_p` and `top_k` (400 even at their defaults), rejects `document` blocks
                 *     in assistant messages and non-empty `citations` on user text blocks. Files and Skills are
                 *     generally available on both versions (no beta header needed). A missing header is answered with 400 `invalid_request_error`
                 *     ("anthropic-version: header is required").
                 *     See https://platform.claude.com/docs/en/api/versioning and
                 *     https://platform.claude.com/docs/en/api/migration-2026-10-21
                 * @example 2023-06-01
                 */
                "anthropic-version": components["parameters"]["AnthropicVersion"];
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
                /**
                 * @description Must be `true` on requests made from a browser (CORS); without it a cross-origin request
                 *     gets 401 `authentication_error` "CORS requests must set
                 *     'anthropic-dangerous-direct-browser-access' header". Setting it exposes the API key to
                 *     the page. See https://platform.claude.com/docs/en/api/errors
                 */
                "anthropic-dangerous-direct-browser-access"?: components["parameters"]["BrowserAccess"];
                /**
                 * @description Selects the Workspace for this request (a Workspace ID such as
                 *     `wrkspc_011CZkZaBF1tNoB5wlCeusgy`). Only needed for credentials that can act on more than
                 *     one Workspace; a credential that belongs to one Workspace may omit it, and if it sends it,
                 *     it must match. See https://platform.claude.com/docs/en/api/messages
                 */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["SkillCreateParams"];
            };
        };
        responses: {
            /** @description The skill that was created. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    "anthropic-organization-id": components["headers"]["OrganizationId"];
                    "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                    "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                    "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                    "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Skill"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["RequestTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
            529: components["responses"]["Overloaded"];
        };
    };
    "skills.retrieve": {
        parameters: {
            query?: {
                /**
                 * @description Set by the official SDKs' beta resources (`/v1/messages?beta=true`). It selects nothing by
                 *     itself (the `anthropic-beta` header does) but proxies must route paths that carry it.
                 */
                beta?: components["parameters"]["BetaQuery"];
            };
            header: {
                /**
                 * @description The API version to use. `2023-06-01` is the long-standing version; `2026-10-21` rejects
                 *     `temperature`, `top_p` and `top_k` (400 even at their defaults), rejects `document` blocks
                 *     in assistant messages and non-empty `citations` on user text blocks. Files and Skills are
                 *     generally available on both versions (no beta header needed). A missing header is answered with 400 `invalid_request_error`
                 *     ("anthropic-version: header is required").
                 *     See https://platform.claude.com/docs/en/api/versioning and
                 *     https://platform.claude.com/docs/en/api/migration-2026-10-21
                 * @example 2023-06-01
                 */
                "anthropic-version": components["parameters"]["AnthropicVersion"];
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
                /**
                 * @description Must be `true` on requests made from a browser (CORS); without it a cross-origin request
                 *     gets 401 `authentication_error` "CORS requests must set
                 *     'anthropic-dangerous-direct-browser-access' header". Setting it exposes the API key to
                 *     the page. See https://platform.claude.com/docs/en/api/errors
                 */
                "anthropic-dangerous-direct-browser-access"?: components["parameters"]["BrowserAccess"];
                /**
                 * @description Selects the Workspace for this request (a Workspace ID such as
                 *     `wrkspc_011CZkZaBF1tNoB5wlCeusgy`). Only needed for credentials that can act on more than
                 *     one Workspace; a credential that belongs to one Workspace may omit it, and if it sends it,
                 *     it must match. See https://platform.claude.com/docs/en/api/messages
                 */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceIdHeader"];
            };
            path: {
                /**
                 * @description ID of the skill (`skill_...`).
                 * @example skill_01AbCdEfGhIjKlMnOpQrStUv
                 */
                skill_id: components["parameters"]["SkillId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The skill. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    "anthropic-organization-id": components["headers"]["OrganizationId"];
                    "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                    "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                    "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                    "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Skill"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
            529: components["responses"]["Overloaded"];
        };
    };
    "skills.delete": {
        parameters: {
            query?: {
                /**
                 * @description Set by the official SDKs' beta resources (`/v1/messages?beta=true`). It selects nothing by
                 *     itself (the `anthropic-beta` header does) but proxies must route paths that carry it.
                 */
                beta?: components["parameters"]["BetaQuery"];
            };
            header: {
                /**
                 * @description The API version to use. `2023-06-01` is the long-standing version; `2026-10-21` rejects
                 *     `temperature`, `top_p` and `top_k` (400 even at their defaults), rejects `document` blocks
                 *     in assistant messages and non-empty `citations` on user text blocks. Files and Skills are
                 *     generally available on both versions (no beta header needed). A missing header is answered with 400 `invalid_request_error`
                 *     ("anthropic-version: header is required").
                 *     See https://platform.claude.com/docs/en/api/versioning and
                 *     https://platform.claude.com/docs/en/api/migration-2026-10-21
                 * @example 2023-06-01
                 */
                "anthropic-version": components["parameters"]["AnthropicVersion"];
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
                /**
                 * @description Must be `true` on requests made from a browser (CORS); without it a cross-origin request
                 *     gets 401 `authentication_error` "CORS requests must set
                 *     'anthropic-dangerous-direct-browser-access' header". Setting it exposes the API key to
                 *     the page. See https://platform.claude.com/docs/en/api/errors
                 */
                "anthropic-dangerous-direct-browser-access"?: components["parameters"]["BrowserAccess"];
                /**
                 * @description Selects the Workspace for this request (a Workspace ID such as
                 *     `wrkspc_011CZkZaBF1tNoB5wlCeusgy`). Only needed for credentials that can act on more than
                 *     one Workspace; a credential that belongs to one Workspace may omit it, and if it sends it,
                 *     it must match. See https://platform.claude.com/docs/en/api/messages
                 */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceIdHeader"];
            };
            path: {
                /**
                 * @description ID of the skill (`skill_...`).
                 * @example skill_01AbCdEfGhIjKlMnOpQrStUv
                 */
                skill_id: components["parameters"]["SkillId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The skill was deleted. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    "anthropic-organization-id": components["headers"]["OrganizationId"];
                    "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                    "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                    "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                    "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedSkill"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
            529: components["responses"]["Overloaded"];
        };
    };
    "skills.versions.list": {
        parameters: {
            query?: {
                /**
                 * @description Set by the official SDKs' beta resources (`/v1/messages?beta=true`). It selects nothing by
                 *     itself (the `anthropic-beta` header does) but proxies must route paths that carry it.
                 */
                beta?: components["parameters"]["BetaQuery"];
                /**
                 * @description Opaque cursor for cursor-style pagination: the `next_page` value of the previous page
                 *     (prefixed `page_`).
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Number of skills (or skill versions) to return per page (1 to 100, default 20).
                 *     See https://platform.claude.com/docs/en/api/skills/list
                 */
                limit?: components["parameters"]["SkillsLimit"];
            };
            header: {
                /**
                 * @description The API version to use. `2023-06-01` is the long-standing version; `2026-10-21` rejects
                 *     `temperature`, `top_p` and `top_k` (400 even at their defaults), rejects `document` blocks
                 *     in assistant messages and non-empty `citations` on user text blocks. Files and Skills are
                 *     generally available on both versions (no beta header needed). A missing header is answered with 400 `invalid_request_error`
                 *     ("anthropic-version: header is required").
                 *     See https://platform.claude.com/docs/en/api/versioning and
                 *     https://platform.claude.com/docs/en/api/migration-2026-10-21
                 * @example 2023-06-01
                 */
                "anthropic-version": components["parameters"]["AnthropicVersion"];
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
                /**
                 * @description Must be `true` on requests made from a browser (CORS); without it a cross-origin request
                 *     gets 401 `authentication_error` "CORS requests must set
                 *     'anthropic-dangerous-direct-browser-access' header". Setting it exposes the API key to
                 *     the page. See https://platform.claude.com/docs/en/api/errors
                 */
                "anthropic-dangerous-direct-browser-access"?: components["parameters"]["BrowserAccess"];
                /**
                 * @description Selects the Workspace for this request (a Workspace ID such as
                 *     `wrkspc_011CZkZaBF1tNoB5wlCeusgy`). Only needed for credentials that can act on more than
                 *     one Workspace; a credential that belongs to one Workspace may omit it, and if it sends it,
                 *     it must match. See https://platform.claude.com/docs/en/api/messages
                 */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceIdHeader"];
            };
            path: {
                /**
                 * @description ID of the skill (`skill_...`).
                 * @example skill_01AbCdEfGhIjKlMnOpQrStUv
                 */
                skill_id: components["parameters"]["SkillId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of skill versions. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    "anthropic-organization-id": components["headers"]["OrganizationId"];
                    "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                    "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                    "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                    "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillVersionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
            529: components["responses"]["Overloaded"];
        };
    };
    "skills.versions.create": {
        parameters: {
            query?: {
                /**
                 * @description Set by the official SDKs' beta resources (`/v1/messages?beta=true`). It selects nothing by
                 *     itself (the `anthropic-beta` header does) but proxies must route paths that carry it.
                 */
                beta?: components["parameters"]["BetaQuery"];
            };
            header: {
                /**
                 * @description The API version to use. `2023-06-01` is the long-standing version; `2026-10-21` rejects
                 *     `temperature`, `top_p` and `top_k` (400 even at their defaults), rejects `document` blocks
                 *     in assistant messages and non-empty `citations` on user text blocks. Files and Skills are
                 *     generally available on both versions (no beta header needed). A missing header is answered with 400 `invalid_request_error`
                 *     ("anthropic-version: header is required").
                 *     See https://platform.claude.com/docs/en/api/versioning and
                 *     https://platform.claude.com/docs/en/api/migration-2026-10-21
                 * @example 2023-06-01
                 */
                "anthropic-version": components["parameters"]["AnthropicVersion"];
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
                /**
                 * @description Must be `true` on requests made from a browser (CORS); without it a cross-origin request
                 *     gets 401 `authentication_error` "CORS requests must set
                 *     'anthropic-dangerous-direct-browser-access' header". Setting it exposes the API key to
                 *     the page. See https://platform.claude.com/docs/en/api/errors
                 */
                "anthropic-dangerous-direct-browser-access"?: components["parameters"]["BrowserAccess"];
                /**
                 * @description Selects the Workspace for this request (a Workspace ID such as
                 *     `wrkspc_011CZkZaBF1tNoB5wlCeusgy`). Only needed for credentials that can act on more than
                 *     one Workspace; a credential that belongs to one Workspace may omit it, and if it sends it,
                 *     it must match. See https://platform.claude.com/docs/en/api/messages
                 */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceIdHeader"];
            };
            path: {
                /**
                 * @description ID of the skill (`skill_...`).
                 * @example skill_01AbCdEfGhIjKlMnOpQrStUv
                 */
                skill_id: components["parameters"]["SkillId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["SkillVersionCreateParams"];
            };
        };
        responses: {
            /** @description The version that was created. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    "anthropic-organization-id": components["headers"]["OrganizationId"];
                    "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                    "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                    "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                    "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillVersion"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["RequestTooLarge"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
            529: components["responses"]["Overloaded"];
        };
    };
    "skills.versions.retrieve": {
        parameters: {
            query?: {
                /**
                 * @description Set by the official SDKs' beta resources (`/v1/messages?beta=true`). It selects nothing by
                 *     itself (the `anthropic-beta` header does) but proxies must route paths that carry it.
                 */
                beta?: components["parameters"]["BetaQuery"];
            };
            header: {
                /**
                 * @description The API version to use. `2023-06-01` is the long-standing version; `2026-10-21` rejects
                 *     `temperature`, `top_p` and `top_k` (400 even at their defaults), rejects `document` blocks
                 *     in assistant messages and non-empty `citations` on user text blocks. Files and Skills are
                 *     generally available on both versions (no beta header needed). A missing header is answered with 400 `invalid_request_error`
                 *     ("anthropic-version: header is required").
                 *     See https://platform.claude.com/docs/en/api/versioning and
                 *     https://platform.claude.com/docs/en/api/migration-2026-10-21
                 * @example 2023-06-01
                 */
                "anthropic-version": components["parameters"]["AnthropicVersion"];
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
                /**
                 * @description Must be `true` on requests made from a browser (CORS); without it a cross-origin request
                 *     gets 401 `authentication_error` "CORS requests must set
                 *     'anthropic-dangerous-direct-browser-access' header". Setting it exposes the API key to
                 *     the page. See https://platform.claude.com/docs/en/api/errors
                 */
                "anthropic-dangerous-direct-browser-access"?: components["parameters"]["BrowserAccess"];
                /**
                 * @description Selects the Workspace for this request (a Workspace ID such as
                 *     `wrkspc_011CZkZaBF1tNoB5wlCeusgy`). Only needed for credentials that can act on more than
                 *     one Workspace; a credential that belongs to one Workspace may omit it, and if it sends it,
                 *     it must match. See https://platform.claude.com/docs/en/api/messages
                 */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceIdHeader"];
            };
            path: {
                /**
                 * @description ID of the skill (`skill_...`).
                 * @example skill_01AbCdEfGhIjKlMnOpQrStUv
                 */
                skill_id: components["parameters"]["SkillId"];
                /**
                 * @description Identifies the skill version by its version ID (`skillver_...`). Requests carrying the
                 *     `skills-2025-10-02` beta header address versions by their Unix-epoch timestamp string
                 *     (the version's `version`) instead.
                 *     See https://platform.claude.com/docs/en/api/skills/versions/retrieve
                 * @example skillver_01AbCdEfGhIjKlMnOpQrStUv
                 */
                version: components["parameters"]["SkillVersion"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The skill version. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    "anthropic-organization-id": components["headers"]["OrganizationId"];
                    "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                    "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                    "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                    "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillVersion"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
            529: components["responses"]["Overloaded"];
        };
    };
    "skills.versions.delete": {
        parameters: {
            query?: {
                /**
                 * @description Set by the official SDKs' beta resources (`/v1/messages?beta=true`). It selects nothing by
                 *     itself (the `anthropic-beta` header does) but proxies must route paths that carry it.
                 */
                beta?: components["parameters"]["BetaQuery"];
            };
            header: {
                /**
                 * @description The API version to use. `2023-06-01` is the long-standing version; `2026-10-21` rejects
                 *     `temperature`, `top_p` and `top_k` (400 even at their defaults), rejects `document` blocks
                 *     in assistant messages and non-empty `citations` on user text blocks. Files and Skills are
                 *     generally available on both versions (no beta header needed). A missing header is answered with 400 `invalid_request_error`
                 *     ("anthropic-version: header is required").
                 *     See https://platform.claude.com/docs/en/api/versioning and
                 *     https://platform.claude.com/docs/en/api/migration-2026-10-21
                 * @example 2023-06-01
                 */
                "anthropic-version": components["parameters"]["AnthropicVersion"];
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
                /**
                 * @description Must be `true` on requests made from a browser (CORS); without it a cross-origin request
                 *     gets 401 `authentication_error` "CORS requests must set
                 *     'anthropic-dangerous-direct-browser-access' header". Setting it exposes the API key to
                 *     the page. See https://platform.claude.com/docs/en/api/errors
                 */
                "anthropic-dangerous-direct-browser-access"?: components["parameters"]["BrowserAccess"];
                /**
                 * @description Selects the Workspace for this request (a Workspace ID such as
                 *     `wrkspc_011CZkZaBF1tNoB5wlCeusgy`). Only needed for credentials that can act on more than
                 *     one Workspace; a credential that belongs to one Workspace may omit it, and if it sends it,
                 *     it must match. See https://platform.claude.com/docs/en/api/messages
                 */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceIdHeader"];
            };
            path: {
                /**
                 * @description ID of the skill (`skill_...`).
                 * @example skill_01AbCdEfGhIjKlMnOpQrStUv
                 */
                skill_id: components["parameters"]["SkillId"];
                /**
                 * @description Identifies the skill version by its version ID (`skillver_...`). Requests carrying the
                 *     `skills-2025-10-02` beta header address versions by their Unix-epoch timestamp string
                 *     (the version's `version`) instead.
                 *     See https://platform.claude.com/docs/en/api/skills/versions/retrieve
                 * @example skillver_01AbCdEfGhIjKlMnOpQrStUv
                 */
                version: components["parameters"]["SkillVersion"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version was deleted. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    "anthropic-organization-id": components["headers"]["OrganizationId"];
                    "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                    "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                    "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                    "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedSkillVersion"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
            529: components["responses"]["Overloaded"];
        };
    };
    "skills.versions.download": {
        parameters: {
            query?: {
                /**
                 * @description Set by the official SDKs' beta resources (`/v1/messages?beta=true`). It selects nothing by
                 *     itself (the `anthropic-beta` header does) but proxies must route paths that carry it.
                 */
                beta?: components["parameters"]["BetaQuery"];
            };
            header: {
                /**
                 * @description The API version to use. `2023-06-01` is the long-standing version; `2026-10-21` rejects
                 *     `temperature`, `top_p` and `top_k` (400 even at their defaults), rejects `document` blocks
                 *     in assistant messages and non-empty `citations` on user text blocks. Files and Skills are
                 *     generally available on both versions (no beta header needed). A missing header is answered with 400 `invalid_request_error`
                 *     ("anthropic-version: header is required").
                 *     See https://platform.claude.com/docs/en/api/versioning and
                 *     https://platform.claude.com/docs/en/api/migration-2026-10-21
                 * @example 2023-06-01
                 */
                "anthropic-version": components["parameters"]["AnthropicVersion"];
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
                /**
                 * @description Must be `true` on requests made from a browser (CORS); without it a cross-origin request
                 *     gets 401 `authentication_error` "CORS requests must set
                 *     'anthropic-dangerous-direct-browser-access' header". Setting it exposes the API key to
                 *     the page. See https://platform.claude.com/docs/en/api/errors
                 */
                "anthropic-dangerous-direct-browser-access"?: components["parameters"]["BrowserAccess"];
                /**
                 * @description Selects the Workspace for this request (a Workspace ID such as
                 *     `wrkspc_011CZkZaBF1tNoB5wlCeusgy`). Only needed for credentials that can act on more than
                 *     one Workspace; a credential that belongs to one Workspace may omit it, and if it sends it,
                 *     it must match. See https://platform.claude.com/docs/en/api/messages
                 */
                "anthropic-workspace-id"?: components["parameters"]["WorkspaceIdHeader"];
            };
            path: {
                /**
                 * @description ID of the skill (`skill_...`).
                 * @example skill_01AbCdEfGhIjKlMnOpQrStUv
                 */
                skill_id: components["parameters"]["SkillId"];
                /**
                 * @description Identifies the skill version by its version ID (`skillver_...`). Requests carrying the
                 *     `skills-2025-10-02` beta header address versions by their Unix-epoch timestamp string
                 *     (the version's `version`) instead.
                 *     See https://platform.claude.com/docs/en/api/skills/versions/retrieve
                 * @example skillver_01AbCdEfGhIjKlMnOpQrStUv
                 */
                version: components["parameters"]["SkillVersion"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version's files as one zip archive. */
            200: {
                headers: {
                    "request-id": components["headers"]["RequestId"];
                    "anthropic-organization-id": components["headers"]["OrganizationId"];
                    "anthropic-workspace-id": components["headers"]["WorkspaceId"];
                    "anthropic-ratelimit-requests-limit": components["headers"]["RatelimitRequestsLimit"];
                    "anthropic-ratelimit-requests-remaining": components["headers"]["RatelimitRequestsRemaining"];
                    "anthropic-ratelimit-requests-reset": components["headers"]["RatelimitRequestsReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
            529: components["responses"]["Overloaded"];
        };
    };
}
