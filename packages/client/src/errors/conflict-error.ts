import { APIError } from "./api-error.ts";

/** 409 `conflict_error`: the request conflicts with the current state; retried by default. */
export class ConflictError extends APIError {
  override name = "ConflictError";
}
