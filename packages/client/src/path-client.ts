/**
 * The typed path-style call, for anything the facade does not name: openapi-fetch's client
 * over the generated `paths`, sending through this client's transport (auth, version, beta,
 * retries, time budget, credential origin check, size limits). As openapi-fetch does, it
 * returns `{ data, error, response }` rather than throwing on an error status.
 */
import { operations, type OperationInfo } from "@claude-spec/generated/operations";
import type { paths } from "@claude-spec/generated/schema";
import createOpenApiClient, { type Client } from "openapi-fetch";
import { checkBodyLimit } from "./transport/body-limit.ts";
import type { ClientContext } from "./transport/context.ts";
import { ResponseTooLargeError } from "./errors/response-too-large-error.ts";
import { streamOf } from "./facade/download.ts";
import { readBody, type BodyReader } from "./transport/read-body.ts";
import { betasFor, mergeHeaders } from "./transport/request-headers.ts";
import { send } from "./transport/send.ts";

/** The spec marks `anthropic-version` as a required header; the transport always sends it. */
type RelaxHeaders<P> = {
  [Path in keyof P]: {
    [M in keyof P[Path]]: P[Path][M] extends { parameters: infer Params extends { header?: unknown } }
      ? Omit<P[Path][M], "parameters"> & { parameters: Omit<Params, "header"> & { header?: Partial<Params["header"]> } }
      : P[Path][M];
  };
};

export type PathClient = Client<RelaxHeaders<paths>, "application/json">;

const matchers = operations.map((row) => ({
  row: row as OperationInfo,
  method: row.method.toUpperCase(),
  pattern: new RegExp(`^${row.path.replace(/\{[^}]+\}/g, "[^/]+")}$`),
}));

function rowFor(method: string, url: string): OperationInfo | null {
  const path = new URL(url).pathname.replace(/\/+$/, "");
  return matchers.find((m) => m.method === method && m.pattern.test(path))?.row ?? null;
}

/** openapi-fetch reads a whole body into memory, so the whole body is what `maxBufferedBytes` bounds. */
function wholeBodyBounded(body: BodyReader): BodyReader {
  let total = 0;
  return {
    ...body,
    async read() {
      const chunk = await body.read();
      if (chunk && (total += chunk.byteLength) > body.maxBuffered) {
        body.cancel();
        throw new ResponseTooLargeError("the answer", body.maxBuffered);
      }
      return chunk;
    },
  };
}

/** `createPathClient(client)`: the path-style client sharing a facade client's configuration. */
export function createPathClient(client: { readonly context: ClientContext }): PathClient {
  const { context } = client;
  return createOpenApiClient<RelaxHeaders<paths>, "application/json">({
    baseUrl: context.baseURL,
    fetch: async (request: Request) => {
      const row = rowFor(request.method, request.url);
      // Buffered so a retry can resend it; the facade streams large uploads instead.
      const body = request.body ? await request.arrayBuffer() : null;
      if (row) checkBodyLimit(row.operationId, body, row.bodySizeLimit);
      const given: Record<string, string> = {};
      request.headers.forEach((value, name) => (given[name] = value));
      const headers = mergeHeaders(context.headers, given);
      const betas = betasFor(context, row?.beta ?? null, { betas: given["anthropic-beta"]?.split(",") ?? [] });
      if (betas.length > 0) headers["anthropic-beta"] = betas.join(",");
      const { response, control } = await send(
        context,
        { method: request.method, url: request.url, headers, body },
        { signal: request.signal },
        true,
      );
      // The budget stays on while openapi-fetch reads the body; the stream ends the request.
      const guarded = response.body ? streamOf(wholeBodyBounded(readBody(response, control, context.idleTimeout, { maxBuffered: context.maxBufferedBytes, redact: context.redactor.redact }))) : null;
      if (!guarded) control.dispose();
      return new Response(guarded, { status: response.status, statusText: response.statusText, headers: response.headers });
    },
  }) as PathClient;
}
