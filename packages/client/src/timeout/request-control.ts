import { TimeoutError } from "../errors/timeout-error.ts";
import { UserAbortError } from "../errors/user-abort-error.ts";
import { budgetTimer, type BudgetTimer } from "./budget-timer.ts";

/**
 * One request's life: a single AbortController that the caller's signal, the time budget and
 * the body's idle watchdog all abort, each with the typed error that explains why. Every wait
 * and every attempt shares the one budget (`timeout`), as the contract asks.
 */
export class RequestControl {
  readonly #controller = new AbortController();
  readonly #deadline: number;
  readonly #user: AbortSignal | undefined;
  #timer: BudgetTimer;
  #lastActivity = 0;

  constructor(timeout: number, userSignal?: AbortSignal) {
    this.#deadline = Date.now() + timeout;
    this.#user = userSignal;
    if (userSignal?.aborted) this.#abortByUser();
    else userSignal?.addEventListener("abort", this.#abortByUser, { once: true });
    this.#timer = budgetTimer(() => this.abort(new TimeoutError(`request timed out after ${timeout} ms`)), timeout);
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Milliseconds left in the budget. */
  remaining(): number {
    return this.#deadline - Date.now();
  }

  abort(reason: Error): void {
    if (!this.#controller.signal.aborted) this.#controller.abort(reason);
    this.dispose();
  }

  /** The error that ended the request, if it was aborted. */
  get reason(): Error | null {
    return this.#controller.signal.aborted ? (this.#controller.signal.reason as Error) : null;
  }

  /**
   * Leaves the total budget behind for a long body (a stream can outlast any fixed budget)
   * and aborts only when no byte arrived for `idleTimeout`. One timer, re-armed lazily:
   * `touch()` on every chunk only records the time.
   */
  watchIdle(idleTimeout: number): () => void {
    clearTimeout(this.#timer);
    this.#lastActivity = Date.now();
    const check = () => {
      const idle = Date.now() - this.#lastActivity;
      if (idle >= idleTimeout) {
        this.abort(new TimeoutError(`no data received for ${idleTimeout} ms; the stream stalled`));
      } else {
        this.#timer = budgetTimer(check, idleTimeout - idle);
      }
    };
    // `idleTimeout: Infinity` (or anything past `maxTimerDelay`) lets a body be as quiet as it likes.
    this.#timer = budgetTimer(check, idleTimeout);
    return () => {
      this.#lastActivity = Date.now();
    };
  }

  /** Stops the timers and lets go of the caller's signal; the request is over. */
  dispose(): void {
    clearTimeout(this.#timer);
    this.#user?.removeEventListener("abort", this.#abortByUser);
  }

  readonly #abortByUser = () => {
    const why = this.#user?.reason;
    const detail = why instanceof Error ? `: ${why.message}` : typeof why === "string" ? `: ${why}` : "";
    this.abort(new UserAbortError(`request aborted by the caller${detail}`, { cause: why }));
  };
}
