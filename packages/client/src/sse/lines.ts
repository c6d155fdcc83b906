import { ResponseTooLargeError } from "../errors/response-too-large-error.ts";

/**
 * Layer 1 of SSE decoding: bytes to lines.
 *
 * Chunks may split anywhere, including inside a multi-byte UTF-8 sequence and between the
 * CR and LF of a CRLF, so the decoder keeps both the undecoded bytes (in TextDecoder's
 * stream mode) and a trailing partial line. Line ends are LF, CRLF or a lone CR, as the
 * HTML Living Standard's event-stream grammar allows; they are handed on as LF.
 *
 * The scanner hands lines on in runs: a span of the decoded chunk (`text`, `start`, `end`)
 * holding one or more whole lines, each ended by LF. The next layer walks the run itself
 * and slices out only the field values it keeps, so a long stream costs no string, array
 * slot or call per line.
 */

/**
 * Receives a run of whole lines: `text.slice(start, end)` is one or more lines, each ended
 * by a single LF (whatever line end the source used), the last one at `end - 1`.
 */
export type LineSink = (text: string, start: number, end: number) => void;

export interface LineScanner {
  /** Feeds one chunk, passing the lines it completes to `sink`, in order. */
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

const anyCr = /\r\n?/g;

/** The error for a line or an event's data grown past its limit (a body without line ends, a bomb). */
export function lineTooLong(limit: number): ResponseTooLargeError {
  return new ResponseTooLargeError("a line or event of the body", limit);
}

/**
 * Where the line that starts at `at` in a run ends: at its LF, or at the run's `end` if the
 * run breaks the contract and its last line has none (so a walk over a run always ends).
 */
export function lineEndIn(text: string, at: number, end: number): number {
  const lf = text.indexOf("\n", at);
  return lf === -1 || lf > end ? end : lf;
}

/**
 * `maxLine` bounds the characters of one line (a `ResponseTooLargeError` past it): a line is
 * held whole until its end arrives, so a body that never sends one would otherwise grow
 * without end. Lines within one chunk are bounded by the chunk.
 */
export function createLineScanner(maxLine = Infinity): LineScanner {
  const utf8 = new TextDecoder("utf-8");
  // The unfinished last line of the input so far.
  let pending = "";
  // A CR that ended the previous chunk: an LF at the start of the next one belongs to it.
  let skipLeadingLf = false;

  const scan = (decoded: string, sink: LineSink) => {
    // An empty chunk (or one holding only part of a UTF-8 sequence) decodes to "": it must
    // not forget a pending CR, or the LF after it would end a second, empty line.
    if (decoded === "") return;
    let text = decoded;
    let start = 0;
    if (skipLeadingLf && text.charCodeAt(0) === 10) start = 1;
    skipLeadingLf = false;
    // Most streams have no CR at all, so this native search ends the CR handling at once;
    // otherwise the chunk's line ends are rewritten to LF, remembering a CR at its very end.
    if (text.indexOf("\r", start) !== -1) {
      skipLeadingLf = text.charCodeAt(text.length - 1) === 13;
      text = text.slice(start).replace(anyCr, "\n");
      start = 0;
    }
    const last = text.lastIndexOf("\n");
    if (last < start) {
      pending += start === 0 ? text : text.slice(start);
      if (pending.length > maxLine) throw lineTooLong(maxLine);
      return;
    }
    if (pending !== "") {
      // A line begun in an earlier chunk: the only case that builds a string of its own.
      const lf = text.indexOf("\n", start);
      const line = pending + text.slice(start, lf + 1);
      pending = "";
      sink(line, 0, line.length);
      start = lf + 1;
    }
    if (start <= last) sink(text, start, last + 1);
    if (last + 1 < text.length) pending = text.slice(last + 1);
  };

  return {
    push(chunk, sink) {
      scan(typeof chunk === "string" ? chunk : utf8.decode(chunk, { stream: true }), sink);
    },
    flush(sink) {
      scan(utf8.decode(), sink);
      skipLeadingLf = false;
      if (pending === "") return;
      const line = `${pending}\n`;
      pending = "";
      sink(line, 0, line.length);
    },
  };
}

/** The same layer for callers that want each line as a string (`maxLine` as above). */
export function createLineDecoder(maxLine = Infinity): LineDecoder {
  const scanner = createLineScanner(maxLine);
  let lines: string[] = [];
  const collect: LineSink = (text, start, end) => {
    for (let at = start; at < end; ) {
      const lineEnd = lineEndIn(text, at, end);
      lines.push(text.slice(at, lineEnd));
      at = lineEnd + 1;
    }
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
