/**
 * An exchange as a report keeps it (credentials masked, bodies cut for display, a curl
 * reproducer) and as later steps see it (`{{name.status}}`, `.headers`, `.body`).
 */
import type { Exchange } from "../http/exchange.ts";
import { curlCommand } from "../report/curl.ts";
import { redactHeaders } from "../report/redact.ts";
import type { ExchangeRecord } from "../report/result-types.ts";

/** Response text kept per exchange in a report. */
const shownBodyBytes = 64 * 1024;

export function recordExchange(exchange: Exchange, step: string, apiKey: string): ExchangeRecord {
  const req = exchange.request;
  const res = exchange.response;
  return {
    step,
    request: {
      method: req.method,
      url: req.url,
      headers: redactHeaders(req.headers),
      body: req.body?.text ?? null,
      bodySize: req.body?.size ?? 0,
      bodySummary: req.body?.summary ?? "no body",
      sentBytes: req.sentBytes,
    },
    response: res
      ? {
          status: res.status,
          statusText: res.statusText,
          httpVersion: res.httpVersion,
          headers: redactHeaders(res.headers),
          body: res.body.subarray(0, shownBodyBytes).toString("utf8"),
          bodySize: res.size,
          truncated: res.size > shownBodyBytes,
          headersAtMs: res.headersAtMs,
          endAtMs: res.endAtMs,
        }
      : null,
    error: exchange.error?.message ?? null,
    durationMs: exchange.durationMs,
    curl: curlCommand(exchange, apiKey),
  };
}

export function answerOf(exchange: Exchange): Record<string, unknown> {
  const res = exchange.response;
  if (!res) return { status: 0, headers: {}, body: null };
  let body: unknown = null;
  const text = res.body.toString("utf8");
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, headers: res.headers, body };
}
