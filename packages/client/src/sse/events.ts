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
  let data: string[] = [];
  let sawData = false;
  let id: string | null = null;
  let retry: number | null = null;

  const dispatch = (): ServerSentEvent | null => {
    const result = sawData ? { event, data: data.join("\n"), id, retry } : null;
    event = null;
    data = [];
    sawData = false;
    retry = null;
    return result;
  };

  return {
    push(line) {
      if (line === "") return dispatch();
      if (line.startsWith(":")) return null;
      const colon = line.indexOf(":");
      const field = colon === -1 ? line : line.slice(0, colon);
      let value = colon === -1 ? "" : line.slice(colon + 1);
      if (value.startsWith(" ")) value = value.slice(1);
      switch (field) {
        case "event":
          event = value;
          break;
        case "data":
          data.push(value);
          sawData = true;
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
      return null;
    },
    flush() {
      return dispatch();
    },
  };
}
