import type { FetchFn } from "../transport/context.ts";

/**
 * A fetch whose responses also carry a platform's request id (`x-amzn-requestid` on Bedrock,
 * `apim-request-id` on Foundry) as `request-id`, the header every result, stream and error of
 * this client reads its `requestId` from. A response that has its own `request-id` keeps it.
 */
export function withRequestId(fetch: FetchFn, header: string): FetchFn {
  return async (input, init) => {
    const response = await fetch(input, init);
    const id = response.headers.get(header);
    if (id === null || response.headers.has("request-id")) return response;
    // A fetch response's headers are immutable: the answer is re-wrapped, body untouched.
    const headers = new Headers(response.headers);
    headers.set("request-id", id);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}
