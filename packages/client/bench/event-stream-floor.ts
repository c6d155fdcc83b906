/**
 * The floor for Bedrock's event stream: what a careful hand-written consumer does with bare
 * `fetch` and no library, doing the same work as the clients: split the frames by their
 * length, check both CRCs (Node's native `zlib.crc32`), read the `:event-type` header, parse
 * the payload JSON, base64-decode its `bytes`, parse the event JSON, and accumulate the text.
 * It checks no header but the event type and builds no typed event, no accumulator.
 */
import { crc32 } from "node:zlib";

/** The floor's frame reader, fed chunk by chunk; `text` is what the text deltas carried. */
export function createFloorReader(): { push(value: Uint8Array): void; readonly text: string } {
  let held: Buffer<ArrayBufferLike> = Buffer.alloc(0);
  let text = "";
  return {
    get text() {
      return text;
    },
    push(value) {
      const data: Buffer<ArrayBufferLike> = held.length > 0 ? Buffer.concat([held, value]) : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
      let at = 0;
      while (data.length - at >= 12) {
        const length = data.readUInt32BE(at);
        if (data.length - at < length) break;
        const headersLength = data.readUInt32BE(at + 4);
        if (crc32(data.subarray(at, at + 8)) !== data.readUInt32BE(at + 8)) throw new Error("prelude CRC");
        if (crc32(data.subarray(at, at + length - 4)) !== data.readUInt32BE(at + length - 4)) throw new Error("message CRC");
        // `:event-type` is the second header Bedrock writes; a plain reader looks for its value.
        const headers = data.toString("latin1", at + 12, at + 12 + headersLength);
        if (headers.includes("chunk")) {
          const payload = JSON.parse(data.toString("utf8", at + 12 + headersLength, at + length - 4)) as { bytes: string };
          const event = JSON.parse(Buffer.from(payload.bytes, "base64").toString("utf8"));
          if (event.type === "content_block_delta" && event.delta.type === "text_delta") text += event.delta.text;
        }
        at += length;
      }
      held = at < data.length ? Buffer.from(data.subarray(at)) : Buffer.alloc(0);
    },
  };
}

export async function rawEventStreamText(url: string, body: string): Promise<string> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: "Bearer bench" }, body });
  const reader = response.body!.getReader();
  const floor = createFloorReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    floor.push(value);
  }
  return floor.text;
}
