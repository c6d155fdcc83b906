/**
 * The reference server as a web-standard Hono app: `app.fetch(Request) → Response`, so it
 * runs on Node (start.ts), Deno (`Deno.serve(app.fetch)`) or in-process. Routes come from
 * the spec's generated operation table; every request first gets a request id, CORS
 * handling and, in record mode, a tap on its body, and every error leaves as the envelope.
 */
import { Hono } from "hono";
import { operations, operationsAtPath, type OperationInfo } from "@claude-spec/contract";
import { ApiError } from "./http/api-error.ts";
import { checkBrowserAccess, corsResponseHeaders, isCrossOrigin, isPreflight, preflightHeaders } from "./http/cors.ts";
import { requestId } from "./http/ids.ts";
import { createRequestState, type RequestState } from "./http/request-state.ts";
import { webRequestBody, type RequestBody } from "./http/request-body.ts";
import type { RequestHeaders } from "./http/request-headers.ts";
import { responseForError } from "./http/respond.ts";
import type { ResetConnection } from "./faults/apply-fault.ts";
import { redactHeaders, tapBody, type BodyTap, type Recorder } from "./record/recorder.ts";
import { handlers } from "./routes/handlers.ts";
import { admit } from "./routes/pipeline.ts";
import { createMemoryStore, type ObjectStore } from "./store/object-store.ts";
import { createServerContext, warmValidator, type ServerContext } from "./server-context.ts";
import { resolveOptions, type AppOptions } from "./options.ts";

/** What a runtime entry passes as `env` to `app.fetch`. */
export interface Bindings {
  /** Resets the client's connection (a real TCP reset on Node); without it a reset fault errors the body stream. */
  readonly resetConnection?: ResetConnection;
  /** Reads the request body natively; without it the web `Request` body is used. */
  readonly body?: RequestBody;
  /** The request headers, natively; without them the `Request`'s `Headers` are used. */
  readonly headers?: RequestHeaders;
}

type Env = { Bindings: Bindings; Variables: { state: RequestState; headers: RequestHeaders } };

export interface AppRuntime {
  /** Where uploads and metadata go. @default an in-memory store */
  readonly store?: ObjectStore;
  /** Record mode: where request records go. @default none */
  readonly recorder?: Recorder;
}

export interface ReferenceApp {
  readonly app: Hono<Env>;
  readonly fetch: (request: Request, env?: Bindings) => Response | Promise<Response>;
  /** Resolves once stored files and skills from an earlier run are loaded. */
  readonly ready: Promise<void>;
  readonly context: ServerContext;
}

/** `/v1/files/{file_id}` → `/v1/files/:file_id` */
function honoPath(template: string): string {
  return template.replace(/\{([^}]+)\}/g, ":$1");
}


export function createApp(options: AppOptions = {}, runtime: AppRuntime = {}): ReferenceApp {
  const resolved = resolveOptions(options);
  const store = runtime.store ?? createMemoryStore();
  const ctx = createServerContext(resolved, store, runtime.recorder);
  const app = new Hono<Env>();
  const finalize = (state: RequestState) => ctx.limiter.writeHeaders(state.owner, state.headers);

  app.use("*", async (c, next) => {
    const raw = c.req.raw;
    const method = raw.method;
    const headers: RequestHeaders = c.env?.headers ?? raw.headers;
    c.set("headers", headers);
    const body = c.env?.body ?? webRequestBody(raw);
    const tap: BodyTap | undefined = ctx.recorder ? tapBody(body, ctx.recorder.createDigest(), method === "GET" || method === "HEAD") : undefined;
    const state = createRequestState(requestId(), resolved.organizationId, tap ? tap.body : body, finalize);
    c.set("state", state);
    try {
      if (isCrossOrigin(headers)) Object.assign(state.headers, corsResponseHeaders(headers));
      if (isPreflight(method, headers)) {
        finalize(state);
        c.res = new Response(null, { status: 204, headers: { ...state.headers, ...preflightHeaders(headers) } });
      } else {
        checkBrowserAccess(headers);
        await next();
      }
    } catch (error) {
      c.res = responseForError(state, error);
    }
    if (tap && ctx.recorder) {
      const url = new URL(raw.url);
      ctx.recorder.write({
        time: new Date(resolved.now()).toISOString(),
        request_id: state.requestId,
        method,
        path: url.pathname,
        query: url.search ? url.search.slice(1) : null,
        headers: redactHeaders(headers),
        body: tap.summary(),
        status: c.res.status,
      });
    }
  });

  const run = (op: OperationInfo) => {
    const handler = handlers[op.operationId];
    return (c: import("hono").Context<Env>) => {
      if (!handler) throw new ApiError(404, `${op.operationId} is in the spec but not served by the reference server`);
      const call = admit(ctx, c.get("state"), op, c.req.raw, c.get("headers"), c.req.param() as Record<string, string>, c.env?.resetConnection);
      return handler(call);
    };
  };
  for (const op of operations) app.on(op.method.toUpperCase(), honoPath(op.path), run(op as OperationInfo));

  app.all("*", (c) => {
    const allowed = operationsAtPath(c.req.path).map((op) => op.method.toUpperCase());
    if (allowed.length > 0) {
      throw new ApiError(405, `Method ${c.req.method.slice(0, 16)} is not allowed for this path`, {
        type: "invalid_request_error",
        headers: { allow: [...new Set(allowed)].join(", ") },
      });
    }
    throw new ApiError(404, "Not Found");
  });

  app.onError((error, c) => responseForError(c.get("state"), error));

  const ready = Promise.all([ctx.files.load(), ctx.skills.load()]).then(() => warmValidator(ctx));
  return { app, fetch: (request, env) => app.fetch(request, env ?? {}), ready, context: ctx };
}
