/** Raw HTTP/1.1 over a socket, for requests fetch refuses to send (bad headers, lies, cut-offs). */
import { connect } from "node:net";

export interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** The first response in `raw`, once its head has arrived (the body as far as it came). */
export function parseRawResponse(raw: Buffer): RawResponse | null {
  const end = raw.indexOf("\r\n\r\n");
  if (end === -1) return null;
  const lines = raw.subarray(0, end).toString("latin1").split("\r\n");
  const status = Number(lines[0]!.split(" ")[1]);
  const headers: Record<string, string> = {};
  for (const line of lines.slice(1)) {
    const i = line.indexOf(":");
    headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  let body = raw.subarray(end + 4);
  if (headers["transfer-encoding"] === "chunked") {
    const out: Buffer[] = [];
    let at = 0;
    for (;;) {
      const lineEnd = body.indexOf("\r\n", at);
      if (lineEnd === -1) break;
      const size = parseInt(body.subarray(at, lineEnd).toString(), 16);
      if (!size) break;
      out.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
      at = lineEnd + 2 + size + 2;
    }
    body = Buffer.concat(out);
  } else if (headers["content-length"]) {
    body = body.subarray(0, Number(headers["content-length"]));
  }
  return { status, headers, body: body.toString("utf8") };
}

/**
 * Sends `request` and collects the answer until the server closes the connection, a whole
 * response has arrived, or `timeoutMs` passes. `cutAfterSend` closes our side right after
 * writing (an early disconnect); then nothing is awaited.
 */
export function rawRequest(url: string, request: Buffer | string, options: { timeoutMs?: number; cutAfterSend?: boolean } = {}): Promise<RawResponse | null> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(parseRawResponse(Buffer.concat(chunks)));
    };
    const timer = setTimeout(finish, options.timeoutMs ?? 5000);
    socket.on("error", finish);
    socket.on("close", finish);
    socket.on("data", (chunk) => {
      chunks.push(chunk);
      const parsed = parseRawResponse(Buffer.concat(chunks));
      const length = parsed?.headers["content-length"];
      if (parsed && length !== undefined && Buffer.byteLength(parsed.body) >= Number(length)) finish();
      else if (parsed?.headers["transfer-encoding"] === "chunked" && Buffer.concat(chunks).subarray(-5).toString() === "0\r\n\r\n") finish();
    });
    socket.on("connect", () => {
      socket.write(request, () => {
        if (options.cutAfterSend) finish();
      });
    });
  });
}
