/**
 * What to do with the rest of a request body the server answered without reading: read it
 * and throw it away, for a bounded time and byte count.
 *
 * Why: an early answer (a 413 for a body over the limit, or a 401 before the body was read)
 * is sent while the client is still writing. Closing the socket then, with the client's bytes
 * unread in the kernel, makes the kernel send a TCP reset, and a reset can destroy the answer
 * in the client's receive buffer before the client reads it. Draining first gives the client
 * time to read the answer; the bounds keep a client that never stops (or a huge upload) from
 * holding the connection: past them the connection is closed anyway. Chunks are dropped as
 * they arrive, so memory stays flat whatever is sent.
 */
import type { IncomingMessage } from "node:http";

export interface DrainBounds {
  /** Longest time to keep reading, in milliseconds. */
  readonly ms: number;
  /** Most bytes to read and discard. */
  readonly bytes: number;
}

/**
 * Five seconds is ample for any client that reads while it writes (they read an answer within
 * milliseconds), and 256 MiB lets a client that writes everything before reading finish a body
 * of about half the largest limit (500 MB files) on a fast link; loopback drains that in well
 * under a second of CPU.
 */
export const defaultDrainBounds: DrainBounds = { ms: 5000, bytes: 256 * 1024 * 1024 };

/**
 * Reads and discards what is left of the body; `done(true)` once it ended, `done(false)` when
 * a bound was hit or the client went away first. `done` runs exactly once.
 */
export function drainBody(incoming: IncomingMessage, bounds: DrainBounds, done: (ended: boolean) => void): void {
  if (incoming.readableEnded) {
    done(true);
    return;
  }
  let seen = 0;
  let settled = false;
  const settle = (ended: boolean) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    incoming.off("data", onData);
    incoming.off("end", onEnd);
    incoming.off("aborted", onGone);
    incoming.off("error", onGone);
    incoming.off("close", onGone);
    if (!ended) incoming.pause();
    done(ended);
  };
  const onData = (chunk: Buffer) => {
    seen += chunk.byteLength;
    if (seen > bounds.bytes) settle(false);
  };
  const onEnd = () => settle(true);
  const onGone = () => settle(false);
  const timer = setTimeout(onGone, bounds.ms);
  // A draining request must not keep a closing process alive.
  timer.unref();
  incoming.on("data", onData);
  incoming.on("end", onEnd);
  incoming.on("aborted", onGone);
  incoming.on("error", onGone);
  incoming.on("close", onGone);
  incoming.resume();
}
