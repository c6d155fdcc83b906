/**
 * The error envelope on every error path (CONTRACT.md §1.3, §3 items 14-17): JSON, exactly
 * `{"type":"error","error":{"type","message"[,"details"]},"request_id"}`, the body's
 * `request_id` equal to the `request-id` header, and a message fit for a client: no stack
 * traces, local paths, provider prefixes or JSON encoded twice.
 */
import { fail, pass, show, type CheckResult } from "./check-result.ts";
import type { ResponseView } from "./response-view.ts";

const envelopeFact = 'errors are JSON {"type":"error","error":{"type","message"},"request_id"} (https://platform.claude.com/docs/en/api/errors)';
const messageFact = "error messages carry no stack traces, local paths, provider prefixes or double-encoded JSON (CONTRACT.md §3 item 17)";

const dirtyMessage: readonly [RegExp, string][] = [
  [/Traceback \(most recent call last\)|^\s*File ".*", line \d+/m, "a Python stack trace"],
  [/\n\s+at [^\n]+\(?[^\n]*:\d+:\d+\)?/, "a JavaScript stack trace"],
  [/(^|[\s"'(])(\/(home|usr|srv|var|opt|root|app|tmp)\/[^\s"']+|[A-Z]:\\\\?[^\s"']+)/, "a local file path"],
  [/node_modules|site-packages/, "a dependency path"],
  [/^\s*(anthropic|claude|openai|litellm|upstream|provider|bedrock|vertex)(\s+api)?\s*(error)?\s*:/i, "a provider prefix"],
  [/^\s*[\[{]\s*"/, "JSON encoded inside the message"],
  [/^\s*(None|null|undefined|NaN)?\s*$/, "no text"],
  [/^[A-Z][A-Za-z]+(Error|Exception)(:|$)/, "an exception class name"],
];

export function messageProblem(message: string): string | null {
  for (const [pattern, what] of dirtyMessage) if (pattern.test(message)) return what;
  return null;
}

const hygieneFact = "error answers, whatever their shape, carry no stack traces, absolute paths or internal details (CONTRACT.md §3 item 17)";

/** What in a whole error body gives away the gateway's insides (any shape: JSON of its own, HTML, text). */
const leakyBody: readonly [RegExp, string][] = [
  [/Traceback \(most recent call last\)|(^|\\n|\n)\s*File \\?".*\\?", line \d+/m, "a Python stack trace"],
  [/(\\n|\n)\s+at [^\n]+:\d+:\d+/, "a JavaScript stack trace"],
  [/(\\n|\n)\s+at [a-z][\w$.]+\([\w$]+\.java:\d+\)/i, "a Java stack trace"],
  [/goroutine \d+ \[|panic: /, "a Go panic"],
  [/(^|[\s"'(=:>])(\/(home|usr|srv|var|opt|root|app|tmp|workspace|Users)\/[^\s"'<]+|[A-Z]:\\\\?[^\s"'<]+)/, "an absolute file path"],
  [/node_modules|site-packages|dist-packages/, "a dependency path"],
  [/\b(ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH) \d{1,3}(\.\d{1,3}){3}:\d+|\b(10\.\d{1,3}|192\.168)\.\d{1,3}\.\d{1,3}:\d{2,5}\b/, "an internal address"],
];

/**
 * Runs on every error body, not only well-formed envelopes: a 500 in the gateway's own JSON
 * with a traceback, or a framework's error page, leaks as much as a dirty message.
 */
export function errorHygieneCheck(view: ResponseView): CheckResult {
  const text = view.text.slice(0, 64 * 1024);
  for (const [pattern, what] of leakyBody) {
    const found = pattern.exec(text);
    if (found) {
      const at = Math.max(0, found.index - 40);
      return fail("error.hygiene", hygieneFact, { received: show(text.slice(at, at + 160)), message: `the ${view.response.status} error body contains ${what}` });
    }
  }
  return pass("error.hygiene", hygieneFact);
}

/** Names an error body's shape when it is a well-known other one, so the owner sees what answered. */
function otherShape(body: unknown): string | null {
  if (!body || typeof body !== "object" || Array.isArray(body)) return null;
  const b = body as Record<string, unknown>;
  const keys = Object.keys(b).sort().join(",");
  if (keys === "detail") return `a web framework's error shape ({"detail": …}, as FastAPI/Starlette answer), not the Claude envelope`;
  if ("statusCode" in b && "error" in b) return `a web framework's error shape ({"statusCode", "error", "message"}, as Fastify/NestJS answer), not the Claude envelope`;
  const error = b.error as Record<string, unknown> | undefined;
  if (b.type !== "error" && error && typeof error === "object" && !Array.isArray(error) && ("code" in error || "param" in error || !("type" in error))) {
    return `a reshaped error envelope (error.${Object.keys(error).join("/error.")}${b.type === undefined ? ", no top-level type" : ""}), not the Claude envelope`;
  }
  if (b.type !== "error" && typeof b.error === "string") return `the gateway's own error shape ("error": ${show(b.error, 40)}), not the Claude envelope`;
  return null;
}

export function envelopeChecks(view: ResponseView, expectedType: string | undefined): CheckResult[] {
  const out: CheckResult[] = [errorHygieneCheck(view)];
  const received = `${view.response.status} ${view.mediaType || "(no content-type)"}: ${show(view.text.slice(0, 200))}`;
  if (view.mediaType !== "application/json" || view.json === undefined) {
    out.push(
      fail("envelope", envelopeFact, {
        expected: "application/json error envelope",
        received,
        message: view.mediaType === "text/html" ? "the error answer is an HTML page, which clients cannot parse" : `the error answer is not JSON${view.jsonError ? ` (${view.jsonError})` : ""}`,
      }),
    );
    return out;
  }
  const body = view.json as Record<string, unknown>;
  const problems: string[] = [];
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    problems.push("the body is not a JSON object");
  } else {
    if (body.type !== "error") problems.push(`"type" is ${show(body.type)}, not "error"`);
    for (const key of Object.keys(body)) if (!["type", "error", "request_id"].includes(key)) problems.push(`unexpected top-level key ${show(key)}`);
    const error = body.error as Record<string, unknown> | undefined;
    if (error === null || typeof error !== "object" || Array.isArray(error)) {
      problems.push(`"error" is ${show(error)}, not an object`);
    } else {
      if (typeof error.type !== "string") problems.push(`"error.type" is ${show(error.type)}, not a string`);
      if (typeof error.message !== "string") problems.push(`"error.message" is ${show(error.message)}, not a string`);
      for (const key of Object.keys(error)) if (!["type", "message", "details"].includes(key)) problems.push(`unexpected key "error.${key}"`);
    }
    if (!("request_id" in body)) problems.push('"request_id" is missing');
  }
  const shape = problems.length ? otherShape(body) : null;
  out.push(problems.length ? fail("envelope", envelopeFact, { expected: "the error envelope", received, message: `${shape ? `${shape}: ` : ""}${problems.join("; ")}` }) : pass("envelope", envelopeFact));
  if (problems.length) return out;

  const error = body.error as { type: string; message: string };
  if (expectedType !== undefined) {
    const fact = `status ${view.response.status} carries error.type ${expectedType} (CONTRACT.md §1.3)`;
    out.push(
      error.type === expectedType
        ? pass("error-type", fact)
        : fail("error-type", fact, { expected: expectedType, received: error.type, message: `error.type is ${show(error.type)}` }),
    );
  }
  const header = view.header("request-id");
  const idFact = "the body's request_id equals the request-id header (CONTRACT.md §3 item 10)";
  if (header !== undefined && body.request_id !== header) {
    out.push(fail("envelope.request-id", idFact, { expected: show(header), received: show(body.request_id) }));
  } else if (header !== undefined) {
    out.push(pass("envelope.request-id", idFact));
  }
  const dirty = messageProblem(error.message);
  out.push(dirty ? fail("envelope.message", messageFact, { received: show(error.message), message: `error.message contains ${dirty}` }) : pass("envelope.message", messageFact));
  return out;
}

/** A 2xx JSON answer must not be an error in disguise (§3 item 16). */
export function successNotErrorCheck(view: ResponseView): CheckResult {
  const fact = "no error JSON is sent with a 2xx status (CONTRACT.md §3 item 16)";
  const body = view.json as { type?: unknown } | undefined;
  if (body && typeof body === "object" && body.type === "error") {
    return fail("success-not-error", fact, { expected: "a success body", received: `${view.response.status} ${show(view.text.slice(0, 200))}` });
  }
  return pass("success-not-error", fact);
}
