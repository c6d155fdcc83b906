import { timedOut, type RequestBudget } from "./request-budget.ts";
import { budgetTimer, type BudgetTimer } from "./budget-timer.ts";

/**
 * A time budget shared by calls that start close together with the same timeout: one
 * AbortSignal and one timer for the lot (a cohort) instead of one each.
 *
 * Why: Node's fetch (undici) makes each request follow the signal it is given. Following a
 * fresh signal (creating it, raising its listener limit, a listener, a WeakRef, a
 * finalizer) plus its timer cost more than the rest of this client's work on a call, about
 * 5% of a loopback round trip at 64 calls in flight; following a signal that already
 * exists costs a fraction of that. It is a Node matter, so the core leaves the choice to
 * its `timeBudget` option and `@claude-spec/node` makes it; a browser bundle never
 * carries this module.
 *
 * Only a call that nothing but its timeout can end early may share: no caller signal, and
 * an answer read whole as soon as it arrives (no idle watchdog, no `abort()`), since
 * aborting the shared signal ends every member still running.
 *
 * A cohort takes members for a short window (1% of the timeout, at most 1 s) or until it
 * has `maxMembers`, and its timer fires at the latest deadline any member can have: every
 * call gets its whole timeout, and at most one window more. Members still running then are
 * past their own deadlines; members already done are not touched by the abort (fetch
 * ignores an abort after the response has been read).
 */
/**
 * Bounded because undici takes a request's listener off the signal only when the request
 * is garbage-collected, and looks the whole list up for every new request: one signal for
 * all calls made each request cost milliseconds once the list had grown.
 */
const maxMembers = 64;
/** The longest joining window, ms: what a call may run past its own timeout at most. */
const maxWindow = 1000;

class Cohort {
  readonly controller = new AbortController();
  readonly closesAt: number;
  #joined = 0;
  #live = 0;
  /** Set once another cohort replaced this one: it takes no more members. */
  #closed = false;
  readonly #timer: BudgetTimer;

  constructor(
    readonly timeout: number,
    now: number,
  ) {
    const window = Math.min(maxWindow, timeout / 100);
    this.closesAt = now + window;
    this.#timer = budgetTimer(() => this.controller.abort(timedOut(timeout)), timeout + window);
  }

  takes(timeout: number, now: number): boolean {
    return !this.#closed && timeout === this.timeout && this.#joined < maxMembers && now < this.closesAt && !this.controller.signal.aborted;
  }

  join(): void {
    this.#joined++;
    this.#live++;
  }

  /** A member is done; a closed cohort with no one left needs its timer no more. */
  leave(now: number): void {
    if (--this.#live === 0 && !this.takes(this.timeout, now)) clearTimeout(this.#timer);
  }

  /** Replaced as the open cohort: it takes no more members, and with none left needs no timer. */
  close(): void {
    this.#closed = true;
    if (this.#live === 0) clearTimeout(this.#timer);
  }
}

/** The cohort new calls join; one at a time (a client has one timeout, so this is the common case). */
let open: Cohort | undefined;

class SharedBudget implements RequestBudget {
  readonly #cohort: Cohort;
  readonly #deadline: number;
  #reason: Error | null = null;
  #done = false;

  constructor(cohort: Cohort, deadline: number) {
    this.#cohort = cohort;
    this.#deadline = deadline;
  }

  get signal(): AbortSignal {
    return this.#cohort.controller.signal;
  }

  /** Each member gets its own error object, so no caller sees another's. */
  get reason(): Error | null {
    if (!this.#cohort.controller.signal.aborted) return null;
    return (this.#reason ??= timedOut(this.#cohort.timeout));
  }

  remaining(): number {
    return this.#deadline - Date.now();
  }

  dispose(): void {
    if (this.#done) return;
    this.#done = true;
    this.#cohort.leave(Date.now());
  }
}

/** A budget of `timeout` ms for a call that only its timeout can end early (see above). */
export function sharedBudget(timeout: number): RequestBudget {
  const now = Date.now();
  if (!open?.takes(timeout, now)) {
    open?.close();
    open = new Cohort(timeout, now);
  }
  open.join();
  return new SharedBudget(open, now + timeout);
}
