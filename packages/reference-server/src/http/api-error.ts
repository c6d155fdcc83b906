/**
 * The error a handler throws to answer with the error envelope. Status and `error.type`
 * follow the table on https://platform.claude.com/docs/en/api/errors (CONTRACT.md §1.3).
 */
export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly type: string;
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    readonly status: number,
    message: string,
    options: { type?: string; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.type = options.type ?? errorTypeFor(status);
    this.headers = options.headers ?? {};
  }
}

const typeByStatus: Readonly<Record<number, string>> = {
  400: "invalid_request_error",
  401: "authentication_error",
  402: "billing_error",
  403: "permission_error",
  404: "not_found_error",
  405: "invalid_request_error",
  409: "conflict_error",
  413: "request_too_large",
  429: "rate_limit_error",
  500: "api_error",
  504: "timeout_error",
  529: "overloaded_error",
};

/** The documented `error.type` of a status; other 4xx are `invalid_request_error`, other 5xx `api_error`. */
export function errorTypeFor(status: number): string {
  return typeByStatus[status] ?? (status >= 500 ? "api_error" : "invalid_request_error");
}

/** The SDK's default retry rule (408, 409, 429, ≥500), which `x-should-retry` makes explicit. */
export function shouldRetry(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}
