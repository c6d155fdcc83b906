/**
 * Bedrock's AWS event stream, read back as server-sent events so the suite's stream checks
 * apply to it unchanged: frames are decoded with `@smithy/eventstream-codec` (a bad CRC
 * fails the read), each `chunk` frame's base64 `bytes` becomes `event: <type>` +
 * `data: <json>`, and an exception frame becomes `event: error` whose `error.type` is the
 * exception's name (what the official Bedrock SDK does). Other event types are ignored.
 */
import { EventStreamCodec } from "@smithy/eventstream-codec";

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const codec = new EventStreamCodec((bytes) => decoder.decode(bytes), (text) => encoder.encode(text));

export const eventStreamMediaType = "application/vnd.amazon.eventstream";

function sse(type: string, json: string): Uint8Array {
  return encoder.encode(`event: ${type}\ndata: ${json}\n\n`);
}

/** Feeds response bytes in; returns the SSE bytes of every frame completed so far. Throws on a corrupt frame. */
export function createEventStreamToSse(): { push(chunk: Uint8Array): Uint8Array } {
  let pending: Uint8Array = new Uint8Array(0);
  return {
    push(chunk) {
      const joined = Buffer.concat([pending, chunk]);
      const out: Uint8Array[] = [];
      let offset = 0;
      while (joined.byteLength - offset >= 4) {
        const total = new DataView(joined.buffer, joined.byteOffset + offset, 4).getUint32(0);
        if (joined.byteLength - offset < total) break;
        const message = codec.decode(joined.subarray(offset, offset + total));
        offset += total;
        const header = (name: string) => String(message.headers[name]?.value ?? "");
        const kind = header(":message-type");
        if (kind === "event" && header(":event-type") === "chunk") {
          const payload = JSON.parse(decoder.decode(message.body)) as { bytes?: string };
          const json = decoder.decode(Uint8Array.from(atob(payload.bytes ?? ""), (c) => c.charCodeAt(0)));
          const type = (JSON.parse(json) as { type?: string }).type;
          if (type) out.push(sse(type, json));
        } else if (kind === "exception" || kind === "error") {
          const name = kind === "exception" ? header(":exception-type") : header(":error-code");
          const body = message.body.byteLength ? (JSON.parse(decoder.decode(message.body)) as { message?: string }) : { message: header(":error-message") };
          out.push(sse("error", JSON.stringify({ type: "error", error: { type: name, message: body.message ?? "" } })));
        }
      }
      pending = joined.slice(offset);
      return Buffer.concat(out);
    },
  };
}
