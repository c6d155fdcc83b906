import { APIError } from "./api-error.ts";

/** 401 `authentication_error`: a missing or bad key, or a browser request without the browser-access header. */
export class AuthenticationError extends APIError {
  override name = "AuthenticationError";
}
