import { APIError } from "./api-error.ts";

/** 404 `not_found_error`: the resource (or model) does not exist. */
export class NotFoundError extends APIError {
  override name = "NotFoundError";
}
