/**
 * Tells a target that stopped answering from one slow case: a case whose exchanges timed out
 * without one complete answer counts as hung, any other case resets the count, and once
 * `limit` cases in a row hung the run stops (`--max-hung-cases`). Without it a target that
 * passes the preflight and then hangs holds every remaining case for its full timeout:
 * about 16 minutes at the defaults.
 */
import type { Exchange } from "../http/exchange.ts";

export class StallWatch {
  #inARow = 0;
  #reason: string | null = null;

  constructor(
    readonly limit: number,
    readonly timeoutMs: number,
  ) {}

  /** Why the run stopped, once it did. */
  get reason(): string | null {
    return this.#reason;
  }

  /** Watches one case: `see` each exchange, then `end()`, true when this case stopped the run. */
  forCase(): { see: (exchange: Exchange) => void; end: () => boolean } {
    let timedOut = false;
    let answered = false;
    return {
      see: (exchange) => {
        if (exchange.error?.code === "TIMEOUT") timedOut = true;
        else if (exchange.response?.complete) answered = true;
      },
      end: () => {
        if (!timedOut || answered) {
          this.#inARow = 0;
          return false;
        }
        this.#inARow++;
        if (this.#inARow < this.limit || this.#reason !== null) return false;
        this.#reason = `the target stopped answering: ${this.#inARow} cases in a row got no complete answer (each request waited up to ${this.timeoutMs} ms, --timeout); the run stopped there (--max-hung-cases ${this.limit}) and the cases left were not run`;
        return true;
      },
    };
  }
}
