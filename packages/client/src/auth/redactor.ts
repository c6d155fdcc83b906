/**
 * Keeps credentials out of every message, log line and error this client produces. Each
 * secret the client sends is registered here; any text leaving the client (error messages,
 * server-echoed bodies, log lines) passes through `redact`.
 */
export interface Redactor {
  add(secret: string): void;
  redact(text: string): string;
}

const marker = "[redacted]";

export function createRedactor(): Redactor {
  const secrets = new Set<string>();
  return {
    add(secret) {
      // Very short values would blank out ordinary words; no real key or token is that short.
      if (secret.length >= 8) secrets.add(secret);
    },
    redact(text) {
      for (const secret of secrets) if (text.includes(secret)) text = text.split(secret).join(marker);
      return text;
    },
  };
}

/** Header names whose values are credentials, whatever their value looks like. */
export const secretHeaders = new Set(["x-api-key", "authorization", "proxy-authorization", "cookie", "set-cookie"]);
