import { APIError } from "./api-error.ts";

/** 504 `timeout_error`: the request timed out upstream. */
export class GatewayTimeoutError extends APIError {
  override name = "GatewayTimeoutError";
}
