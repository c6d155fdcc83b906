/**
 * Names for the spec's types that this package's API uses. Everything here is derived from
 * `@claude-spec/generated/schema`; nothing about the API's shapes is restated.
 */
import type { components } from "@claude-spec/generated/schema";

type Schemas = components["schemas"];

export type Message = Schemas["Message"];
export type ContentBlock = Schemas["ContentBlock"];
export type TextCitation = Schemas["TextCitation"];
export type Usage = Schemas["Usage"];
export type ErrorResponse = Schemas["ErrorResponse"];
export type MessageStreamEvent = Schemas["MessageStreamEvent"];
export type ContentBlockDelta = Schemas["ContentBlockDelta"];
export type MessageBatchIndividualResponse = Schemas["MessageBatchIndividualResponse"];
export type MessageBatch = Schemas["MessageBatch"];

/**
 * The members of a union whose `type` is a literal. The generated unions are already closed
 * (scripts/lib/closed-unions.ts leaves the spec's `Unknown*` catch-alls out of the types), so
 * for them this is the union itself; it still guards a union that carries a `type: string`.
 */
export type KnownMembers<U> = U extends { type: infer T } ? (string extends T ? never : U) : never;

export type KnownStreamEvent = KnownMembers<MessageStreamEvent>;
export type KnownStreamEventType = KnownStreamEvent["type"];
export type KnownContentBlockDelta = KnownMembers<ContentBlockDelta>;
export type KnownContentBlock = KnownMembers<ContentBlock>;

/** Narrows a stream event to one known type: `if (isStreamEvent(e, "content_block_delta")) e.delta`. */
export function isStreamEvent<T extends KnownStreamEventType>(
  event: MessageStreamEvent,
  type: T,
): event is Extract<KnownStreamEvent, { type: T }> {
  return event.type === type;
}

/** Narrows a delta (or content block) to one known type: `if (isOfType(d, "text_delta")) d.text`. */
export function isOfType<U extends { type: string }, const T extends KnownMembers<U>["type"]>(
  value: U,
  type: T,
): value is Extract<KnownMembers<U>, { type: T }> & U {
  return value.type === type;
}
