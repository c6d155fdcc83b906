/**
 * Creating a large batch without holding up every other client: the requests are
 * validated and answered in slices, and the loop is handed back (a macrotask turn) whenever
 * a slice has run for a few milliseconds, so a 100,000-request batch costs the other
 * connections a few milliseconds at a time instead of seconds in one go.
 */
import type { Violation } from "@claude-spec/contract";
import { ApiError } from "../http/api-error.ts";
import { violationMessage } from "../contract/validation-message.ts";
import { validateBody, type Call } from "./call.ts";

type Json = Record<string, any>;

/** Longest stretch of batch work between two turns of the event loop, in milliseconds. */
export const batchSliceMs = 8;

/** Requests validated per call into the validator: small enough to stay well inside a slice. */
const validationSlice = 500;

/** A turn of the event loop: other connections' reads, writes and timers run. */
const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** `run` over every item, in order, handing the loop back every `sliceMs` of work. */
export async function mapInSlices<T, R>(items: readonly T[], run: (item: T, index: number) => R, sliceMs = batchSliceMs): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let since = performance.now();
  for (let i = 0; i < items.length; i++) {
    out[i] = run(items[i]!, i);
    if (performance.now() - since >= sliceMs) {
      await turn();
      since = performance.now();
    }
  }
  return out;
}

/** The violation as if found in the whole body: its `requests` index moved by `offset`. */
function shifted(v: Violation, offset: number): Violation {
  return { ...v, pointer: v.pointer.replace(/^\/requests\/(\d+)/, (_, i: string) => `/requests/${Number(i) + offset}`) };
}

/**
 * The batch body checked against its schema, a slice of requests at a time (the rest of
 * the body with each slice); the first violation names its field as a whole-body check would.
 */
export async function validateBatchBody(call: Call, body: Json): Promise<void> {
  const name = call.ctx.bodySchemas.get(call.op.operationId);
  const requests = body.requests;
  if (!name || !Array.isArray(requests) || requests.length <= validationSlice) return validateBody(call, body);
  for (let offset = 0; offset < requests.length; offset += validationSlice) {
    const violations = call.ctx.validator.schema(name, { ...body, requests: requests.slice(offset, offset + validationSlice) }, "request.body");
    if (violations.length > 0) throw new ApiError(400, violationMessage(shifted(violations[0]!, offset)));
    await turn();
  }
}
