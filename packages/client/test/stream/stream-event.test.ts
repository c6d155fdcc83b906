import { describe, expect, it } from "vitest";
import { StreamError, toStreamEvent } from "../../src/index.ts";

const sse = (event: string | null, data: string) => ({ event, data, id: null, retry: null });

describe("toStreamEvent", () => {
  it("parses padded JSON", () => {
    expect(toStreamEvent(sse("message_stop", '{"type":"message_stop"            }'))).toEqual({ type: "message_stop" });
  });

  it("dispatches on the event name when data.type disagrees", () => {
    expect(toStreamEvent(sse("ping", '{"type":"other","x":1}'))).toEqual({ type: "ping", x: 1 });
  });

  it("falls back to data.type without an event line", () => {
    expect(toStreamEvent(sse(null, '{"type":"ping"}'))).toEqual({ type: "ping" });
  });

  it("passes unknown events through", () => {
    expect(toStreamEvent(sse("new_thing", '{"type":"new_thing","a":[1]}'))).toEqual({ type: "new_thing", a: [1] });
  });

  it("rejects data that is not a JSON object", () => {
    expect(() => toStreamEvent(sse("message_delta", '{"type":"message_del'))).toThrow(StreamError);
    expect(() => toStreamEvent(sse("x", "[1]"))).toThrow(StreamError);
    expect(() => toStreamEvent(sse(null, "{}"))).toThrow(StreamError);
  });

  it("needs a string type when there is no event name, and takes the name when data has none", () => {
    expect(() => toStreamEvent(sse(null, '{"type":null}'))).toThrow(StreamError);
    expect(() => toStreamEvent(sse(null, '{"type":3}'))).toThrow(StreamError);
    expect(toStreamEvent(sse("ping", "{}"))).toEqual({ type: "ping" });
  });
});
