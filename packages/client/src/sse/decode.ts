/**
 * Layers 1 and 2 composed: a byte stream (or any iterable of chunks) to SSE events.
 */
import { createEventScanner, type ServerSentEvent } from "./events.ts";
import { createLineScanner } from "./lines.ts";

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
  let completed: ServerSentEvent[] = [];
  const lines = createLineScanner();
  const events = createEventScanner((event, data, id, retry) => completed.push({ event, data, id, retry }));
  for await (const chunk of chunksOf(source)) {
    lines.push(chunk, events.lines);
    if (completed.length === 0) continue;
    const batch = completed;
    completed = [];
    yield* batch;
  }
  lines.flush(events.lines);
  yield* completed;
  // An unterminated last event is discarded (HTML Living Standard §9.2.6).
  events.flush();
}

/** Decodes a complete SSE body held in memory (fixtures, recordings). */
export function parseServerSentEvents(text: string): ServerSentEvent[] {
  const out: ServerSentEvent[] = [];
  const lines = createLineScanner();
  const events = createEventScanner((event, data, id, retry) => out.push({ event, data, id, retry }));
  lines.push(text, events.lines);
  lines.flush(events.lines);
  events.flush();
  return out;
}
