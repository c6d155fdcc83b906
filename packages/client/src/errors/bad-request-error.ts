import { APIError } from "./api-error.ts";

/** 400 `invalid_request_error`: the request itself is wrong; do not retry it unchanged. */
export class BadRequestError extends APIError {
  override name = "BadRequestError";
}
