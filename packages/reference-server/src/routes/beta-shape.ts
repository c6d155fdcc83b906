/**
 * Which response shape a Files or Skills call gets: the generally available one by default,
 * the older beta one when the request sends the operation's beta name in `anthropic-beta`
 * (on either API version; https://platform.claude.com/docs/en/release-notes/overview,
 * 2026-08-27).
 */
import { wantsBetaShape } from "../http/beta.ts";
import type { Call } from "./call.ts";

export function betaShapeOf(call: Call): boolean {
  return wantsBetaShape(call.op.beta, call.headers.get("anthropic-beta"));
}
