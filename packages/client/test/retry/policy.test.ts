import { describe, expect, it } from "vitest";
import { isRetryableStatus } from "../../src/retry/policy.ts";

const none = new Headers();

describe("isRetryableStatus", () => {
  it.each([408, 409, 429, 500, 502, 503, 504, 529])("retries %i", (status) => {
    expect(isRetryableStatus(status, none)).toBe(true);
  });

  it.each([400, 401, 402, 403, 404, 413, 422])("does not retry %i", (status) => {
    expect(isRetryableStatus(status, none)).toBe(false);
  });

  it("lets x-should-retry override either way", () => {
    expect(isRetryableStatus(529, new Headers({ "x-should-retry": "false" }))).toBe(false);
    expect(isRetryableStatus(400, new Headers({ "x-should-retry": "true" }))).toBe(true);
  });

  it("ignores other x-should-retry values", () => {
    expect(isRetryableStatus(500, new Headers({ "x-should-retry": "maybe" }))).toBe(true);
  });
});
