import { maskedJson } from "./auth/redact-error.ts";

/**
 * Levelled logging through any console-like object. Messages are built only when their
 * level is on, and they never carry credentials: the client logs methods, URLs, statuses,
 * request ids and waits, never request headers or bodies.
 */
export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

export interface Logger {
  error(message: string, ...data: unknown[]): void;
  warn(message: string, ...data: unknown[]): void;
  info(message: string, ...data: unknown[]): void;
  debug(message: string, ...data: unknown[]): void;
}

const rank: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

export type Log = { readonly [L in Exclude<LogLevel, "off">]: ((message: string, data?: object) => void) | null };

/** Binds a logger to a level; a method is null when its level is off, so callers skip the work. */
export function createLog(logger: Logger, level: LogLevel, redact: (text: string) => string): Log {
  const at = (l: Exclude<LogLevel, "off">) =>
    rank[level] >= rank[l]
      ? (message: string, data?: object) => (data === undefined ? logger[l](redact(message)) : logger[l](redact(message), maskedJson(JSON.stringify(data), redact)))
      : null;
  return { error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug") };
}
