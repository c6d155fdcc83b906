/**
 * Every request a case sends carries a marker, so the upstream's record of it is found
 * even when a gateway drops `request-id`, strips headers and rewrites the body. The marker
 * is one unique value placed where different gateways keep things:
 *
 * - a header, `x-claude-conformance-marker` (on every request);
 * - on steps that check what was forwarded, the query parameter `claude_conformance_marker`
 *   and, in a Messages body, `metadata.user_id`: the field a gateway keeps for abuse
 *   tracking and Claude Code fills itself (a case's own `metadata.user_id` is left alone).
 *
 * A gateway has to lose all three (and the request id, and the exact bytes) for a
 * forwarded check to report "not found", which then means it did not forward the request.
 */
import { randomBytes } from "node:crypto";

export const markerHeader = "x-claude-conformance-marker";
export const markerQuery = "claude_conformance_marker";

export function newMarker(runId: string): string {
  return `ccm-${runId}-${randomBytes(6).toString("hex")}`;
}

type Json = Record<string, unknown>;

/** The Messages body with the marker as `metadata.user_id`, unless the body already names one. */
export function markBody(operationId: string | null, body: unknown, marker: string): unknown {
  if (operationId !== "messages.create" || !body || typeof body !== "object" || Array.isArray(body)) return body;
  const b = body as Json;
  const metadata = (b.metadata ?? {}) as Json;
  if (typeof metadata !== "object" || metadata === null || metadata.user_id !== undefined) return body;
  return { ...b, metadata: { ...metadata, user_id: marker } };
}

/** The query string a client sent, without the marker, as `?a=b` (or "" when empty). */
export function queryWithoutMarker(search: string | null): string {
  const params = new URLSearchParams(search ?? "");
  params.delete(markerQuery);
  const text = params.toString();
  return text ? `?${text}` : "";
}
