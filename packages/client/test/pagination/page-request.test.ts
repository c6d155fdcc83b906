import { describe, expect, it } from "vitest";
import { createClient, nextPageQuery } from "../../src/index.ts";
import { fakeFetch, jsonResponse } from "../helpers/fake-fetch.ts";

describe("nextPageQuery", () => {
  it("pages forward with after_id = last_id", () => {
    expect(nextPageQuery("page", { limit: 2 }, { data: [], has_more: true, first_id: "a", last_id: "b" })).toEqual({ limit: 2, after_id: "b" });
  });

  it("pages backward with before_id = first_id when the first call used before_id", () => {
    expect(nextPageQuery("page", { before_id: "z" }, { data: [], has_more: true, first_id: "x", last_id: "y" })).toEqual({ before_id: "x" });
  });

  it("stops when has_more is false or the cursor does not move", () => {
    expect(nextPageQuery("page", {}, { data: [], has_more: false, last_id: "b" })).toBeNull();
    expect(nextPageQuery("page", { after_id: "b" }, { data: [], has_more: true, last_id: "b" })).toBeNull();
    expect(nextPageQuery("page", {}, { data: [], has_more: true, last_id: null })).toBeNull();
  });

  it("follows next_page for cursor pages", () => {
    expect(nextPageQuery("cursor", { limit: 1 }, { data: [], has_more: true, next_page: "p2" })).toEqual({ limit: 1, page: "p2" });
    expect(nextPageQuery("cursor", { page: "p2" }, { data: [], has_more: true, next_page: "p2" })).toBeNull();
    expect(nextPageQuery("cursor", {}, { data: [], next_page: null })).toBeNull();
    expect(nextPageQuery("cursor", {}, { data: [], has_more: false, next_page: "p3" })).toBeNull();
  });
});

describe("list calls", () => {
  it("iterate every item of every page (page style)", async () => {
    const fetch = fakeFetch(
      jsonResponse({ data: [{ id: "m1" }, { id: "m2" }], has_more: true, first_id: "m1", last_id: "m2" }),
      jsonResponse({ data: [{ id: "m3" }], has_more: false, first_id: "m3", last_id: "m3" }),
    );
    const client = createClient({ apiKey: "sk-ant-test-key-0004", fetch });
    const ids = [];
    for await (const model of client.models.list({ limit: 2 })) ids.push(model.id);
    expect(ids).toEqual(["m1", "m2", "m3"]);
    expect(fetch.calls.map((c) => c.url)).toEqual([
      "https://api.anthropic.com/v1/models?limit=2",
      "https://api.anthropic.com/v1/models?limit=2&after_id=m2",
    ]);
  });

  it("iterate cursor pages", async () => {
    const fetch = fakeFetch(
      jsonResponse({ data: [{ id: "s1" }], has_more: true, next_page: "page_2" }),
      jsonResponse({ data: [{ id: "s2" }], has_more: false, next_page: null }),
    );
    const client = createClient({ apiKey: "sk-ant-test-key-0004", fetch, apiVersion: "2026-10-21" });
    const ids = [];
    for await (const skill of client.skills.list()) ids.push(skill.id);
    expect(ids).toEqual(["s1", "s2"]);
    expect(fetch.calls[1]!.url).toBe("https://api.anthropic.com/v1/skills?page=page_2");
  });

  it("await gives the first page with its metadata, and iteration reuses it", async () => {
    const fetch = fakeFetch(jsonResponse({ data: [{ id: "b1" }], has_more: false, first_id: "b1", last_id: "b1" }, 200, { "request-id": "req_page" }));
    const client = createClient({ apiKey: "sk-ant-test-key-0004", fetch });
    const list = client.messages.batches.list();
    const page = await list;
    expect(page.data).toHaveLength(1);
    expect(page.requestId).toBe("req_page");
    const all = [];
    for await (const batch of list) all.push(batch.id);
    expect(all).toEqual(["b1"]);
    expect(fetch.calls).toHaveLength(1);
  });

  it("take catch and finally as a promise of the first page does", async () => {
    const fetch = fakeFetch(jsonResponse({ type: "error", error: { type: "invalid_request_error", message: "bad page" } }, 400));
    const client = createClient({ apiKey: "sk-ant-test-key-0004", fetch, maxRetries: 0 });
    let settled = false;
    const caught = await client.messages.batches
      .list()
      .finally(() => (settled = true))
      .catch((error: unknown) => error);
    expect(caught).toBeInstanceOf(Error);
    expect((caught as Error).message).toContain("bad page");
    expect(settled).toBe(true);
    const ok = fakeFetch(jsonResponse({ data: [], has_more: false, first_id: null, last_id: null }, 200));
    const page = await createClient({ apiKey: "sk-ant-test-key-0004", fetch: ok }).messages.batches.list().catch(() => null);
    expect(page?.data).toEqual([]);
  });

  it("walk pages with pages()", async () => {
    const fetch = fakeFetch(
      jsonResponse({ data: [1], has_more: true, first_id: "a", last_id: "a" }),
      jsonResponse({ data: [2], has_more: false, first_id: "b", last_id: "b" }),
    );
    const client = createClient({ apiKey: "sk-ant-test-key-0004", fetch });
    const sizes = [];
    for await (const page of client.models.list().pages()) sizes.push(page.data.length);
    expect(sizes).toEqual([1, 1]);
  });
});
