/**
 * The last steps of every answer: a fault directive's delay and error come first (the delay
 * holds back the headers), and its byte-level shaping wraps whatever body is sent.
 */
import type { FaultDirective } from "../faults/directive.ts";
import { applyDelay, directiveError, shapeBody, shapesBody, type ResetConnection } from "../faults/apply-fault.ts";

export async function beforeAnswer(directive: FaultDirective | undefined): Promise<void> {
  await applyDelay(directive);
  const error = directiveError(directive);
  if (error) throw error;
}

export function shaped(response: Response, directive: FaultDirective | undefined, reset: ResetConnection | undefined): Response {
  if (!shapesBody(directive) || response.body === null) return response;
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    // The shaped body may be cut short, so no length is promised.
    if (name !== "content-length") headers[name] = value;
  });
  return new Response(shapeBody(response.body, directive!, reset), { status: response.status, headers });
}
