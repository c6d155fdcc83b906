/**
 * Body-size limits are counted on the bytes as they arrive: a body one byte over answers
 * 413 `request_too_large` whether or not Content-Length is there, and a body that never
 * ends is not read past the limit. Limits are lowered here; the real ones are the spec's.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { apiHeaders, simpleMessage, useServer } from "./helpers/server.ts";

const limit = 2000;

/** A valid Messages body of exactly `size` bytes. */
function bodyOfSize(size: number): string {
  const base = JSON.stringify({ ...simpleMessage, messages: [{ role: "user", content: "" }] });
  return JSON.stringify({ ...simpleMessage, messages: [{ role: "user", content: "a".repeat(size - base.length) }] });
}

function chunked(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(c) {
      if (at >= bytes.length) return c.close();
      c.enqueue(bytes.subarray(at, (at += 100)));
    },
  });
}

async function expect413(res: Response) {
  expect(res.status).toBe(413);
  const body = (await res.json()) as { error: { type: string }; request_id: string };
  expect(body.error.type).toBe("request_too_large");
  expect(body.request_id).toBe(res.headers.get("request-id"));
}

describe("body-size limits", () => {
  const s = useServer({ bodySizeLimits: { "messages.create": limit, "files.upload": 10_000 } });

  it("accepts a body exactly at the limit and refuses one byte more", async () => {
    expect(bodyOfSize(limit)).toHaveLength(limit);
    const at = await fetch(`${s.url}/v1/messages`, { method: "POST", headers: apiHeaders(), body: bodyOfSize(limit) });
    expect(at.status).toBe(200);
    await expect413(await fetch(`${s.url}/v1/messages`, { method: "POST", headers: apiHeaders(), body: bodyOfSize(limit + 1) }));
  });

  it("counts chunked bodies that declare no length", async () => {
    const ok = await fetch(`${s.url}/v1/messages`, { method: "POST", headers: apiHeaders(), body: chunked(bodyOfSize(limit)), duplex: "half" } as RequestInit);
    expect(ok.status).toBe(200);
    await expect413(await fetch(`${s.url}/v1/messages`, { method: "POST", headers: apiHeaders(), body: chunked(bodyOfSize(limit + 1)), duplex: "half" } as RequestInit));
  });

  it("stops reading a body that never ends", async () => {
    let produced = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        produced += 65_536;
        c.enqueue(new Uint8Array(65_536).fill(32));
      },
    });
    await expect413(await fetch(`${s.url}/v1/messages`, { method: "POST", headers: apiHeaders(), body: endless, duplex: "half" } as RequestInit));
    // The server reads on only to drain, within its bounds, and fetch stops sending once it
    // has the answer, so what the client managed to push stays small.
    expect(produced).toBeLessThan(64 * 1024 * 1024);
  });

  it("refuses an oversized upload without leaving a file behind", async () => {
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(20_000)]), "big.bin");
    const { "content-type": _json, ...headers } = apiHeaders({ "anthropic-version": "2026-10-21" });
    const res = await fetch(`${s.url}/v1/files`, { method: "POST", headers, body: form });
    await expect413(res);
    const objects = await readdir(join(s.server.dataDir, "objects", "files")).catch(() => []);
    expect(objects).toEqual([]);
  });
});
