import { APIError } from "./api-error.ts";

/** 402 `billing_error`: a billing or payment problem on the account. */
export class BillingError extends APIError {
  override name = "BillingError";
}
