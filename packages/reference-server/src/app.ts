/**
 * The reference server as a web-standard handler: `fetch(Request) → Response`, so it runs
 * on Deno (`Deno.serve(app.fetch)`), other runtimes, or in-process. It only translates: the
 * `Request` becomes the core's IncomingRequest and the reply a `Response`; everything the
 * server does is in handle-request.ts, shared with the Node entry (start.ts).
 */
import type { ResetConnection } from "./faults/apply-fault.ts";
import type { IncomingRequest } from "./http/incoming-request.ts";
import type { Reply } from "./http/reply.ts";
import { webRequestBody, type RequestBody } from "./http/request-body.ts";
import type { RequestHeaders } from "./http/request-headers.ts";
import { createCore, type AppRuntime, type ReferenceCore } from "./core.ts";
import type { ServerContext } from "./server-context.ts";
import type { AppOptions } from "./options.ts";

export type { AppRuntime } from "./core.ts";

/** What a runtime may pass as `env` to `fetch` to serve a request natively. */
export interface Bindings {
  /** Resets the client's connection (a real TCP reset on Node); without it a reset fault errors the body stream. */
  readonly resetConnection?: ResetConnection;
  /** Reads the request body natively; without it the web `Request` body is used. */
  readonly body?: RequestBody;
  /** The request headers, natively; without them the `Request`'s `Headers` are used. */
  readonly headers?: RequestHeaders;
}

export interface ReferenceApp {
  readonly fetch: (request: Request, env?: Bindings) => Promise<Response>;
  /** Resolves once stored files and skills from an earlier run are loaded. */
  readonly ready: Promise<void>;
  readonly context: ServerContext;
}

function incoming(request: Request, env: Bindings | undefined): IncomingRequest {
  return {
    method: request.method,
    url: request.url,
    headers: env?.headers ?? request.headers,
    body: env?.body ?? webRequestBody(request),
    resetConnection: env?.resetConnection,
  };
}

function toResponse(reply: Reply): Response {
  return new Response(reply.body as BodyInit | null, { status: reply.status, headers: reply.headers });
}

/** The web-standard entry in front of a core (start.ts exposes one for the Node server's core too). */
export function webApp(core: ReferenceCore): ReferenceApp {
  return {
    fetch: (request, env) => core.handle(incoming(request, env)).then(toResponse),
    ready: core.ready,
    context: core.context,
  };
}

export function createApp(options: AppOptions = {}, runtime: AppRuntime = {}): ReferenceApp {
  return webApp(createCore(options, runtime));
}
