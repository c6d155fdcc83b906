/**
 * Layer 1 of SSE decoding: bytes to lines.
 *
 * Chunks may split anywhere, including inside a multi-byte UTF-8 sequence and between the
 * CR and LF of a CRLF, so the decoder keeps both the undecoded bytes (in TextDecoder's
 * stream mode) and a trailing partial line. Line ends are LF, CRLF or a lone CR, as the
 * HTML Living Standard's event-stream grammar allows.
 *
 * The scanner hands each line on as a span of the decoded chunk (`text`, `start`, `end`)
 * instead of a string of its own: the next layer slices out only the field value it keeps,
 * which on a long stream saves a string and an array slot per line.
 */

/** Receives one line: `text.slice(start, end)`, without its line end. */
export type LineSink = (text: string, start: number, end: number) => void;

export interface LineScanner {
  /** Feeds one chunk, passing each line it completes to `sink`, in order. */
  push(chunk: Uint8Array | string, sink: LineSink): void;
  /** Ends the input, passing on the last line if the stream did not end with a line end. */
  flush(sink: LineSink): void;
}

export interface LineDecoder {
  /** Feeds one chunk; returns the lines it completed, without their line ends. */
  push(chunk: Uint8Array | string): string[];
  /** Ends the input; returns the last line if the stream did not end with a line end. */
  flush(): string[];
}

export function createLineScanner(): LineScanner {
  const utf8 = new TextDecoder("utf-8");
  let pending = "";
  // A CR that ended the previous chunk: an LF at the start of the next one belongs to it.
  let skipLeadingLf = false;

  const emit = (sink: LineSink, text: string, start: number, end: number) => {
    if (pending === "") return sink(text, start, end);
    // A line begun in an earlier chunk: the only case that builds a string of its own.
    const line = pending + text.slice(start, end);
    pending = "";
    sink(line, 0, line.length);
  };

  const scan = (text: string, sink: LineSink) => {
    // An empty chunk (or one holding only part of a UTF-8 sequence) decodes to "": it must
    // not forget a pending CR, or the LF after it would end a second, empty line.
    if (text === "") return;
    let start = 0;
    if (skipLeadingLf && text.charCodeAt(0) === 10) start = 1;
    skipLeadingLf = false;
    // indexOf scans natively; most streams have no CR at all, so that search ends at once.
    let lf = text.indexOf("\n", start);
    let cr = text.indexOf("\r", start);
    while (lf !== -1 || cr !== -1) {
      const end = cr === -1 || (lf !== -1 && lf < cr) ? lf : cr;
      emit(sink, text, start, end);
      start = end + 1;
      if (end === cr) {
        if (start === text.length) skipLeadingLf = true;
        else if (text.charCodeAt(start) === 10) start++;
        cr = text.indexOf("\r", start);
      }
      if (lf !== -1 && lf < start) lf = text.indexOf("\n", start);
    }
    if (start < text.length) pending += start === 0 ? text : text.slice(start);
  };

  return {
    push(chunk, sink) {
      scan(typeof chunk === "string" ? chunk : utf8.decode(chunk, { stream: true }), sink);
    },
    flush(sink) {
      scan(utf8.decode(), sink);
      skipLeadingLf = false;
      if (pending === "") return;
      const line = pending;
      pending = "";
      sink(line, 0, line.length);
    },
  };
}

/** The same layer for callers that want each line as a string. */
export function createLineDecoder(): LineDecoder {
  const scanner = createLineScanner();
  let lines: string[] = [];
  const collect: LineSink = (text, start, end) => {
    lines.push(text.slice(start, end));
  };
  const take = () => {
    const out = lines;
    lines = [];
    return out;
  };
  return {
    push(chunk) {
      scanner.push(chunk, collect);
      return take();
    },
    flush() {
      scanner.flush(collect);
      return take();
    },
  };
}
