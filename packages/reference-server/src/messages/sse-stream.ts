/**
 * Encoded events to a byte stream, paced, with the event-level faults a directive can ask
 * for: an `event: error` after N events, a connection reset after N events, or a clean
 * end after N events (no `message_stop`). Byte-level faults (pieces, drip, byte cuts) are
 * applied on top by apply-fault.ts.
 */
import { errorTypeFor } from "../http/api-error.ts";
import type { FaultDirective } from "../faults/directive.ts";
import { sleep, type ResetConnection } from "../faults/apply-fault.ts";

export interface SseStreamOptions {
  readonly eventDelayMs: number;
  readonly directive?: FaultDirective;
  readonly reset?: ResetConnection;
  readonly requestId: string;
}

const encoder = new TextEncoder();

export function errorEventText(directive: FaultDirective, requestId: string): string {
  const type = directive.error_type ?? (directive.status ? errorTypeFor(directive.status) : "overloaded_error");
  const body = { type: "error", error: { type, message: directive.message ?? "Overloaded" }, request_id: requestId };
  return `event: error\ndata: ${JSON.stringify(body)}\n\n`;
}

export function sseStream(events: readonly string[], options: SseStreamOptions): ReadableStream<Uint8Array> {
  const d = options.directive;
  let next = 0;
  let errored = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (d?.reset_after_events !== undefined && next >= d.reset_after_events) {
          if (options.reset) {
            await options.reset();
            return;
          }
          controller.error(new Error("connection reset (claude-spec fault)"));
          return;
        }
        if (d?.error_after_events !== undefined && next >= d.error_after_events && !errored) {
          errored = true;
          controller.enqueue(encoder.encode(errorEventText(d, options.requestId)));
          controller.close();
          return;
        }
        if (next >= events.length || (d?.truncate_after_events !== undefined && next >= d.truncate_after_events)) {
          controller.close();
          return;
        }
        if (next > 0 && options.eventDelayMs > 0) await sleep(options.eventDelayMs);
        controller.enqueue(encoder.encode(events[next++]!));
      },
    },
    { highWaterMark: 0 },
  );
}
