/**
 * What a gateway changed in a JSON body on its way to the upstream, in the words its owner
 * acts on: "model rewritten: A → B", "field added: stream=false", "fields removed:
 * context_management, output_config", "field changed: tools", or "re-serialised (same JSON,
 * other bytes)". Top-level fields are named one by one; a changed nested field is named by
 * its top-level key.
 */
import { isDeepStrictEqual } from "node:util";

type Json = Record<string, unknown>;

function parseObject(text: string | null | undefined): Json | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : null;
  } catch {
    return null;
  }
}

function short(value: unknown): string {
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** The differences in words, or null when either side is not a JSON object we can read. */
export function describeBodyChange(sentText: string | null | undefined, receivedText: string | null | undefined): string[] | null {
  const sent = parseObject(sentText);
  const received = parseObject(receivedText);
  if (!sent || !received) return null;
  const out: string[] = [];
  const removed = Object.keys(sent).filter((k) => !(k in received)).sort();
  const added = Object.keys(received).filter((k) => !(k in sent));
  const changed = Object.keys(sent).filter((k) => k in received && !isDeepStrictEqual(sent[k], received[k]));
  if (changed.includes("model")) out.push(`model rewritten: ${String(sent.model)} → ${String(received.model)}`);
  for (const k of added) out.push(`field added: ${k}=${short(received[k])}`);
  if (removed.length) out.push(`field${removed.length > 1 ? "s" : ""} removed: ${removed.join(", ")}`);
  const others = changed.filter((k) => k !== "model");
  if (others.length) out.push(`field${others.length > 1 ? "s" : ""} changed: ${others.map((k) => `${k} (${short(sent[k])} → ${short(received[k])})`).join(", ")}`);
  if (out.length === 0) out.push("re-serialised: the same JSON in other bytes (key order, spacing or escapes changed)");
  return out;
}
