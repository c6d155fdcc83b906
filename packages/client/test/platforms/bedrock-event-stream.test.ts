import { describe, expect, it } from "vitest";
import { APIError, GatewayTimeoutError, InternalServerError, RateLimitError, StreamError, BadRequestError } from "../../src/index.ts";
import { chunkText, createBedrockStreamDecoder, headerText, loadEventStreamCodec } from "../../src/platforms/bedrock-stream.ts";
import type { MessageStreamEvent } from "../../src/types.ts";
import { chunkFrame, concat, errorFrame, exceptionFrame, frame, textEvents } from "../helpers/event-stream.ts";

const codec = await loadEventStreamCodec();
const headers = new Headers({ "x-amzn-requestid": "aws-req-1", "request-id": "aws-req-1" });

/** Decodes `body` delivered in the given chunk sizes (cycled), returning events and the error, if any. */
function decodeIn(body: Uint8Array, sizes: readonly number[]) {
  const decoder = createBedrockStreamDecoder(codec, headers, (t) => t);
  const events: MessageStreamEvent[] = [];
  let error: unknown = null;
  try {
    let at = 0;
    for (let i = 0; at < body.length; i++) {
      const size = sizes[i % sizes.length]!;
      decoder.decode(body.subarray(at, at + size), (e) => events.push(e));
      at += size;
    }
    decoder.decode(null, (e) => events.push(e));
  } catch (e) {
    error = e;
  }
  return { events, error, message: decoder.accumulator.message };
}

// Multi-byte text, so that a split can land inside a UTF-8 sequence of the base64-decoded JSON.
const pieces = ["Hé", "llo, ", "wörld ", "🙂", " done"];
const body = concat(textEvents(pieces).map((e, i) => chunkFrame(e, "p".repeat(i * 3))));

describe("Bedrock event stream decoding", () => {
  it("gives the same typed events and message whatever the chunk boundaries", () => {
    const whole = decodeIn(body, [body.length]);
    expect(whole.error).toBeNull();
    expect(whole.events.map((e) => e.type)).toEqual(textEvents(pieces).map((e) => (e as { type: string }).type));
    expect(whole.message?.content).toEqual([{ type: "text", text: pieces.join("") }]);
    expect(whole.message?.stop_reason).toBe("end_turn");
    // Every split point of the body into two chunks, then byte by byte and odd sizes.
    for (let cut = 1; cut < body.length; cut++) {
      const split = decodeIn(body, [cut, body.length]);
      expect(split.error, `split at ${cut}`).toBeNull();
      expect(split.events).toEqual(whole.events);
    }
    for (const sizes of [[1], [2, 3], [7, 1, 13], [4096]]) expect(decodeIn(body, sizes).events).toEqual(whole.events);
  });

  it("skips AWS event types other than chunk and keeps unknown API events", () => {
    const unknown = { type: "future_event", detail: 1 };
    const other = frame({ ":message-type": { type: "string", value: "event" }, ":event-type": { type: "string", value: "metadata" } }, "{}");
    const events = textEvents(["a"]);
    const withExtras = concat([chunkFrame(events[0]), other, chunkFrame(unknown), ...events.slice(1).map((e) => chunkFrame(e))]);
    const { events: out, error } = decodeIn(withExtras, [5]);
    expect(error).toBeNull();
    expect(out.map((e) => e.type)).toContain("future_event");
    expect(out).toHaveLength(events.length + 1);
  });

  it("turns an exception frame into the typed error for its kind, after the events before it", () => {
    const cases: [string, new (...args: never[]) => APIError][] = [
      ["throttlingException", RateLimitError],
      ["validationException", BadRequestError],
      ["internalServerException", InternalServerError],
      ["serviceUnavailableException", InternalServerError],
      ["modelTimeoutException", GatewayTimeoutError],
    ];
    for (const [name, Class] of cases) {
      const events = textEvents(["a", "b"]);
      const stream = concat([...events.slice(0, 3).map((e) => chunkFrame(e)), exceptionFrame(name, "Too many requests, please wait before trying again.")]);
      const { events: out, error } = decodeIn(stream, [11]);
      expect(out).toHaveLength(3);
      expect(error, name).toBeInstanceOf(Class);
      const apiError = error as APIError;
      expect(apiError.status).toBeNull();
      expect(apiError.message).toContain("Too many requests");
      expect(apiError.message).toContain(name);
      expect(apiError.requestId).toBe("aws-req-1");
    }
  });

  it("keeps an unknown exception as an APIError naming it, and reads an error frame's code", () => {
    const unknown = decodeIn(exceptionFrame("brandNewException", "new"), [100]).error as APIError;
    expect(unknown.constructor).toBe(APIError);
    expect(unknown.message).toContain("brandNewException");
    const error = decodeIn(errorFrame("ThrottlingException", "slow down"), [100]).error;
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as Error).message).toContain("slow down");
  });

  it("reads an in-band API error event as the typed error", () => {
    const stream = chunkFrame({ type: "error", error: { type: "overloaded_error", message: "Overloaded" } });
    expect(decodeIn(stream, [3]).error).toMatchObject({ name: "OverloadedError" });
  });

  it("refuses a corrupt frame with a StreamError: a bad message CRC, a bad prelude, a wild length", () => {
    const events = textEvents(["a"]);
    const good = chunkFrame(events[1]);
    const badCrc = good.slice();
    badCrc[badCrc.length - 1]! ^= 0xff;
    const badPayload = good.slice();
    badPayload[20]! ^= 0x01;
    const badPrelude = good.slice();
    badPrelude[9]! ^= 0x01;
    for (const bad of [badCrc, badPayload, badPrelude]) {
      const { events: out, error } = decodeIn(concat([chunkFrame(events[0]), bad]), [7]);
      expect(out).toHaveLength(1);
      expect(error).toBeInstanceOf(StreamError);
      expect((error as Error).message).toMatch(/corrupt event stream/);
    }
    const wild = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]);
    expect(decodeIn(wild, [2]).error).toBeInstanceOf(StreamError);
  });

  it("reports a stream cut inside a frame, and one that ends before message_stop", () => {
    const cutInside = body.subarray(0, body.length - 5);
    const inside = decodeIn(cutInside, [64]).error as Error;
    expect(inside).toBeInstanceOf(StreamError);
    expect(inside.message).toMatch(/ended inside a message/);
    const frames = textEvents(["a"]).slice(0, 3).map((e) => chunkFrame(e));
    const early = decodeIn(concat(frames), [64]).error as Error;
    expect(early).toBeInstanceOf(StreamError);
    expect(early.message).toMatch(/before message_stop/);
  });

  it("refuses a chunk whose payload carries no bytes", () => {
    const noBytes = frame({ ":message-type": { type: "string", value: "event" }, ":event-type": { type: "string", value: "chunk" } }, '{"p":"x"}');
    expect(decodeIn(noBytes, [100]).error).toBeInstanceOf(StreamError);
  });

  it("reads a chunk's payload in any JSON form as JSON.parse would, Bedrock's own form by position", () => {
    const event = { type: "content_block_delta", index: 0, delta: { type: "text_delta", text: "?>?>~~ é 🙂" } };
    const base64 = Buffer.from(JSON.stringify(event)).toString("base64");
    expect(base64).toContain("/"); // so that the escaped form below differs
    const utf8 = (text: string) => new TextEncoder().encode(text);
    const forms = [
      JSON.stringify({ bytes: base64, p: "abcXYZ019" }), // Bedrock's form
      JSON.stringify({ bytes: base64 }),
      JSON.stringify({ p: "abc", bytes: base64 }),
      `{ "bytes" : "${base64}", "p": "x" }`,
      `{"bytes":"${base64.replaceAll("/", "\\/")}","p":"x"}`, // JSON may escape a slash
      `{"bytes":"${base64}","p":"with space"}`,
      `{"bytes":"${base64}","p":"x","more":[1,{"bytes":"AAAA"}]}`,
      `{"bytes":"AAAA","bytes":"${base64}"}`, // the last of a repeated key wins, as in JSON.parse
    ];
    for (const form of forms) expect(JSON.parse(chunkText(utf8(form))), form).toEqual(event);
    // Forms that are not JSON, or carry no string of bytes, are refused, not half-read.
    for (const bad of [`{"bytes":"${base64}","p":"x"`, `{"bytes":"${base64}"}}`, `{"bytes":"${base64}",}`, `{"bytes":5}`, `[]`, `null`]) {
      expect(() => chunkText(utf8(bad)), bad).toThrow(StreamError);
    }
  });

  it("decodes header strings exactly: same-length names and values, non-ASCII, past the cache's bounds", () => {
    const encoder = new TextEncoder();
    const texts = ["event", "chunk", "error", ":message-type", ":content-type", "exceptionz", "héllo", "日本", "a".repeat(32), "b".repeat(33), ""];
    for (let i = 0; i < 40; i++) texts.push(`:header-${i}`, `value-${i}é`);
    for (let round = 0; round < 2; round++) {
      // A fresh copy each time, so that nothing can match by identity.
      for (const text of texts) expect(headerText(encoder.encode(text).slice())).toBe(text);
    }
    // Through the codec: a frame's headers come back as they were written.
    const written = { ":message-type": { type: "string" as const, value: "event" }, ":event-type": { type: "string" as const, value: "chunk" }, "x-ünicode": { type: "string" as const, value: "wört" } };
    const decoded = codec.decode(codec.encode({ headers: written, body: new Uint8Array() }));
    expect(decoded.headers).toEqual(written);
  });
});
