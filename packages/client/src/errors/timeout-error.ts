import { ClaudeError } from "./claude-error.ts";

/**
 * The request's time budget ran out (all attempts and waits together), or a body stopped
 * sending bytes for longer than the idle timeout. Not retried: the budget is spent.
 */
export class TimeoutError extends ClaudeError {
  override name = "TimeoutError";
}
