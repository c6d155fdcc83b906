/**
 * Layer 1 of SSE decoding: bytes to lines.
 *
 * Chunks may split anywhere, including inside a multi-byte UTF-8 sequence and between the
 * CR and LF of a CRLF, so the decoder keeps both the undecoded bytes (in TextDecoder's
 * stream mode) and a trailing partial line. Line ends are LF, CRLF or a lone CR, as the
 * HTML Living Standard's event-stream grammar allows.
 */
export interface LineDecoder {
  /** Feeds one chunk; returns the lines it completed, without their line ends. */
  push(chunk: Uint8Array | string): string[];
  /** Ends the input; returns the last line if the stream did not end with a line end. */
  flush(): string[];
}

export function createLineDecoder(): LineDecoder {
  const utf8 = new TextDecoder("utf-8");
  let pending = "";
  // A CR that ended the previous chunk: an LF at the start of the next one belongs to it.
  let skipLeadingLf = false;

  const split = (text: string): string[] => {
    const lines: string[] = [];
    // An empty chunk (or one holding only part of a UTF-8 sequence) decodes to "": it must
    // not forget a pending CR, or the LF after it would end a second, empty line.
    if (text === "") return lines;
    let start = 0;
    if (skipLeadingLf && text.charCodeAt(0) === 10) start = 1;
    skipLeadingLf = false;
    // indexOf scans natively; most streams have no CR at all, so that search ends at once.
    let lf = text.indexOf("\n", start);
    let cr = text.indexOf("\r", start);
    while (lf !== -1 || cr !== -1) {
      const end = cr === -1 || (lf !== -1 && lf < cr) ? lf : cr;
      lines.push(pending === "" ? text.slice(start, end) : pending + text.slice(start, end));
      pending = "";
      start = end + 1;
      if (end === cr) {
        if (start === text.length) skipLeadingLf = true;
        else if (text.charCodeAt(start) === 10) start++;
        cr = text.indexOf("\r", start);
      }
      if (lf !== -1 && lf < start) lf = text.indexOf("\n", start);
    }
    if (start < text.length) pending += text.slice(start);
    return lines;
  };

  return {
    push(chunk) {
      return split(typeof chunk === "string" ? chunk : utf8.decode(chunk, { stream: true }));
    },
    flush() {
      const lines = split(utf8.decode());
      if (pending !== "") lines.push(pending);
      pending = "";
      skipLeadingLf = false;
      return lines;
    },
  };
}
