/**
 * Server-sent events as the API writes them: `event: <type>` and one `data:` line whose
 * JSON `type` equals the event name (clients dispatch on the `event:` line, CONTRACT.md
 * §1.5), then a blank line. Optionally padded the way real streams are: a run of spaces
 * before the closing brace, and `ping` written as `{"type": "ping"}` (spec/recorded/README.md).
 */
import type { StreamEvent } from "./stream-events.ts";

export function encodeEvent(event: StreamEvent, index: number, padding: boolean): string {
  if (!padding) return `event: ${event.event}\ndata: ${JSON.stringify(event.data)}\n\n`;
  if (event.event === "ping") return `event: ping\ndata: {"type": "ping"}\n\n`;
  const json = JSON.stringify(event.data);
  // Lengths vary per event as in real traffic, but deterministically.
  const spaces = " ".repeat(1 + ((index * 7 + json.length) % 13));
  return `event: ${event.event}\ndata: ${json.slice(0, -1)}${spaces}}\n\n`;
}

/** Splits a recorded SSE body into its events, keeping every byte (the separators stay with the event before them). */
export function splitRecordedEvents(sse: string): string[] {
  const pieces: string[] = [];
  const separator = /\r\n\r\n|\n\n|\r\r/g;
  let start = 0;
  for (let m = separator.exec(sse); m; m = separator.exec(sse)) {
    pieces.push(sse.slice(start, m.index + m[0].length));
    start = m.index + m[0].length;
  }
  if (start < sse.length) pieces.push(sse.slice(start));
  return pieces;
}
