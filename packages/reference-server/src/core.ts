/**
 * The server without its I/O: resolved options, the shared context (validator, limiter,
 * stores, replay index) and the request handler. `createApp` puts the web-standard entry
 * in front of it, `start` the Node one; both run this same core.
 */
import { createRequestHandler, type RequestHandler } from "./handle-request.ts";
import type { Recorder } from "./record/recorder.ts";
import { createServerContext, warmValidator, type ServerContext } from "./server-context.ts";
import { createMemoryStore, type ObjectStore } from "./store/object-store.ts";
import { resolveOptions, type AppOptions } from "./options.ts";

export interface AppRuntime {
  /** Where uploads and metadata go. @default an in-memory store */
  readonly store?: ObjectStore;
  /** Record mode: where request records go. @default none */
  readonly recorder?: Recorder;
}

export interface ReferenceCore {
  readonly handle: RequestHandler;
  /** Resolves once stored files and skills from an earlier run are loaded. */
  readonly ready: Promise<void>;
  readonly context: ServerContext;
}

export function createCore(options: AppOptions = {}, runtime: AppRuntime = {}): ReferenceCore {
  const ctx = createServerContext(resolveOptions(options), runtime.store ?? createMemoryStore(), runtime.recorder);
  const ready = Promise.all([ctx.files.load(), ctx.skills.load()]).then(() => warmValidator(ctx));
  return { handle: createRequestHandler(ctx), ready, context: ctx };
}
