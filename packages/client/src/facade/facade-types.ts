/**
 * The facade's types, computed from the operation table and the generated schema: a method
 * per operationId (`messages.batches.list` → `client.messages.batches.list`), its path
 * parameters as leading arguments in the table's order, then the body or query, then
 * per-call options. The result type follows the operation's response media type and page style.
 */
import type { OperationId, operationsById } from "@claude-spec/generated/operations";
import type { operations as Schema } from "@claude-spec/generated/schema";
import type { JsonLines } from "../jsonl/json-lines.ts";
import type { PageFields, PageRequest } from "../pagination/page-request.ts";
import type { MessageStream } from "../stream/message-stream.ts";
import type { RequestOptions } from "../transport/context.ts";
import type { WithMeta } from "../transport/response-meta.ts";
import type { Uploadable } from "../uploads/uploadable.ts";
import type { Download } from "./download.ts";

type Row<Id extends OperationId> = (typeof operationsById)[Id];
type Op<Id extends OperationId> = Schema[Id];

type Content<Id extends OperationId, Media extends string> = Op<Id> extends { requestBody?: { content: infer C } }
  ? C extends { [M in Media]: infer B }
    ? B
    : never
  : never;

type Success<Id extends OperationId> = Op<Id>["responses"][Row<Id>["successStatus"] & keyof Op<Id>["responses"]] extends {
  content: infer C;
}
  ? C
  : never;

/** The JSON a call answers with (or, for JSON Lines, one line). */
export type ResultOf<Id extends OperationId> = Success<Id> extends { "application/json": infer J }
  ? J
  : Success<Id> extends { "application/x-jsonl": infer L }
    ? L
    : never;

/** Multipart text fields keep their type; binary fields (strings in the schema) take uploads. */
type MultipartParams<B> = {
  [K in keyof B as K extends `${infer N}[]` ? N : K]: B[K] extends readonly (infer E)[]
    ? readonly (E extends string ? Uploadable : E)[]
    : B[K] extends string
      ? string | Uploadable
      : B[K];
};

/** `Omit` that keeps known keys next to an index signature (request bodies are open objects). */
type Without<T, K extends PropertyKey> = { [P in keyof T as P extends K ? never : P]: T[P] };

type Query<Id extends OperationId> = Op<Id>["parameters"] extends { query?: infer Q } ? Without<NonNullable<Q>, "beta"> : never;

/** What a call takes after its path parameters. */
export type ParamsOf<Id extends OperationId> = Row<Id>["requestContentType"] extends "application/json"
  ? Content<Id, "application/json">
  : Row<Id>["requestContentType"] extends "multipart/form-data"
    ? MultipartParams<Content<Id, "multipart/form-data">>
    : Row<Id>["method"] extends "get"
      ? Query<Id>
      : never;

type Strings<T> = T extends readonly [unknown, ...infer Rest] ? [string, ...Strings<Rest>] : [];
type PathArgs<Id extends OperationId> = Strings<Row<Id>["pathParams"]>;

type IsOptional<P> = [P] extends [never] ? true : {} extends P ? true : false;

/** A batch (anything with its id and `results_url`) can stand in for its id when fetching results. */
export interface ResultsSource {
  readonly id: string;
  readonly results_url?: string | null;
}

type Leading<Id extends OperationId> = "application/x-jsonl" extends Row<Id>["responseContentTypes"][number]
  ? PathArgs<Id> extends [string, ...infer Rest]
    ? [idOrBatch: string | ResultsSource, ...Rest]
    : PathArgs<Id>
  : PathArgs<Id>;

type Args<Id extends OperationId, P> = [P] extends [never]
  ? [...Leading<Id>, options?: RequestOptions]
  : IsOptional<P> extends true
    ? [...Leading<Id>, params?: P, options?: RequestOptions]
    : [...Leading<Id>, params: P, options?: RequestOptions];

type ReturnOf<Id extends OperationId> = Row<Id>["pagination"] extends "page" | "cursor"
  ? PageRequest<WithMeta<ResultOf<Id>> & PageFields<unknown>, ResultOf<Id> extends { data: readonly (infer I)[] } ? I : never>
  : "application/x-jsonl" extends Row<Id>["responseContentTypes"][number]
    ? Promise<JsonLines<ResultOf<Id>>>
    : "application/json" extends Row<Id>["responseContentTypes"][number]
      ? Promise<WithMeta<ResultOf<Id>>>
      : Promise<Download>;

/** `messages.create` always answers JSON; streaming is its sibling `messages.stream`. */
type NoStream<P> = P extends { stream?: unknown } ? Without<P, "stream"> & { stream?: false } : P;

export type MethodOf<Id extends OperationId> = (
  ...args: Args<Id, Row<Id>["streaming"] extends true ? NoStream<ParamsOf<Id>> : ParamsOf<Id>>
) => ReturnOf<Id>;
export type StreamMethodOf<Id extends OperationId> = (
  ...args: Args<Id, Without<ParamsOf<Id>, "stream">>
) => Promise<MessageStream>;

type Nest<Path extends string, Leaf> = Path extends `${infer Head}.${infer Rest}`
  ? { readonly [K in Head]: Nest<Rest, Leaf> }
  : { readonly [K in Path]: Leaf };

type Parent<Path extends string> = Path extends `${infer Head}.${infer Rest}`
  ? Rest extends `${string}.${string}`
    ? `${Head}.${Parent<Rest>}`
    : Head
  : never;

type StreamingId<Ids extends OperationId> = { [Id in Ids]: Row<Id>["streaming"] extends true ? Id : never }[Ids];

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/**
 * The operations `Ids` (all by default) as nested methods, plus a `stream` sibling for each
 * streaming operation.
 */
export type Facade<Ids extends OperationId = OperationId> = UnionToIntersection<
  | { [Id in Ids]: Nest<Id, MethodOf<Id>> }[Ids]
  | { [Id in StreamingId<Ids>]: Nest<`${Parent<Id>}.stream`, StreamMethodOf<Id>> }[StreamingId<Ids>]
>;
