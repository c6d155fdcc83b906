/**
 * The last steps of every answer: a fault directive's delay and error come first (the delay
 * holds back the headers), and its byte-level shaping wraps whatever body is sent.
 */
import type { FaultDirective } from "../faults/directive.ts";
import { applyDelay, directiveError, shapeBody, shapesBody, type ResetConnection } from "../faults/apply-fault.ts";
import { bodyStream, sortedHeaders, type Reply } from "../http/reply.ts";

export async function beforeAnswer(directive: FaultDirective | undefined): Promise<void> {
  await applyDelay(directive);
  const error = directiveError(directive);
  if (error) throw error;
}

export function shaped(reply: Reply, directive: FaultDirective | undefined, reset: ResetConnection | undefined): Reply {
  if (!shapesBody(directive) || reply.body === null) return reply;
  const headers = sortedHeaders(reply.headers);
  // The shaped body may be cut short, so no length is promised.
  delete headers["content-length"];
  return { status: reply.status, headers, body: shapeBody(bodyStream(reply.body), directive!, reset) };
}
