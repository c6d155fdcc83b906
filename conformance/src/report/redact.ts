/**
 * Secrets never leave the runner: credential headers are masked by name when an exchange is
 * recorded, and every string of a report (keys of objects too) goes through the client's
 * redactor, the one rule for client and runner alike: the key, any fragment of it of 8
 * characters or more, its JSON-escaped, URL-encoded and base64 forms (see
 * @claude-spec/client's `createRedactor`), plus anything shaped like an Anthropic key.
 */
import { createRedactor, secretHeaders } from "@claude-spec/client";

export const redactedMark = "[redacted]";
/** The client's credential headers and those of the platforms a gateway may front. */
const credentialHeaders = new Set([...secretHeaders, "x-goog-api-key", "api-key"]);
/**
 * The runner's one addition to the rule: anything shaped like an Anthropic key, registered
 * or not (a gateway may echo its own upstream key). Masked first, so no tail of it is left.
 */
const keyShaped = /sk-ant-[A-Za-z0-9_-]{6,}/g;

export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!credentialHeaders.has(name.toLowerCase())) out[name] = value;
    else {
      // Keep the scheme: "Bearer" vs "x-api-key" is what an auth check is about.
      const scheme = /^(\S+)\s+\S/.exec(value)?.[1];
      out[name] = scheme && name.toLowerCase() !== "x-api-key" ? `${scheme} ${redactedMark}` : redactedMark;
    }
  }
  return out;
}

export class Redactor {
  readonly text: (value: string) => string;

  constructor(secrets: readonly (string | undefined | null)[]) {
    const redactor = createRedactor();
    for (const secret of secrets) if (typeof secret === "string") redactor.add(secret);
    this.text = (value) => redactor.redact(value.replace(keyShaped, `sk-ant-${redactedMark}`));
  }

  /** A deep copy with every string scrubbed (a report's data: plain, shallow JSON). */
  deep<T>(value: T): T {
    if (typeof value === "string") return this.text(value) as T;
    if (Array.isArray(value)) return value.map((v) => this.deep(v)) as T;
    if (value !== null && typeof value === "object") {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[this.text(k)] = this.deep(v);
      return out as T;
    }
    return value;
  }
}
