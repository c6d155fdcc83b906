import { describe, expect, it } from "vitest";
import { createEventDecoder } from "../../src/sse/events.ts";

function eventsOf(lines: string[]) {
  const decoder = createEventDecoder();
  return lines.map((line) => decoder.push(line)).filter((e) => e !== null);
}

describe("createEventDecoder", () => {
  it("dispatches an event at a blank line", () => {
    expect(eventsOf(["event: ping", 'data: {"type": "ping"}', ""])).toEqual([
      { event: "ping", data: '{"type": "ping"}', id: null, retry: null },
    ]);
  });

  it("drops comment lines, even between fields", () => {
    expect(eventsOf([": keep-alive", "event: a", ":x", "data: 1", ""])).toEqual([
      { event: "a", data: "1", id: null, retry: null },
    ]);
  });

  it("joins data lines with LF and strips only one leading space", () => {
    expect(eventsOf(["data:  a", "data:b", "data", ""])[0]?.data).toBe(" a\nb\n");
  });

  it("passes unknown event names through", () => {
    expect(eventsOf(["event: brand_new_event", "data: {}", ""])[0]?.event).toBe("brand_new_event");
  });

  it("gives null for an event without an event field", () => {
    expect(eventsOf(["data: x", ""])[0]?.event).toBeNull();
  });

  it("dispatches nothing for a block without data", () => {
    expect(eventsOf(["event: a", "", "", "id: 1", ""])).toEqual([]);
  });

  it("keeps id across events and reads a numeric retry", () => {
    const events = eventsOf(["id: 7", "retry: 1500", "data: a", "", "retry: soon", "data: b", ""]);
    expect(events.map((e) => [e.id, e.retry])).toEqual([["7", 1500], ["7", null]]);
  });

  it("ignores unknown fields", () => {
    expect(eventsOf(["foo: bar", "data: x", ""])).toHaveLength(1);
  });

  it("discards an unterminated event and returns it from flush", () => {
    const decoder = createEventDecoder();
    decoder.push("event: message_stop");
    decoder.push('data: {"type":"message_stop"}');
    expect(decoder.flush()?.event).toBe("message_stop");
    expect(decoder.flush()).toBeNull();
  });
});
