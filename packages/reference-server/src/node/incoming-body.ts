/**
 * The request body read straight from Node's IncomingMessage, instead of through the three
 * web-stream layers a `Request` body costs on Node 20. Whole-body reads take a body that has
 * already arrived in one read from the stream's buffer, and otherwise collect 'data' events;
 * uploads get a single pull-based ReadableStream. Reading stops at the size limit: the
 * message is paused and nothing past the limit is buffered (what the Node entry does with
 * the rest is in drain-body.ts).
 */
import type { IncomingMessage } from "node:http";
import { joinChunks, tooLarge } from "../http/body-limit.ts";
import type { RequestBody } from "../http/request-body.ts";

const empty = new Uint8Array(0);

function hasBody(incoming: IncomingMessage): boolean {
  return incoming.method !== "GET" && incoming.method !== "HEAD";
}

/** Collects 'data' events up to `limit` bytes: for bodies still arriving, or over the limit. */
function collect(incoming: IncomingMessage, limit: number, onChunk: ((chunk: Uint8Array) => void) | undefined): Promise<Uint8Array> {
  return new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const cleanup = () => {
      incoming.off("data", onData);
      incoming.off("end", onEnd);
      incoming.off("error", onError);
      incoming.off("aborted", onAborted);
    };
    const onData = (chunk: Buffer) => {
      onChunk?.(chunk);
      size += chunk.byteLength;
      if (size > limit) {
        cleanup();
        incoming.pause();
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(joinChunks(chunks, size));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onAborted = () => onError(new Error("request aborted"));
    incoming.on("data", onData);
    incoming.on("end", onEnd);
    incoming.on("error", onError);
    incoming.on("aborted", onAborted);
  });
}

/** A pull-based stream over the message: one chunk per pull, so backpressure reaches the socket. */
function incomingStream(incoming: IncomingMessage, onRead: (bytes: number) => void): ReadableStream<Uint8Array> {
  let failure: Error | undefined;
  incoming.once("error", (error) => (failure = error));
  // The listener a pending pull waits with, so cancelling can take it away again.
  let waiting: (() => void) | undefined;
  const stopWaiting = () => {
    if (!waiting) return;
    incoming.off("readable", waiting);
    incoming.off("end", waiting);
    incoming.off("error", waiting);
    waiting = undefined;
  };
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        return new Promise<void>((resolve) => {
          const attempt = () => {
            stopWaiting();
            if (failure) {
              controller.error(failure);
              return resolve();
            }
            const chunk = incoming.read() as Buffer | null;
            if (chunk !== null) {
              onRead(chunk.byteLength);
              controller.enqueue(chunk);
              return resolve();
            }
            if (incoming.readableEnded) {
              controller.close();
              return resolve();
            }
            waiting = attempt;
            incoming.on("readable", attempt);
            incoming.on("end", attempt);
            incoming.on("error", attempt);
          };
          attempt();
        });
      },
      cancel() {
        // Stop reading; the Node entry decides what happens to the rest and the connection.
        stopWaiting();
        incoming.pause();
      },
    },
    { highWaterMark: 0 },
  );
}

/**
 * Whether no more of the body will arrive from the socket: the parser saw its end, or the
 * request declares no body, or all its declared bytes have been taken or sit in the buffer.
 * (`complete` alone lags: Node runs the handler's microtasks between handing over a body's
 * bytes and marking the message complete, so a fast answer comes before `complete` is set.)
 */
export function bodyArrived(incoming: IncomingMessage, consumed: number): boolean {
  if (incoming.complete) return true;
  const headers = incoming.headers;
  if (headers["transfer-encoding"] !== undefined) return false;
  const declared = headers["content-length"];
  return declared === undefined || consumed + incoming.readableLength >= Number(declared);
}

/** A class rather than a literal of closures: one is made per request that reads its body. */
export class IncomingBody implements RequestBody {
  readonly #incoming: IncomingMessage;
  #consumed = 0;

  constructor(incoming: IncomingMessage) {
    this.#incoming = incoming;
  }

  /** Bytes taken out of the message so far (including a chunk that went over the limit). */
  get consumed(): number {
    return this.#consumed;
  }

  async readAll(limit: number, onChunk?: (chunk: Uint8Array) => void): Promise<Uint8Array> {
    const incoming = this.#incoming;
    if (!hasBody(incoming) || incoming.readableEnded) return empty;
    // Handlers start inside Node's 'request' event, before the parser has handed over the
    // bytes that came with the headers; one microtask later a small body is in the buffer.
    await undefined;
    if (bodyArrived(incoming, 0) && incoming.readableLength <= limit && incoming.readableFlowing !== true) {
      // All of it is in the stream's buffer: one read, no listeners. (Over the limit, the
      // 'data' path below counts chunk by chunk, so a record says where reading stopped.)
      const bytes = incoming.read() as Buffer | null;
      // Flowing from here on, the message's end (parsed next) is consumed like any other.
      incoming.resume();
      if (bytes === null) return empty;
      this.#consumed = bytes.byteLength;
      onChunk?.(bytes);
      return bytes;
    }
    return collect(incoming, limit, (chunk) => {
      this.#consumed += chunk.byteLength;
      onChunk?.(chunk);
    });
  }

  stream(): ReadableStream<Uint8Array> | null {
    return hasBody(this.#incoming) ? incomingStream(this.#incoming, (bytes) => (this.#consumed += bytes)) : null;
  }
}
