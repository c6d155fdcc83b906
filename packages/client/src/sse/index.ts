/**
 * @module
 * Server-sent events, decoded in layers (bytes → lines → events) that know nothing about
 * the Claude API, so any event type flows through.
 */
export { createLineDecoder, createLineScanner, lineEndIn, type LineDecoder, type LineScanner, type LineSink } from "./lines.ts";
export { createEventDecoder, createEventScanner, type EventDecoder, type EventScanner, type EventSink, type ServerSentEvent } from "./events.ts";
export { decodeServerSentEvents, parseServerSentEvents, type ChunkSource } from "./decode.ts";
