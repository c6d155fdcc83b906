/**
 * Keeps pipelined answers in order. Node queues the responses to requests it has parsed,
 * but a request its parser refuses (malformed, headers too large) is answered by us on the
 * raw socket (connection.ts); written at once, that answer would overtake the answers still
 * being produced for earlier requests on the same connection, and the close after it would
 * cut them off. So the parser's refusal waits until every earlier response has finished.
 *
 * When the parser fails inside the body of a request already handed to a handler (bad
 * chunked framing), the failure is that request's: its handler would wait for a body that
 * never comes, so once the earlier answers are out the refusal answers it instead (or, if
 * its handler already answered, the connection is closed after that answer).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Socket } from "node:net";

interface Exchange {
  readonly incoming: IncomingMessage;
  readonly outgoing: ServerResponse;
  done: boolean;
}

interface Pending {
  readonly open: Exchange[];
  readonly waiting: (() => void)[];
}

export class AnswerOrder {
  readonly #pending = new WeakMap<Socket, Pending>();

  /** Counts a response as pending until it has finished (or its connection closed). */
  track(incoming: IncomingMessage, outgoing: ServerResponse): void {
    const socket = incoming.socket;
    let pending = this.#pending.get(socket);
    if (!pending) this.#pending.set(socket, (pending = { open: [], waiting: [] }));
    const exchange: Exchange = { incoming, outgoing, done: false };
    pending.open.push(exchange);
    const settle = () => {
      if (exchange.done) return;
      exchange.done = true;
      outgoing.off("finish", settle);
      outgoing.off("close", settle);
      pending.open.splice(pending.open.indexOf(exchange), 1);
      for (const run of pending.waiting.splice(0)) run();
    };
    outgoing.on("finish", settle);
    outgoing.on("close", settle);
  }

  /**
   * Runs `answer` (which writes the refusal and closes) once no earlier response on
   * `socket` is still pending; see the module comment for a failure inside a body.
   */
  afterPending(socket: Socket, answer: () => void): void {
    const pending = this.#pending.get(socket);
    const attempt = () => {
      const open = pending?.open ?? [];
      // The request whose body the parser failed in: handed over, not complete.
      const inBody = open.find((e) => !e.incoming.complete);
      if (open.some((e) => e !== inBody)) {
        pending!.waiting.push(attempt);
        return;
      }
      if (inBody?.outgoing.headersSent) {
        // Its own answer is out (an early answer): end the connection after it.
        socket.end();
        socket.once("finish", () => socket.destroy());
        return;
      }
      answer();
    };
    attempt();
  }
}
