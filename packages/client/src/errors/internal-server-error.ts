import { APIError } from "./api-error.ts";

/** 500 `api_error`, or any other 5xx without a class of its own (an HTML 502 from a proxy, say). */
export class InternalServerError extends APIError {
  override name = "InternalServerError";
}
