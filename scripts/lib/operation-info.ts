/**
 * The type of an operation table row: the one definition, which the generator builds the
 * table with and copies, from the marker on, into generated/operations.ts (that package
 * imports nothing from scripts/).
 */
// ---- written into the generated table from this line on ----
/** One row of the operation table: the facts about an endpoint that code needs. */
export interface OperationInfo {
  /** The spec's operationId; its dotted form is the client facade's method path. */
  readonly operationId: string;
  readonly method: "get" | "post" | "delete";
  /** The path template, with `{param}` placeholders. */
  readonly path: string;
  readonly tag: string;
  readonly summary: string;
  /** The request body's media type, or null when the operation takes no body. */
  readonly requestContentType: string | null;
  /** The success response's media types. */
  readonly responseContentTypes: readonly string[];
  /** True when the success response can be `text/event-stream`. */
  readonly streaming: boolean;
  /** The largest request body the API accepts, in bytes (`x-body-size-limit`). */
  readonly bodySizeLimit: number | null;
  /** The `anthropic-beta` value the operation belongs to (`x-beta`). */
  readonly beta: { readonly name: string; readonly required: boolean } | null;
  /** The page style of a list operation (`x-pagination`). */
  readonly pagination: "page" | "cursor" | null;
  readonly successStatus: number;
  readonly errorStatuses: readonly number[];
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
}
