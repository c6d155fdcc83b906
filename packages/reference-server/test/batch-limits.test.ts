/**
 * Batches held in memory are capped (per workspace and in all) with a 429 that names the
 * cap and is not to be retried, deleting batches makes room again, the documented
 * per-batch cap (100,000 requests) holds, and a large batch checked in slices names a bad
 * field exactly as a whole-body check would.
 */
import { describe, expect, it } from "vitest";
import { createContractValidator } from "@claude-spec/contract";
import { simpleMessage, useServer } from "./helpers/server.ts";

const validator = createContractValidator();
const keyA = "sk-ant-batch-limits-a";
const keyB = "sk-ant-batch-limits-b";

type Json = Record<string, any>;

function batch(count: number, at: (i: number) => Json = () => ({})): { requests: Json[] } {
  return { requests: Array.from({ length: count }, (_, i) => ({ custom_id: `r${i}`, params: simpleMessage, ...at(i) })) };
}

async function create(url: string, key: string, body: unknown): Promise<{ status: number; body: Json; headers: Headers }> {
  const res = await fetch(`${url}/v1/messages/batches`, {
    method: "POST",
    headers: { "x-api-key": key, "anthropic-version": "2023-06-01", "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Json, headers: res.headers };
}

describe("batch limits", () => {
  const s = useServer({ apiKeys: [keyA, keyB], batchProcessingMs: 0, batchLimits: { requestsPerWorkspace: 5, requestsTotal: 8 } });

  it("refuses a batch past the per-workspace cap, then past the total, and makes room on delete", async () => {
    const first = await create(s.url, keyA, batch(3));
    expect(first.status).toBe(200);
    const over = await create(s.url, keyA, batch(3));
    expect(over.status).toBe(429);
    expect(validator.schema("ErrorResponse", over.body)).toEqual([]);
    expect(over.body.error.type).toBe("rate_limit_error");
    expect(over.body.error.message).toContain("limit of 5 batch requests held per workspace (3 held now)");
    expect(over.headers.get("x-should-retry")).toBe("false");
    // Another workspace has its own room, up to the total.
    expect((await create(s.url, keyB, batch(5))).status).toBe(200);
    const total = await create(s.url, keyA, batch(1));
    expect(total.status).toBe(429);
    expect(total.body.error.message).toContain("limit of 8 batch requests held in all (8 held now)");
    // A refused batch took nothing: deleting A's batch frees exactly its room.
    const del = await fetch(`${s.url}/v1/messages/batches/${first.body.id}`, { method: "DELETE", headers: { "x-api-key": keyA, "anthropic-version": "2023-06-01" } });
    expect(del.status).toBe(200);
    expect((await create(s.url, keyA, batch(3))).status).toBe(200);
    expect((await create(s.url, keyA, batch(1))).status).toBe(429);
  });
});

describe("large batches", () => {
  const s = useServer({ batchProcessingMs: 0 });
  const key = "sk-ant-test-key";

  it("refuses more than the documented 100,000 requests per batch", async () => {
    const res = await create(s.url, key, batch(100_001));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe("requests: a batch holds at most 100000 requests");
  });

  it("names a bad field deep in a large batch as a whole-body check would", async () => {
    const bad = (i: number) => (i === 1234 ? { params: { ...simpleMessage, max_tokens: "many" } } : {});
    const large = await create(s.url, key, batch(2000, bad));
    const small = await create(s.url, key, { requests: [{ custom_id: "r0", params: { ...simpleMessage, max_tokens: "many" } }] });
    expect(large.status).toBe(400);
    expect(small.status).toBe(400);
    expect(large.body.error.message).toBe(small.body.error.message.replace("requests.0.", "requests.1234."));
    expect(large.body.error.message).toMatch(/^requests\.1234\.params\.max_tokens/);
  });

  it("names a duplicate custom_id deep in a large batch", async () => {
    const res = await create(s.url, key, batch(3000, (i) => (i === 2500 ? { custom_id: "r7" } : {})));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('requests.2500.custom_id: duplicate custom_id "r7"');
  });
});
