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
    if (skipLeadingLf && text.startsWith("\n")) text = text.slice(1);
    skipLeadingLf = false;
    const lines: string[] = [];
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      lines.push(pending + text.slice(start, i));
      pending = "";
      if (c === 13) {
        if (i + 1 === text.length) skipLeadingLf = true;
        else if (text.charCodeAt(i + 1) === 10) i++;
      }
      start = i + 1;
    }
    pending += text.slice(start);
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
      return lines;
    },
  };
}
