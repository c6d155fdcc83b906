/** The SSE layers' bounds: a line, or an event's data, past its limit is a ResponseTooLargeError. */
import { describe, expect, it } from "vitest";
import { ResponseTooLargeError } from "../../src/errors/response-too-large-error.ts";
import { createEventDecoder } from "../../src/sse/events.ts";
import { createLineDecoder } from "../../src/sse/lines.ts";

describe("bounded SSE layers", () => {
  it("a line that never ends fails once it passes the limit, not at the end of the body", () => {
    const lines = createLineDecoder(100);
    expect(lines.push("data: " + "a".repeat(50))).toEqual([]);
    expect(() => lines.push("a".repeat(60))).toThrow(ResponseTooLargeError);
  });

  it("lines up to the limit pass, in chunks of any size", () => {
    const lines = createLineDecoder(100);
    expect(lines.push("a".repeat(60))).toEqual([]);
    expect(lines.push(`${"b".repeat(40)}\nnext`)).toEqual([`${"a".repeat(60)}${"b".repeat(40)}`]);
  });

  it("an event whose data lines never meet a blank line fails at the limit, whatever the line form", () => {
    for (const line of ["data: aaaaaaaaa", "data:aaaaaaaaa", "data"]) {
      const events = createEventDecoder(100);
      let error: unknown;
      for (let i = 0; i < 200 && !error; i++) {
        try {
          events.push(line);
        } catch (e) {
          error = e;
        }
      }
      expect(error, line).toBeInstanceOf(ResponseTooLargeError);
      expect((error as ResponseTooLargeError).limit).toBe(100);
    }
  });

  it("without a limit, nothing changes", () => {
    const events = createEventDecoder();
    for (let i = 0; i < 1000; i++) events.push("data: x");
    expect(events.push("")?.data.length).toBe(1000 * 2 - 1);
  });
});
