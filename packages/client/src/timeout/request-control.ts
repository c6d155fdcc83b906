import { TimeoutError } from "../errors/timeout-error.ts";
import { UserAbortError } from "../errors/user-abort-error.ts";
import { budgetTimer, type BudgetTimer } from "./budget-timer.ts";

/**
 * One request's life: a single abort that the caller's signal, the time budget and the body's
 * idle watchdog all trigger, each with the typed error that explains why, seen through one
 * AbortSignal by whatever needs a signal. Every wait and every attempt shares the one budget
 * (`timeout`), as the contract asks.
 */
export class RequestControl {
  /** Made when a signal is first asked for: a JSON call on Node's fetch may never need one. */
  #controller: AbortController | undefined = undefined;
  #reason: Error | null = null;
  readonly #deadline: number;
  readonly #user: AbortSignal | undefined;
  #timer: BudgetTimer;
  #lastActivity = 0;
  /** What to do the moment the request is aborted, in its current phase (see `onAbort`). */
  #onAbort: ((reason: Error) => void) | undefined = undefined;

  constructor(timeout: number, userSignal?: AbortSignal) {
    this.#deadline = Date.now() + timeout;
    this.#user = userSignal;
    if (userSignal?.aborted) this.#abortByUser();
    else userSignal?.addEventListener("abort", this.#abortByUser, { once: true });
    this.#timer = budgetTimer(() => this.abort(new TimeoutError(`request timed out after ${timeout} ms`)), timeout);
  }

  get signal(): AbortSignal {
    if (!this.#controller) {
      this.#controller = new AbortController();
      if (this.#reason) this.#controller.abort(this.#reason);
    }
    return this.#controller.signal;
  }

  /** Milliseconds left in the budget. */
  remaining(): number {
    return this.#deadline - Date.now();
  }

  abort(reason: Error): void {
    if (this.#reason === null) {
      this.#reason = reason;
      this.#controller?.abort(reason);
    }
    this.dispose();
    const onAbort = this.#onAbort;
    this.#onAbort = undefined;
    onAbort?.(reason);
  }

  /** Whether the caller handed this request a signal of its own. */
  get hasCallerSignal(): boolean {
    return this.#user !== undefined;
  }

  /**
   * Runs `action` when the request is aborted, until replaced or cleared with `undefined`: one
   * slot, not a listener on the signal, because an EventTarget listener per request is a
   * measurable part of a loopback round trip.
   */
  onAbort(action: ((reason: Error) => void) | undefined): void {
    this.#onAbort = action;
  }

  /**
   * Waits for a fetch that was not handed this request's signal: settles as it does, or
   * rejects with the abort's reason the moment the request is aborted. A response that
   * arrives after that has its body cancelled, so its connection is let go at once.
   */
  awaitResponse(pending: Promise<Response>): Promise<Response> {
    return new Promise((resolve, reject) => {
      if (this.reason) {
        reject(this.reason);
      } else {
        this.#onAbort = reject;
      }
      pending.then(
        (response) => {
          if (this.reason) return void response.body?.cancel().catch(() => {});
          if (this.#onAbort === reject) this.#onAbort = undefined;
          resolve(response);
        },
        (error) => {
          if (this.#onAbort === reject) this.#onAbort = undefined;
          reject(error);
        },
      );
    });
  }

  /** The error that ended the request, if it was aborted. */
  get reason(): Error | null {
    return this.#reason;
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
