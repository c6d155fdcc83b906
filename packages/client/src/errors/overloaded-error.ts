import { APIError } from "./api-error.ts";

/** 529 `overloaded_error`: the API is temporarily overloaded; also sent as an `event: error` mid-stream. */
export class OverloadedError extends APIError {
  override name = "OverloadedError";
}
