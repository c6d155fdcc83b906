/**
 * Layer 2 of SSE decoding: lines to events, following the event-stream interpretation
 * rules of the HTML Living Standard (§9.2.6). Comment lines (`:`) are dropped, one space
 * after the colon is stripped, `data` lines join with LF, and an event is dispatched at a
 * blank line. Event names are not checked against any list: unknown events flow through.
 */
import type { LineSink } from "./lines.ts";

export interface ServerSentEvent {
  /** The `event:` field, or null when the event had none (the spec's "message"). */
  readonly event: string | null;
  readonly data: string;
  readonly id: string | null;
  readonly retry: number | null;
}

/** Receives one dispatched event's fields (no object is built for them). */
export type EventSink = (event: string | null, data: string, id: string | null, retry: number | null) => void;

export interface EventScanner {
  /** Feeds one line, as a span of `text`; a blank line dispatches the event to the sink. */
  readonly line: LineSink;
  /**
   * Ends the input. An event not closed by a blank line is discarded, as the standard
   * requires (a stream cut mid-event must not look complete); this returns what was
   * discarded, or null, so a caller can report the truncation.
   */
  flush(): ServerSentEvent | null;
}

export interface EventDecoder {
  /** Feeds one line; returns the event it completed, if any. */
  push(line: string): ServerSentEvent | null;
  /** As `EventScanner.flush`: the discarded unterminated event, or null. */
  flush(): ServerSentEvent | null;
}

export function createEventScanner(sink: EventSink): EventScanner {
  let event: string | null = null;
  // The data buffer as one string (null until a data line): most events have one data line,
  // and an array joined per event costs a visible share of a long stream's decoding.
  let data: string | null = null;
  let id: string | null = null;
  let retry: number | null = null;

  const field = (name: string, value: string) => {
    switch (name) {
      case "event":
        event = value;
        break;
      case "data":
        data = data === null ? value : `${data}\n${value}`;
        break;
      case "id":
        if (!value.includes("\0")) id = value;
        break;
      case "retry":
        if (/^\d+$/.test(value)) retry = Number(value);
        break;
      default:
        // Unknown fields are ignored, as the standard says.
        break;
    }
  };

  const line: LineSink = (text, start, end) => {
    if (start === end) {
      // A blank line: dispatch (an event without data is not dispatched). The id persists
      // across events, as the standard's last-event-ID buffer does.
      const value = data;
      const name = event;
      const wait = retry;
      event = null;
      data = null;
      retry = null;
      if (value !== null) sink(name, value, id, wait);
      return;
    }
    const first = text.charCodeAt(start);
    if (first === 58) return; // ":" starts a comment
    // Fast paths for the lines nearly every event is made of: "data: …" and "event: …",
    // tested char by char (cheaper than a builtin call per line). The tests may look past
    // `end` only at a line end, never a colon, so they stay exact.
    if (first === 100 && text.charCodeAt(start + 4) === 58 && text.charCodeAt(start + 1) === 97 && text.charCodeAt(start + 2) === 116 && text.charCodeAt(start + 3) === 97) {
      const value = text.slice(text.charCodeAt(start + 5) === 32 ? start + 6 : start + 5, end);
      data = data === null ? value : `${data}\n${value}`;
      return;
    }
    if (first === 101 && text.charCodeAt(start + 5) === 58 && text.charCodeAt(start + 1) === 118 && text.charCodeAt(start + 2) === 101 && text.charCodeAt(start + 3) === 110 && text.charCodeAt(start + 4) === 116) {
      event = text.slice(text.charCodeAt(start + 6) === 32 ? start + 7 : start + 6, end);
      return;
    }
    const colon = text.indexOf(":", start);
    if (colon === -1 || colon >= end) {
      field(text.slice(start, end), "");
      return;
    }
    const from = text.charCodeAt(colon + 1) === 32 && colon + 1 < end ? colon + 2 : colon + 1;
    field(text.slice(start, colon), text.slice(from, end));
  };

  return {
    line,
    flush() {
      const cut = data !== null ? { event, data, id, retry } : null;
      event = null;
      data = null;
      retry = null;
      return cut;
    },
  };
}

/** The same layer one line at a time, for callers that hold lines as strings. */
export function createEventDecoder(): EventDecoder {
  let completed: ServerSentEvent | null = null;
  const scanner = createEventScanner((event, data, id, retry) => {
    completed = { event, data, id, retry };
  });
  return {
    push(line) {
      completed = null;
      scanner.line(line, 0, line.length);
      return completed;
    },
    flush: () => scanner.flush(),
  };
}
