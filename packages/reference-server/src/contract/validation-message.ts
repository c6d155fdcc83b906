/**
 * A schema violation as the API words a 400: the dotted path of the bad field, then what is
 * wrong (`max_tokens: Field required`, `messages.0.content: …`; spec/recorded/README.md).
 */
import type { Violation } from "@claude-spec/contract";

function dotted(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .join(".");
}

function join(parent: string, child: string): string {
  return parent ? `${parent}.${child}` : child;
}

export function violationMessage(v: Violation): string {
  const at = dotted(v.pointer);
  const property = /"((?:[^"\\]|\\.)*)"/.exec(v.message)?.[1];
  if (v.rule === "required" && property !== undefined) return `${join(at, property)}: Field required`;
  if (v.rule === "additionalProperties" && property !== undefined) return `${join(at, property)}: Extra inputs are not permitted`;
  return `${at || "body"}: ${v.message}`;
}
