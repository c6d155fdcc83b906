/**
 * A files list cursor over a list other clients change: when the item the cursor names is
 * deleted between two pages (another case, another process of the same workspace), the
 * next page starts at the first file created before it instead of coming back empty.
 */
import { describe, expect, it } from "vitest";
import { testKey, useServer } from "./helpers/server.ts";

let clock = Date.parse("2026-12-05T10:00:00Z");
const s = useServer({ now: () => (clock += 1000) });
const headers = { "x-api-key": testKey, "anthropic-version": "2026-10-21" };

async function upload(name: string): Promise<string> {
  const form = new FormData();
  form.append("file", new Blob([`${name}\n`], { type: "text/plain" }), `${name}.txt`);
  const response = await fetch(`${s.url}/v1/files`, { method: "POST", headers, body: form });
  expect(response.status).toBe(200);
  return ((await response.json()) as { id: string }).id;
}

async function list(query: string): Promise<{ data: { id: string }[]; next_page: string | null; has_more: boolean }> {
  const response = await fetch(`${s.url}/v1/files?${query}`, { headers });
  expect(response.status).toBe(200);
  return (await response.json()) as never;
}

describe("files list cursor", () => {
  it("pages on past an item deleted between two pages", async () => {
    const [a, b, c] = [await upload("a"), await upload("b"), await upload("c")];
    const first = await list("limit=1");
    expect(first.data.map((f) => f.id)).toEqual([c]);
    expect(first.next_page).toMatch(/^page_/);
    const deleted = await fetch(`${s.url}/v1/files/${c}`, { method: "DELETE", headers });
    expect(deleted.status).toBe(200);
    const second = await list(`limit=1&page=${first.next_page}`);
    expect(second.data.map((f) => f.id)).toEqual([b]);
    const third = await list(`limit=1&page=${second.next_page}`);
    expect(third.data.map((f) => f.id)).toEqual([a]);
    expect(third.has_more).toBe(false);
  });

  it("refuses a cursor it did not make with a 400", async () => {
    const response = await fetch(`${s.url}/v1/files?page=page_bm90LWEtY3Vyc29y`, { headers });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain("page: invalid page cursor");
  });
});
