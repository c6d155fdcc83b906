/**
 * Turns a fault directive into behaviour: an error answer, a delay before the headers, and
 * a response body sent in small pieces, slowly, cut short or cut off by a connection reset.
 */
import { ApiError, errorTypeFor, shouldRetry } from "../http/api-error.ts";
import type { FaultDirective } from "./directive.ts";

/** Resets the client's connection once what was sent so far has left; supplied by the runtime entry. */
export type ResetConnection = () => Promise<void>;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The error a directive asks for, or undefined when it asks for none. */
export function directiveError(directive: FaultDirective | undefined): ApiError | undefined {
  if (!directive?.status) return undefined;
  const status = directive.status;
  const headers: Record<string, string> = {};
  if (directive.retry_after !== undefined) headers["retry-after"] = String(directive.retry_after);
  else if (status === 429 || status === 529) headers["retry-after"] = "1";
  headers["x-should-retry"] = String(directive.should_retry ?? shouldRetry(status));
  if (status === 413) headers.connection = "close";
  return new ApiError(status, directive.message ?? `claude-spec fault: injected ${status}`, {
    type: directive.error_type ?? errorTypeFor(status),
    headers,
  });
}

export async function applyDelay(directive: FaultDirective | undefined): Promise<void> {
  if (directive?.delay_ms) await sleep(directive.delay_ms);
}

/** Whether the directive changes how a body's bytes are sent. */
export function shapesBody(directive: FaultDirective | undefined): boolean {
  return (
    directive !== undefined &&
    (directive.chunk_bytes !== undefined ||
      directive.drip_ms !== undefined ||
      directive.reset_after_bytes !== undefined ||
      directive.truncate_after_bytes !== undefined)
  );
}

async function resetOrFail(reset: ResetConnection | undefined, controller: ReadableStreamDefaultController<Uint8Array>): Promise<void> {
  if (reset) {
    await reset();
    // Leave the read pending: the runtime cancels the stream once the socket is gone.
    return;
  }
  controller.error(new Error("connection reset (claude-spec fault)"));
}

/** Re-emits `source` in pieces, with pauses, cut short or reset, as the directive says. */
export function shapeBody(
  source: ReadableStream<Uint8Array>,
  directive: FaultDirective,
  reset: ResetConnection | undefined,
): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  const pieceSize = directive.chunk_bytes ?? Infinity;
  const cutAt = Math.min(directive.reset_after_bytes ?? Infinity, directive.truncate_after_bytes ?? Infinity);
  const resets = directive.reset_after_bytes !== undefined && directive.reset_after_bytes <= (directive.truncate_after_bytes ?? Infinity);
  let pending: Uint8Array = new Uint8Array(0);
  let sent = 0;
  let first = true;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (sent >= cutAt) {
          await reader.cancel().catch(() => {});
          if (resets) await resetOrFail(reset, controller);
          else controller.close();
          return;
        }
        if (pending.length === 0) {
          const { done, value } = await reader.read();
          if (done) {
            controller.close();
            return;
          }
          pending = value;
        }
        if (!first && directive.drip_ms) await sleep(directive.drip_ms);
        first = false;
        const size = Math.min(pending.length, pieceSize, cutAt - sent);
        controller.enqueue(pending.subarray(0, size));
        pending = pending.subarray(size);
        sent += size;
      },
      cancel(reason) {
        return reader.cancel(reason).catch(() => {});
      },
    },
    { highWaterMark: 0 },
  );
}

export function bytesStream(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}
