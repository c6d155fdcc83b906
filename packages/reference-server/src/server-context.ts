/**
 * Everything the handlers share for the life of one server: resolved options, the spec's
 * validator and facts derived from it, the rate limiter, the replay index and the stores.
 */
import { createContractValidator, operations, specDocument, type ContractValidator } from "@claude-spec/contract";
import { supportedVersions } from "./http/api-version.ts";
import { RateLimiter } from "./http/rate-limit.ts";
import { removedProperties, type RemovedProperty } from "./contract/removed-properties.ts";
import { indexFixtures, type FixtureIndex } from "./messages/fixture-replay.ts";
import { BatchStore } from "./store/batch-store.ts";
import { FileRegistry } from "./store/file-registry.ts";
import type { ObjectStore } from "./store/object-store.ts";
import { SkillRegistry } from "./store/skill-registry.ts";
import type { Recorder } from "./record/recorder.ts";
import type { ResolvedOptions } from "./options.ts";

type Json = Record<string, any>;

export interface ServerContext {
  readonly options: ResolvedOptions;
  readonly validator: ContractValidator;
  readonly versions: readonly string[];
  /** Per operationId, the components schema its JSON request body is (validated by name: cheaper per call). */
  readonly bodySchemas: ReadonlyMap<string, string>;
  /** Per operationId, the body properties some API version rejects. */
  readonly removed: ReadonlyMap<string, readonly RemovedProperty[]>;
  readonly limiter: RateLimiter;
  readonly fixtures: FixtureIndex;
  readonly batches: BatchStore;
  readonly files: FileRegistry;
  readonly skills: SkillRegistry;
  readonly store: ObjectStore;
  readonly recorder: Recorder | undefined;
}

function requestBodySchema(doc: Json, method: string, path: string): Json | undefined {
  const op = doc.paths?.[path]?.[method];
  let body = op?.requestBody;
  if (typeof body?.$ref === "string") {
    body = body.$ref.replace(/^#\//, "").split("/").reduce((at: Json | undefined, p: string) => at?.[p], doc);
  }
  return body?.content?.["application/json"]?.schema;
}

let sharedValidator: ContractValidator | undefined;

/**
 * One validator per process: the spec is the same for every server, and compiling the
 * request schemas takes a good part of a second, so it is done once, at start-up
 * (warmValidator), not on some unlucky first request.
 */
function validator(): ContractValidator {
  return (sharedValidator ??= createContractValidator());
}

export function warmValidator(ctx: ServerContext): void {
  for (const op of operations) {
    const name = ctx.bodySchemas.get(op.operationId);
    if (op.requestContentType === "application/json" && name) ctx.validator.schema(name, {});
  }
}

export function createServerContext(options: ResolvedOptions, store: ObjectStore, recorder: Recorder | undefined): ServerContext {
  const removed = new Map<string, RemovedProperty[]>();
  const bodySchemas = new Map<string, string>();
  for (const op of operations) {
    const ref = requestBodySchema(specDocument, op.method, op.path)?.$ref;
    if (typeof ref === "string" && ref.startsWith("#/components/schemas/")) bodySchemas.set(op.operationId, ref.slice("#/components/schemas/".length));
    const found = removedProperties(specDocument, requestBodySchema(specDocument, op.method, op.path));
    if (found.length > 0) removed.set(op.operationId, found);
  }
  return {
    options,
    validator: validator(),
    versions: supportedVersions(specDocument),
    removed,
    bodySchemas,
    limiter: new RateLimiter(options.rateLimits, options.now),
    fixtures: indexFixtures(options.fixtures),
    batches: new BatchStore({ processingMs: options.batchProcessingMs, cancelingMs: options.batchCancelingMs, now: options.now }, options.batchLimits),
    files: new FileRegistry(store),
    skills: new SkillRegistry(store),
    store,
    recorder,
  };
}
