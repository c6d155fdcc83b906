/**
 * Layer 2 of SSE decoding: lines to events, following the event-stream interpretation
 * rules of the HTML Living Standard (§9.2.6). Comment lines (`:`) are dropped, one space
 * after the colon is stripped, `data` lines join with LF, and an event is dispatched at a
 * blank line. Event names are not checked against any list: unknown events flow through.
 */
export interface ServerSentEvent {
  /** The `event:` field, or null when the event had none (the spec's "message"). */
  readonly event: string | null;
  readonly data: string;
  readonly id: string | null;
  readonly retry: number | null;
}

export interface EventDecoder {
  /** Feeds one line; returns the event it completed, if any. */
  push(line: string): ServerSentEvent | null;
  /**
   * Ends the input. An event not closed by a blank line is discarded, as the standard
   * requires (a stream cut mid-event must not look complete); this returns what was
   * discarded, or null, so a caller can report the truncation.
   */
  flush(): ServerSentEvent | null;
}

export function createEventDecoder(): EventDecoder {
  let event: string | null = null;
  // The data buffer as one string (null until a data line): most events have one data line,
  // and an array joined per event costs a visible share of a long stream's decoding.
  let data: string | null = null;
  let id: string | null = null;
  let retry: number | null = null;

  const dispatch = (): ServerSentEvent | null => {
    const result = data !== null ? { event, data, id, retry } : null;
    event = null;
    data = null;
    retry = null;
    return result;
  };

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

  return {
    push(line) {
      if (line === "") return dispatch();
      const first = line.charCodeAt(0);
      if (first === 58) return null; // ":" starts a comment
      // Fast paths for the lines nearly every event is made of: "data: …" and "event: …".
      if (first === 100 && line.startsWith("data:")) {
        const value = line.slice(line.charCodeAt(5) === 32 ? 6 : 5);
        data = data === null ? value : `${data}\n${value}`;
        return null;
      }
      if (first === 101 && line.startsWith("event:")) {
        event = line.slice(line.charCodeAt(6) === 32 ? 7 : 6);
        return null;
      }
      const colon = line.indexOf(":");
      if (colon === -1) {
        field(line, "");
        return null;
      }
      const value = line.charCodeAt(colon + 1) === 32 ? line.slice(colon + 2) : line.slice(colon + 1);
      field(line.slice(0, colon), value);
      return null;
    },
    flush() {
      return dispatch();
    },
  };
}
