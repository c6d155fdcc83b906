/**
 * Layer 3 of streaming: an SSE event to a typed stream event. Dispatch is on the `event:`
 * line (the contract: clients dispatch on it, and its name always equals `data.type`); an
 * event without one falls back to `data.type`. Unknown event names pass through untouched.
 */
import { StreamError } from "../errors/stream-error.ts";
import type { ServerSentEvent } from "../sse/events.ts";
import type { MessageStreamEvent } from "../types.ts";

export function toStreamEvent(sse: ServerSentEvent): MessageStreamEvent {
  let data: unknown;
  try {
    data = JSON.parse(sse.data);
  } catch {
    throw new StreamError(`event ${sse.event ?? "(unnamed)"} carried data that is not JSON: ${sse.data.slice(0, 200)}`);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new StreamError(`event ${sse.event ?? "(unnamed)"} carried JSON that is not an object`);
  }
  const event = data as { type?: unknown };
  if (sse.event !== null && event.type !== sse.event) return { ...event, type: sse.event } as MessageStreamEvent;
  if (typeof event.type !== "string") throw new StreamError("an event had neither an event name nor a data type");
  return event as MessageStreamEvent;
}
