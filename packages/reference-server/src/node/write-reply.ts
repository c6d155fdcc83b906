/**
 * Writes a reply onto Node's ServerResponse: one `writeHead` with the reply's own header
 * object, then a string or bytes body in one `end` (Node sends head and body in one write),
 * or a stream chunk by chunk with backpressure. No web `Response` or `Headers` is built.
 *
 * The bytes are the ones the server sent when it ran behind @hono/node-server: a body with a
 * known size gets `Content-Length` (spelled so) unless the reply set a length itself, and a
 * reply without a body or a content type gets `content-type: text/plain; charset=UTF-8`.
 *
 * When the answer goes out before the request body has finished arriving (an early 413 or
 * 401), the rest of the body is drained within bounds before the response is ended and, for
 * `connection: close`, the connection closed (see drain-body.ts).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { isStreamed, type Reply } from "../http/reply.ts";
import { drainBody, type DrainBounds } from "./drain-body.ts";

const defaultContentType = "text/plain; charset=UTF-8";

/**
 * After the response, a body that arrived but was left unread (or paused at the limit)
 * is let flow into nothing, so the stream ends and its buffer is freed; Node itself only
 * does this for bodies nobody started reading.
 */
function releaseUnread(incoming: IncomingMessage): void {
  if (!incoming.readableEnded && (incoming.readableLength > 0 || incoming.isPaused())) incoming.resume();
}

/** Once a streamed response has finished: whatever of the body is still to come is drained, bounded. */
function afterFinish(incoming: IncomingMessage, bounds: DrainBounds): void {
  if (incoming.complete) return releaseUnread(incoming);
  drainBody(incoming, bounds, (ended) => {
    // The response has let go of the socket by now; the request still holds it.
    if (!ended) incoming.socket?.destroy();
  });
}

function waitForDrain(outgoing: ServerResponse): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      outgoing.off("drain", done);
      outgoing.off("close", done);
      resolve();
    };
    outgoing.on("drain", done);
    outgoing.on("close", done);
  });
}

async function writeStream(body: ReadableStream<Uint8Array>, incoming: IncomingMessage, outgoing: ServerResponse, bounds: DrainBounds): Promise<void> {
  // Headers go out at once: a client sees the status before the first event is produced.
  outgoing.flushHeaders();
  const reader = body.getReader();
  // A client that goes away (or a reset fault) cancels the body, which stops producing it.
  const cancel = () => void reader.cancel().catch(() => {});
  outgoing.once("close", cancel);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || outgoing.destroyed) break;
      if (!outgoing.write(value)) await waitForDrain(outgoing);
    }
    if (!outgoing.destroyed) {
      outgoing.once("finish", () => afterFinish(incoming, bounds));
      outgoing.end();
    }
  } catch {
    // The body failed part-way (a storage read error): the answer cannot be completed, and
    // an error text in the middle of it would only mislead, so the connection is dropped.
    outgoing.destroy();
  } finally {
    outgoing.off("close", cancel);
  }
}

/** `arrived`: no more of the request body will come from the socket (incoming-body.ts bodyArrived). */
export function writeReply(reply: Reply, incoming: IncomingMessage, outgoing: ServerResponse, bounds: DrainBounds, arrived: boolean): void {
  const { status, headers, body } = reply;
  if (isStreamed(body)) {
    outgoing.writeHead(status, headers);
    void writeStream(body, incoming, outgoing, bounds);
    return;
  }
  if (body === null) {
    if (headers["content-type"] === undefined) headers["content-type"] = defaultContentType;
  } else if (headers["content-length"] === undefined) {
    headers["Content-Length"] = String(typeof body === "string" ? Buffer.byteLength(body) : body.byteLength);
  }
  outgoing.writeHead(status, headers);
  if (arrived) {
    if (body === null) outgoing.end();
    else outgoing.end(body);
    releaseUnread(incoming);
    return;
  }
  // An early answer: the client gets all of it now (its length is known), the response
  // ends once the body has been drained, or the connection is dropped at the bounds.
  if (body !== null) outgoing.write(body);
  drainBody(incoming, bounds, (ended) => {
    if (ended) outgoing.end();
    else outgoing.destroy();
  });
}
