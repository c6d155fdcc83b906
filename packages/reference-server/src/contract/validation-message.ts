/**
 * A schema violation as the API words a 400: the dotted path of the bad field, then what is
 * wrong (`max_tokens: Field required`, `foo: Extra inputs are not permitted`,
 * `messages.0.role: Input should be 'user', 'assistant' or 'system'`: the API's pydantic
 * wording; spec/recorded/README.md).
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

/** The API's wording for a value outside a closed set: `Input should be 'user', 'assistant' or 'system'`. */
function enumMessage(message: string): string | undefined {
  const list = /^must be one of (\[.*\])$/.exec(message)?.[1];
  if (list === undefined) return undefined;
  let values: unknown[];
  try {
    values = JSON.parse(list) as unknown[];
  } catch {
    return undefined;
  }
  const quoted = values.map((v) => (typeof v === "string" ? `'${v}'` : JSON.stringify(v)));
  const head = quoted.slice(0, -1).join(", ");
  return `Input should be ${head ? `${head} or ${quoted.at(-1)}` : quoted[0]}`;
}

export function violationMessage(v: Violation): string {
  const at = dotted(v.pointer);
  const property = /"((?:[^"\\]|\\.)*)"/.exec(v.message)?.[1];
  if (v.rule === "required" && property !== undefined) return `${join(at, property)}: Field required`;
  if (v.rule === "additionalProperties" && property !== undefined) return `${join(at, property)}: Extra inputs are not permitted`;
  const closedSet = v.rule === "enum" ? enumMessage(v.message) : undefined;
  if (closedSet !== undefined) return `${at || "body"}: ${closedSet}`;
  return `${at || "body"}: ${v.message}`;
}
