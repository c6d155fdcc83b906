/**
 * Layer 3 of streaming: an SSE event to a typed stream event. Dispatch is on the `event:`
 * line (the contract: clients dispatch on it, and its name always equals `data.type`); an
 * event without one falls back to `data.type`. Unknown event names pass through untouched.
 */
import { StreamError } from "../errors/stream-error.ts";
import type { ServerSentEvent } from "../sse/events.ts";
import type { MessageStreamEvent } from "../types.ts";

export function toStreamEvent(sse: ServerSentEvent): MessageStreamEvent {
  return streamEventOf(sse.event, sse.data);
}

/** `toStreamEvent` from the event's two fields, for decoders that build no SSE object. */
export function streamEventOf(name: string | null, text: string): MessageStreamEvent {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new StreamError(`event ${name ?? "(unnamed)"} carried data that is not JSON: ${text.slice(0, 200)}`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new StreamError(`event ${name ?? "(unnamed)"} carried JSON that is not an object`);
  }
  const type = (data as { type?: unknown }).type;
  if (type === name && name !== null) return data as MessageStreamEvent;
  if (name !== null) return { ...data, type: name } as MessageStreamEvent;
  if (typeof type !== "string") throw new StreamError("an event had neither an event name nor a data type");
  return data as MessageStreamEvent;
}
