/** The cost guard: at most `max` requests per run (`--max-requests`), polls included. */
export class RequestBudget {
  private used = 0;
  constructor(readonly max: number = Infinity) {}
  /** Takes one request from the budget; false once it is spent. */
  take(): boolean {
    if (this.used >= this.max) return false;
    this.used++;
    return true;
  }
  get spent(): number {
    return this.used;
  }
}
