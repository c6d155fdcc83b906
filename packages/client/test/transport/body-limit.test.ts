import { describe, expect, it } from "vitest";
import { BodyLimitError, RequestTooLargeError } from "../../src/index.ts";
import { bodySize, checkBodyLimit, limitStream, utf8Length } from "../../src/transport/body-limit.ts";

describe("utf8Length", () => {
  it.each(["", "abc", "é", "€", "😀", "a😀é€z", "\ud800x", "x\udc00", "\ud800"])("matches TextEncoder for %j", (text) => {
    expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });
});

describe("bodySize", () => {
  it("measures strings, bytes, blobs and forms", () => {
    expect(bodySize("é")).toBe(2);
    expect(bodySize(new Uint8Array(7))).toBe(7);
    expect(bodySize(new ArrayBuffer(3))).toBe(3);
    expect(bodySize(new Blob(["12345"]))).toBe(5);
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(1000)]), "a.bin");
    expect(bodySize(form)).toBeGreaterThan(1000);
    expect(bodySize(form)).toBeLessThan(2000);
  });

  it("gives null for a stream", () => {
    expect(bodySize(new ReadableStream())).toBeNull();
  });
});

describe("checkBodyLimit", () => {
  it("passes a body at the limit and refuses one byte over, naming the limit", () => {
    expect(() => checkBodyLimit("messages.create", "x".repeat(10), 10)).not.toThrow();
    let error: unknown;
    try {
      checkBodyLimit("messages.create", "x".repeat(11), 10);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BodyLimitError);
    expect(error).toBeInstanceOf(RequestTooLargeError);
    expect(error).toMatchObject({ limit: 10, size: 11, status: null, type: "request_too_large" });
    expect((error as Error).message).toContain("limit of 10 bytes");
  });

  it("counts multi-byte characters as bytes", () => {
    expect(() => checkBodyLimit("op", "é".repeat(6), 11)).toThrow(BodyLimitError);
  });

  it("does nothing without a limit", () => {
    expect(() => checkBodyLimit("op", "x".repeat(100), null)).not.toThrow();
  });
});

describe("limitStream", () => {
  it("errors the stream once the limit is passed", async () => {
    const source = new Blob([new Uint8Array(50)]).stream();
    const reader = limitStream("files.upload", source, 20).getReader();
    await expect(
      (async () => {
        for (;;) if ((await reader.read()).done) return;
      })(),
    ).rejects.toBeInstanceOf(BodyLimitError);
  });
});
