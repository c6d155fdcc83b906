/**
 * Layers 1 and 2 composed: a byte stream (or any iterable of chunks) to SSE events.
 */
import { createEventDecoder, type ServerSentEvent } from "./events.ts";
import { createLineDecoder } from "./lines.ts";

export type ChunkSource =
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array | string>
  | Iterable<Uint8Array | string>;

async function* chunksOf(source: ChunkSource): AsyncGenerator<Uint8Array | string> {
  if (typeof (source as ReadableStream).getReader === "function") {
    const reader = (source as ReadableStream<Uint8Array>).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      // Releasing (not cancelling) leaves the caller in charge of the stream's life.
      reader.releaseLock();
    }
  }
  yield* source as AsyncIterable<Uint8Array | string>;
}

/** Decodes server-sent events from a byte source, in order, as they complete. */
export async function* decodeServerSentEvents(source: ChunkSource): AsyncGenerator<ServerSentEvent> {
  const lines = createLineDecoder();
  const events = createEventDecoder();
  for await (const chunk of chunksOf(source)) {
    for (const line of lines.push(chunk)) {
      const event = events.push(line);
      if (event) yield event;
    }
  }
  for (const line of lines.flush()) {
    const event = events.push(line);
    if (event) yield event;
  }
  // An unterminated last event is discarded (HTML Living Standard §9.2.6).
  events.flush();
}

/** Decodes a complete SSE body held in memory (fixtures, recordings). */
export function parseServerSentEvents(text: string): ServerSentEvent[] {
  const lines = createLineDecoder();
  const events = createEventDecoder();
  const out: ServerSentEvent[] = [];
  for (const line of [...lines.push(text), ...lines.flush()]) {
    const event = events.push(line);
    if (event) out.push(event);
  }
  events.flush();
  return out;
}
