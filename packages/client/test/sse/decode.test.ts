import { describe, expect, it } from "vitest";
import { decodeServerSentEvents, parseServerSentEvents } from "../../src/sse/decode.ts";

const encoder = new TextEncoder();

// Real streams pad the JSON with runs of spaces before the closing brace and format ping
// differently (spec/recorded/README.md); a comment and a CRLF block are added for framing.
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

/**
 * The event-stream interpretation rules read as plainly as possible (split every line end,
 * one field at a time), to check the span-based decoder against: the decoder peeks past a
 * line's end for its fast paths, so lines that stop just short of a prefix matter here.
 */
function naiveEvents(text: string) {
  const out: { event: string | null; data: string; id: string | null; retry: number | null }[] = [];
  let event: string | null = null;
  let data: string[] | null = null;
  let id: string | null = null;
  let retry: number | null = null;
  const lines = text.split(/\r\n|\r|\n/);
  lines.pop(); // the text after the last line end is not a line yet (and flush discards it)
  for (const line of lines) {
    if (line === "") {
      if (data !== null) out.push({ event, data: data.join("\n"), id, retry });
      event = null;
      data = null;
      retry = null;
      continue;
    }
    if (line.startsWith(":")) continue;
    const colon = line.indexOf(":");
    const name = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (name === "event") event = value;
    else if (name === "data") (data ??= []).push(value);
    else if (name === "id" && !value.includes("\0")) id = value;
    else if (name === "retry" && /^\d+$/.test(value)) retry = Number(value);
  }
  return out;
}

describe("the span-based decoder against a plain reading of the standard", () => {
  // Lines that end exactly where a fast path would look for its colon, under each line end,
  // followed by lines that start with a colon.
  const tricky = ["data", "event", "dataX: y", "eventX: y", "data:", "event:", "dat", "even", "datum: x", "events: y", "data:x", "event:x", "id", "id:", "retry", "retry:15", ":", "data:  two", "event: e"];
  const ends = ["\n", "\r", "\r\n"];
  const bodies: string[] = [];
  for (const end of ends) {
    for (const line of tricky) {
      bodies.push(`${line}${end}:c${end}data: 1${end}${end}`, `${line}${end}${end}`, `data: 0${end}${line}${end}${end}`, `${line}${end}event: z${end}data: q${end}${end}`);
    }
  }
  const all = bodies.join("");

  it("agrees on each tricky body and on all of them in one text", () => {
    for (const text of [...bodies, all]) expect(parseServerSentEvents(text), JSON.stringify(text)).toEqual(naiveEvents(text));
  });

  it("agrees at every split of the joined text", async () => {
    const bytes = encoder.encode(all);
    const expected = naiveEvents(all);
    for (let i = 0; i <= bytes.length; i += 7) {
      expect(await collect([bytes.subarray(0, i), bytes.subarray(i)])).toEqual(expected);
    }
  });
});

describe("the repeated-layout shortcut against a plain reading of the standard", () => {
  // The scanner takes an event whole when it repeats the previous event's name in the
  // layout "event: NAME", "data: …", blank line. Each template below follows an event named
  // "r" and either repeats that layout or breaks it at one place; every one must decode as
  // the line-by-line reading does.
  const templates = [
    ["event: r", "data: 1", ""],
    ["event: r", "data: 1", "data: 2", ""],
    ["event: r", "data:1", ""],
    ["event: r", "data: ", ""],
    ["event: r", "data:", ""],
    ["event: r", "id: 7", "data: 1", ""],
    ["event: r", "data: 1", "id: 8", ""],
    ["retry: 10", "event: r", "data: 1", ""],
    ["event: r", ": note", "data: 1", ""],
    ["event: rr", "data: 1", ""],
    ["event: r ", "data: 1", ""],
    ["event:r", "data: 1", ""],
    ["event: ", "data: 1", ""],
    ["event: r", "event: s", "data: 1", ""],
    ["event: r", "data: event: r", ""],
    ["event: r", ""],
    ["data: no name", ""],
    ["event: r", "data: 1"],
  ];
  const bodyWith = (end: string) =>
    templates.map((lines) => ["event: r", "data: 0", "", ...lines, ""].join(end)).join("");

  it("agrees on every template under each line end", () => {
    for (const end of ["\n", "\r", "\r\n"]) {
      const text = bodyWith(end);
      expect(parseServerSentEvents(text), JSON.stringify(text)).toEqual(naiveEvents(text));
    }
  });

  it("agrees in chunks of every size from 1 to 80 bytes", async () => {
    // Many boundaries per body: a chunk may begin with the blank line of one event and end
    // inside the data line of the next, where the prefix matches past the complete lines.
    const text = bodyWith("\n");
    const bytes = encoder.encode(text);
    const expected = naiveEvents(text);
    for (let size = 1; size <= 80; size++) {
      const chunks: Uint8Array[] = [];
      for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
      expect(await collect(chunks), `chunks of ${size}`).toEqual(expected);
    }
  });

  it("agrees at every split point", async () => {
    const text = bodyWith("\n");
    const bytes = encoder.encode(text);
    const expected = naiveEvents(text);
    for (let i = 0; i <= bytes.length; i++) {
      expect(await collect([bytes.subarray(0, i), bytes.subarray(i)])).toEqual(expected);
    }
  });
});

