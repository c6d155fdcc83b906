import { ClaudeError } from "./claude-error.ts";

/** What the API (or something in front of it) said about a failed request. */
export interface ApiErrorInit {
  /** The HTTP status, or null for an `event: error` inside a 200 stream. */
  readonly status: number | null;
  /** `error.type` from the envelope, kept even when this client does not know it. */
  readonly type: string | null;
  readonly message: string;
  readonly requestId: string | null;
  readonly headers: Headers | null;
  /** The wait the server asked for, in milliseconds (`retry-after-ms` / `retry-after`). */
  readonly retryAfter: number | null;
  /** The parsed error envelope, or a bounded excerpt of a body that was not JSON. */
  readonly body: unknown;
}

/**
 * An error answer from the API. Subclasses name the kind (one per documented status);
 * this class itself stands for kinds the client does not know, keeping their `type`.
 * See https://platform.claude.com/docs/en/api/errors
 */
export class APIError extends ClaudeError {
  override name = "APIError";
  // `declare`d and set in one assignment below: six field initialisers cost bundle bytes.
  declare readonly status: number | null;
  declare readonly type: string | null;
  declare readonly requestId: string | null;
  declare readonly headers: Headers | null;
  declare readonly retryAfter: number | null;
  declare readonly body: unknown;
  /** `error.details.error_code` (for example `enforced_spend_limit_reached`), when sent. */
  readonly errorCode: string | null;

  constructor(init: ApiErrorInit) {
    super(init.message);
    const { status, type, requestId, headers, retryAfter, body } = init;
    Object.assign(this, { status, type, requestId, headers, retryAfter, body });
    const details = (init.body as { error?: { details?: { error_code?: unknown } } } | null)?.error?.details;
    this.errorCode = typeof details?.error_code === "string" ? details.error_code : null;
  }
}
