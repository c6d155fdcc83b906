import { APIError } from "./api-error.ts";

/** 413 `request_too_large`: the body is over the operation's limit (answered at the edge). */
export class RequestTooLargeError extends APIError {
  override name = "RequestTooLargeError";
}
