import { ClaudeError } from "./claude-error.ts";

/**
 * A body that began well and then broke: the connection dropped mid-stream, the stream ended
 * before `message_stop`, or a line was not valid JSON. Not retried, since part of the answer
 * was already delivered.
 */
export class StreamError extends ClaudeError {
  override name = "StreamError";
}
