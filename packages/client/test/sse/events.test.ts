import { describe, expect, it } from "vitest";
import { createEventDecoder, createEventScanner } from "../../src/sse/events.ts";

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

describe("createEventScanner", () => {
  const scan = (text: string, start: number, end: number) => {
    const out: [string | null, string][] = [];
    const scanner = createEventScanner((event, data) => out.push([event, data]));
    scanner.lines(text, start, end);
    return { out, cut: scanner.flush() };
  };

  it("reads only its run of the text, even where the next event repeats the last one's layout", () => {
    const text = "event: a\ndata: 1\n\nevent: a\ndata: 2\n\n";
    const out: [string | null, string][] = [];
    const scanner = createEventScanner((event, data) => out.push([event, data]));
    const second = text.indexOf("event: a", 1);
    const afterName = text.indexOf("\n", second) + 1;
    scanner.lines(text, 0, second);
    scanner.lines(text, second, afterName);
    expect(out).toEqual([["a", "1"]]);
    scanner.lines(text, afterName, text.length);
    expect(out).toEqual([["a", "1"], ["a", "2"]]);
  });

  it("ends an unterminated last line at the run's end instead of reading on", () => {
    const { out, cut } = scan("data: 1\n\ndata: 2", 0, 17);
    expect(out).toEqual([[null, "1"]]);
    expect(cut?.data).toBe("2");
  });
});

