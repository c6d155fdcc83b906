/**
 * Header fields past the limit (2000 by default, Node's own `maxHeadersCount`) are refused
 * with a 431 envelope instead of being dropped silently, and every field up to the limit is
 * seen (a credential sent as the 2000th field still authenticates).
 */
import { describe, expect, it } from "vitest";
import { createContractValidator } from "@claude-spec/contract";
import { rawRequest } from "./helpers/raw-http.ts";
import { testKey, useServer } from "./helpers/server.ts";

const validator = createContractValidator();

/** A GET /v1/models with `total` header fields, the API key last. */
function withFields(total: number): string {
  const filler = Array.from({ length: total - 3 }, (_, i) => `x-f${i}: v\r\n`).join("");
  return `GET /v1/models HTTP/1.1\r\nhost: x\r\nanthropic-version: 2023-06-01\r\n${filler}x-api-key: ${testKey}\r\n\r\n`;
}

describe("header count", () => {
  const s = useServer({ maxHeaderSize: 128 * 1024 });

  it("serves a request with exactly 2000 fields, the last one included", async () => {
    const answer = await rawRequest(s.url, withFields(2000));
    expect(answer?.status).toBe(200);
  });

  for (const total of [2001, 2500, 6000]) {
    it(`refuses ${total} fields with a 431 envelope`, async () => {
      const answer = await rawRequest(s.url, withFields(total));
      expect(answer?.status).toBe(431);
      const body = JSON.parse(answer!.body);
      expect(validator.schema("ErrorResponse", body)).toEqual([]);
      expect(body.error).toEqual({ type: "invalid_request_error", message: "request has more than 2000 header fields" });
      expect(body.request_id).toBe(answer!.headers["request-id"]);
    });
  }

  describe("with a lower limit", () => {
    const low = useServer({ maxHeaderCount: 10 });
    it("applies it", async () => {
      expect((await rawRequest(low.url, withFields(10)))?.status).toBe(200);
      expect((await rawRequest(low.url, withFields(11)))?.status).toBe(431);
    });
  });
});
