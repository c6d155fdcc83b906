/**
 * What the server answers, before any runtime turns it into bytes: a status, the headers in
 * the order they go on the wire, and a body. Handlers build replies; the web entry turns one
 * into a `Response` (app.ts) and the Node entry writes it straight to the socket
 * (node/write-reply.ts). Keeping the answer plain data is what lets the request-handling
 * logic exist once while the two entries differ only at the I/O edge.
 */
export type ReplyBody = string | Uint8Array | ReadableStream<Uint8Array> | null;

export interface Reply {
  readonly status: number;
  /** Lower-case names; the object is the reply's own, so the I/O edge may add to it. */
  readonly headers: Record<string, string>;
  readonly body: ReplyBody;
}

/** Whether the body is sent as it is produced (chunked) rather than in one piece with a length. */
export function isStreamed(body: ReplyBody): body is ReadableStream<Uint8Array> {
  return body !== null && typeof body !== "string" && !(body instanceof Uint8Array);
}

/**
 * The headers sorted by name, as a web `Headers` object lists them. Answers that used to be
 * rebuilt through `Headers` (preflights, HEAD, byte-shaped bodies) went out in this order;
 * keeping it keeps those answers byte-identical for clients that compare raw bytes.
 */
export function sortedHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(headers).sort()) out[name] = headers[name]!;
  return out;
}

const encoder = new TextEncoder();

/** The body as a byte stream, for code that reshapes it (faults) whatever its form. */
export function bodyStream(body: Exclude<ReplyBody, null>): ReadableStream<Uint8Array> {
  if (isStreamed(body)) return body;
  const bytes = typeof body === "string" ? encoder.encode(body) : body;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}
