/**
 * Secrets never leave the runner: credential headers are masked when an exchange is
 * recorded, and every string of a report is scrubbed once more for the literal key and
 * anything shaped like an Anthropic key (a proxy may echo it in an error message).
 */

const credentialHeaders = new Set(["x-api-key", "authorization", "proxy-authorization", "cookie", "set-cookie", "x-goog-api-key", "api-key"]);
const keyShaped = /sk-ant-[A-Za-z0-9_-]{6,}/g;

export const redactedMark = "[redacted]";

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
  private readonly secrets: string[];
  constructor(secrets: readonly (string | undefined | null)[]) {
    // Longest first, so a key that contains another is masked whole.
    this.secrets = [...new Set(secrets.filter((s): s is string => typeof s === "string" && s.length >= 4))].sort((a, b) => b.length - a.length);
  }

  text(value: string): string {
    let out = value;
    for (const secret of this.secrets) if (out.includes(secret)) out = out.split(secret).join(redactedMark);
    return out.replace(keyShaped, `sk-ant-${redactedMark}`);
  }

  /** A deep copy with every string scrubbed. */
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
