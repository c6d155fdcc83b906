import { RequestTooLargeError } from "./request-too-large-error.ts";

/**
 * A body over its operation's `x-body-size-limit`, refused before anything was sent. It is a
 * {@link RequestTooLargeError}, so one check covers this and the server's own 413.
 */
export class BodyLimitError extends RequestTooLargeError {
  override name = "BodyLimitError";
  readonly limit: number;
  readonly size: number;

  constructor(operationId: string, size: number, limit: number) {
    super({
      status: null,
      type: "request_too_large",
      message: `${operationId}: the request body is ${size} bytes, over the operation's limit of ${limit} bytes; nothing was sent`,
      requestId: null,
      headers: null,
      retryAfter: null,
      body: null,
    });
    this.limit = limit;
    this.size = size;
  }
}
