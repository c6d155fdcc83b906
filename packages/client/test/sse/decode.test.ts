import { describe, expect, it } from "vitest";
import { decodeServerSentEvents, parseServerSentEvents } from "../../src/sse/decode.ts";

const encoder = new TextEncoder();

// Real streams pad the JSON with runs of spaces before the closing brace and format ping
// differently (shared/recorded/README.md); a comment and a CRLF block are added for framing.
const body = [
  "event: message_start",
  'data: {"type":"message_start","message":{"id":"msg_1","content":[]}     }',
  "",
  ": a comment line",
  "event: ping",
  'data: {"type": "ping"}',
  "",
  "event: content_block_delta\r",
  'data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"héllo 😀"}  }\r',
  "\r",
  "event: unknown_future_event",
  "data: not json at all",
  "",
  "event: message_stop",
  'data: {"type":"message_stop"            }',
  "",
  "event: truncated",
  "data: {",
].join("\n");

const expectedNames = ["message_start", "ping", "content_block_delta", "unknown_future_event", "message_stop"];

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

async function collect(chunks: Uint8Array[]) {
  const out = [];
  for await (const event of decodeServerSentEvents(streamOf(chunks))) out.push(event);
  return out;
}

describe("decodeServerSentEvents", () => {
  const bytes = encoder.encode(body);

  it("decodes every event and discards the unterminated last one", async () => {
    const events = await collect([bytes]);
    expect(events.map((e) => e.event)).toEqual(expectedNames);
    expect(JSON.parse(events[2]!.data).delta.text).toBe("héllo 😀");
  });

  it("decodes the same events at every chunk split, multi-byte characters included", async () => {
    const whole = await collect([bytes]);
    for (let i = 0; i <= bytes.length; i++) {
      expect(await collect([bytes.subarray(0, i), bytes.subarray(i)])).toEqual(whole);
    }
  });

  it("decodes the same events fed one byte at a time", async () => {
    const whole = await collect([bytes]);
    const single = Array.from(bytes, (_, i) => bytes.subarray(i, i + 1));
    expect(await collect(single)).toEqual(whole);
  });

  it("reads async and sync iterables of strings", async () => {
    const events = [];
    for await (const e of decodeServerSentEvents(["data: a\n", "\n", "data: b\n\n"])) events.push(e.data);
    expect(events).toEqual(["a", "b"]);
  });

  it("releases the reader so the caller still owns the stream", async () => {
    const stream = streamOf([encoder.encode("data: x\n\n")]);
    for await (const _ of decodeServerSentEvents(stream)) break;
    expect(stream.locked).toBe(false);
  });
});

describe("parseServerSentEvents", () => {
  it("parses a body held in memory", () => {
    expect(parseServerSentEvents(body).map((e) => e.event)).toEqual(expectedNames);
  });
});
