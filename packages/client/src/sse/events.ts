/**
 * Layer 2 of SSE decoding: lines to events, following the event-stream interpretation
 * rules of the HTML Living Standard (§9.2.6). Comment lines (`:`) are dropped, one space
 * after the colon is stripped, `data` lines join with LF, and an event is dispatched at a
 * blank line. Event names are not checked against any list: unknown events flow through.
 */
import { lineEndIn, lineTooLong, type LineSink } from "./lines.ts";

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
  /** Feeds a run of whole lines (see `LineSink`); each blank line dispatches an event. */
  readonly lines: LineSink;
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

/**
 * `maxData` bounds one event's data (a `ResponseTooLargeError` past it): data lines are joined
 * until a blank line, which a hostile stream may never send.
 */
export function createEventScanner(sink: EventSink, maxData = Infinity): EventScanner {
  let event: string | null = null;
  // The data buffer as one string (null until a data line): most events have one data line,
  // and an array joined per event costs a visible share of a long stream's decoding.
  let data: string | null = null;
  let id: string | null = null;
  let retry: number | null = null;
  // The layout nearly every event of a long stream has: the same name as the event before,
  // one "data: " line and a blank line. `lines` recognises it with one comparison of a slice
  // of the run against this prefix ("event: NAME\ndata: "), which checks both field names and
  // the name at once (measured: ~8% of a 200,000-delta decode below `startsWith`, which V8
  // compares char by char), and hands on `repeatName`, a flat copy: the name as sliced from
  // its line would be a view into the chunk, which V8 compares only through a runtime call
  // (and which would keep the chunk alive).
  let repeatName: string | null = null;
  let repeatPrefix = "";
  const expectRepeat = (name: string) => {
    // Array#join builds flat strings.
    repeatName = [...name].join("");
    repeatPrefix = ["event: ", name, "\ndata: "].join("");
  };

  // Data lines join until a blank line, which a hostile stream may never send.
  const addData = (value: string) => {
    if ((data = data === null ? value : `${data}\n${value}`).length > maxData) throw lineTooLong(maxData);
  };

  const field = (name: string, value: string) => {
    switch (name) {
      case "event":
        event = value;
        break;
      case "data":
        addData(value);
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

  // One line, `text.slice(start, end)` without its LF.
  const line = (text: string, start: number, end: number) => {
    if (start === end) {
      // A blank line: dispatch (an event without data is not dispatched). The id persists
      // across events, as the standard's last-event-ID buffer does.
      const value = data;
      const name = event;
      const wait = retry;
      event = null;
      data = null;
      retry = null;
      if (value === null) return;
      if (name !== null && name !== repeatName) expectRepeat(name);
      sink(name, value, id, wait);
      return;
    }
    const first = text.charCodeAt(start);
    if (first === 58) return; // ":" starts a comment
    // Fast paths for the lines nearly every event is made of: "data: …" and "event: …",
    // tested char by char (cheaper than a builtin call per line). The tests may look past
    // `end` only at a line end, never a colon, so they stay exact.
    if (first === 100 && text.charCodeAt(start + 4) === 58 && text.charCodeAt(start + 1) === 97 && text.charCodeAt(start + 2) === 116 && text.charCodeAt(start + 3) === 97) {
      const value = text.slice(text.charCodeAt(start + 5) === 32 ? start + 6 : start + 5, end);
      addData(value);
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

  // Walks a run line by line, except that an event in the repeated layout is taken whole:
  // the line-by-line path is the definition, and the shortcut only skips work whose outcome
  // is already known (a run that ends mid-event, or any other layout, goes line by line).
  const lines: LineSink = (text, start, end) => {
    let at = start;
    while (at < end) {
      if (repeatName !== null && event === null && data === null && retry === null && text.slice(at, at + repeatPrefix.length) === repeatPrefix) {
        // The prefix may reach past the run into the chunk's unfinished last line: the data
        // line and the blank line after it must both end inside the run.
        const from = at + repeatPrefix.length;
        const lf = text.indexOf("\n", from);
        if (lf !== -1 && lf + 1 < end && text.charCodeAt(lf + 1) === 10) {
          sink(repeatName, text.slice(from, lf), id, null);
          at = lf + 2;
          continue;
        }
      }
      const lineEnd = lineEndIn(text, at, end);
      line(text, at, lineEnd);
      at = lineEnd + 1;
    }
  };

  return {
    lines,
    flush() {
      const cut = data !== null ? { event, data, id, retry } : null;
      event = null;
      data = null;
      retry = null;
      return cut;
    },
  };
}

/** The same layer one line at a time, for callers that hold lines as strings (`maxData` as above). */
export function createEventDecoder(maxData = Infinity): EventDecoder {
  let completed: ServerSentEvent | null = null;
  const scanner = createEventScanner((event, data, id, retry) => {
    completed = { event, data, id, retry };
  }, maxData);
  return {
    push(line) {
      completed = null;
      const run = `${line}\n`;
      scanner.lines(run, 0, run.length);
      return completed;
    },
    flush: () => scanner.flush(),
  };
}
