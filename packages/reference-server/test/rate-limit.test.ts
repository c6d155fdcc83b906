/** Rate limits: configurable buckets, their headers on every response, 429 with retry-after. */
import { describe, expect, it } from "vitest";
import { apiHeaders, postJson, simpleMessage, useServer } from "./helpers/server.ts";

describe("request rate limit", () => {
  const s = useServer({ rateLimits: { requests: { limit: 3, windowMs: 60_000 } } });
  it("counts down, then answers 429 with retry-after and x-should-retry", async () => {
    const remaining: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${s.url}/v1/models`, { headers: apiHeaders() });
      expect(res.status).toBe(200);
      remaining.push(res.headers.get("anthropic-ratelimit-requests-remaining")!);
      expect(res.headers.get("anthropic-ratelimit-requests-limit")).toBe("3");
      expect(res.headers.get("anthropic-ratelimit-requests-reset")).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    }
    expect(remaining).toEqual(["2", "1", "0"]);
    const limited = await fetch(`${s.url}/v1/models`, { headers: apiHeaders() });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(limited.headers.get("x-should-retry")).toBe("true");
    expect(await limited.json()).toMatchObject({ type: "error", error: { type: "rate_limit_error" } });
  });
});

describe("token rate limit", () => {
  const s = useServer({ rateLimits: { inputTokens: { limit: 20, windowMs: 60_000 } } });
  it("charges input tokens and refuses a request that does not fit", async () => {
    const first = await postJson(`${s.url}/v1/messages`, simpleMessage);
    expect(first.status).toBe(200);
    expect(Number(first.headers.get("anthropic-ratelimit-input-tokens-remaining"))).toBeLessThan(20);
    const big = await postJson(`${s.url}/v1/messages`, { ...simpleMessage, messages: [{ role: "user", content: "word ".repeat(50) }] });
    expect(big.status).toBe(429);
    expect(big.headers.get("anthropic-ratelimit-input-tokens-limit")).toBe("20");
  });
});
