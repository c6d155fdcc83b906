/**
 * The parts of an answer the checks read, computed once per response: the media type,
 * the body as text and as JSON (when it parses), and the request that was sent.
 */
import type { Exchange, ReceivedResponse } from "../http/exchange.ts";

export interface ResponseView {
  readonly exchange: Exchange;
  readonly response: ReceivedResponse;
  readonly mediaType: string;
  readonly text: string;
  /** The parsed JSON body, or undefined when it is not JSON. */
  readonly json: unknown;
  readonly jsonError: string | null;
  header(name: string): string | undefined;
}

export function viewOf(exchange: Exchange): ResponseView | null {
  const response = exchange.response;
  if (!response) return null;
  const mediaType = (response.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  const text = response.body.toString("utf8");
  let json: unknown;
  let jsonError: string | null = null;
  if ((!response.events || mediaType.endsWith("json")) && !response.bodyTruncated && text.trim() !== "") {
    try {
      json = JSON.parse(text);
    } catch (error) {
      jsonError = (error as Error).message;
    }
  } else if (text.trim() === "") {
    jsonError = "the body is empty";
  }
  return {
    exchange,
    response,
    mediaType,
    text,
    json,
    jsonError,
    header: (name) => response.headers[name.toLowerCase()],
  };
}
