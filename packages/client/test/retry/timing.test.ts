import { describe, expect, it } from "vitest";
import { backoffDelay, parseRetryAfter } from "../../src/retry/timing.ts";

const h = (init: Record<string, string>) => new Headers(init);

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-11-25T00:00:00Z");

  it("prefers retry-after-ms", () => {
    expect(parseRetryAfter(h({ "retry-after-ms": "1500", "retry-after": "9" }), now)).toBe(1500);
  });

  it("reads fractional milliseconds", () => {
    expect(parseRetryAfter(h({ "retry-after-ms": "12.5" }), now)).toBe(12.5);
  });

  it("reads retry-after as seconds", () => {
    expect(parseRetryAfter(h({ "retry-after": "7" }), now)).toBe(7000);
    expect(parseRetryAfter(h({ "retry-after": " 2 " }), now)).toBe(2000);
  });

  it("reads retry-after as an HTTP date", () => {
    expect(parseRetryAfter(h({ "retry-after": "Wed, 25 Nov 2026 00:00:30 GMT" }), now)).toBe(30_000);
  });

  it("gives 0 for a date in the past", () => {
    expect(parseRetryAfter(h({ "retry-after": "Tue, 24 Nov 2026 23:00:00 GMT" }), now)).toBe(0);
  });

  it("falls back to retry-after when retry-after-ms is malformed", () => {
    expect(parseRetryAfter(h({ "retry-after-ms": "soon", "retry-after": "3" }), now)).toBe(3000);
  });

  it("gives null for missing or unusable headers", () => {
    expect(parseRetryAfter(h({}), now)).toBeNull();
    expect(parseRetryAfter(h({ "retry-after": "later" }), now)).toBeNull();
    expect(parseRetryAfter(h({ "retry-after": "-5" }), now)).toBeNull();
  });
});

describe("backoffDelay", () => {
  it("doubles from 500 ms and caps at 8 s without jitter", () => {
    const none = () => 0;
    expect([0, 1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, {}, none))).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it("shortens each wait by at most a quarter", () => {
    expect(backoffDelay(0, {}, () => 1)).toBe(375);
    expect(backoffDelay(4, {}, () => 0.5)).toBe(7000);
  });

  it("takes its bounds from options", () => {
    expect(backoffDelay(3, { initialDelay: 100, maxDelay: 500 }, () => 0)).toBe(500);
  });
});
