import { APIError } from "./api-error.ts";

/** 403 `permission_error`: the key may not use this resource. */
export class PermissionDeniedError extends APIError {
  override name = "PermissionDeniedError";
}
