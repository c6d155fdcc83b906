/**
 * @module
 * Server-sent events, decoded in layers (bytes → lines → events) that know nothing about
 * the Claude API, so any event type flows through.
 */
export { createLineDecoder, type LineDecoder } from "./lines.ts";
export { createEventDecoder, type EventDecoder, type ServerSentEvent } from "./events.ts";
export { decodeServerSentEvents, parseServerSentEvents, type ChunkSource } from "./decode.ts";
