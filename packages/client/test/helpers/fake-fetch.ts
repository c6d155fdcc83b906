import type { FetchFn } from "../../src/index.ts";

export interface Call {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: BodyInit | null | undefined;
  readonly signal: AbortSignal | null | undefined;
}

type Reply = Response | Error | ((call: Call) => Response | Promise<Response>);

/**
 * A fetch that records every call and answers from a script, one reply per call (the last
 * reply repeats). Nothing is mocked globally: the client is handed this function.
 */
export function fakeFetch(...replies: Reply[]): FetchFn & { calls: Call[] } {
  const calls: Call[] = [];
  const fn = async (input: string | Request, init?: RequestInit) => {
    const call: Call = {
      url: String(input),
      method: init?.method ?? "GET",
      headers: { ...(init?.headers as Record<string, string>) },
      body: init?.body,
      signal: init?.signal,
    };
    calls.push(call);
    const reply = replies[Math.min(calls.length - 1, replies.length - 1)]!;
    if (reply instanceof Error) throw reply;
    const response = typeof reply === "function" ? await reply(call) : reply.clone();
    return response;
  };
  return Object.assign(fn, { calls });
}

export const jsonResponse = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", "request-id": "req_test", ...headers } });

export const errorResponse = (status: number, type: string, headers: Record<string, string> = {}) =>
  jsonResponse({ type: "error", error: { type, message: `${type} happened` }, request_id: "req_err" }, status, headers);
