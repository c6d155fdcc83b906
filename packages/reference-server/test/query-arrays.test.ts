/**
 * Arrays in a query (`files.list` `ids`, `models.list` `lifecycle`) go on the wire as the
 * official SDKs send them, `ids[]=a&ids[]=b`, from the project's client too; the server reads
 * that form and a repeated plain name alike. Models are listed by lifecycle stage, `active`
 * and `deprecated` unless the request asks for others.
 */
import { describe, expect, it } from "vitest";
import Anthropic from "anthropic-sdk-1";
import { BadRequestError, createClient } from "@claude-spec/client";
import { apiHeaders, testKey, useServer } from "./helpers/server.ts";

describe("arrays in a query", () => {
  const s = useServer();
  const sent: string[] = [];
  const ours = () =>
    createClient({
      apiKey: testKey,
      baseURL: s.url,
      maxRetries: 0,
      logLevel: "off",
      // Records each URL the client sends, then sends it as the client would.
      fetch: (input, init) => {
        sent.push(String(input instanceof Request ? input.url : input));
        return fetch(input, init);
      },
    });
  const official = () => new Anthropic({ apiKey: testKey, baseURL: s.url, maxRetries: 0 });

  it("files.list by ids: ours sends ids[] as the official SDK does, and both get exactly those files", async () => {
    const c = ours();
    const [a, , b] = [
      await c.files.upload({ file: { content: "a", name: "a.txt", type: "text/plain" } }),
      await c.files.upload({ file: { content: "x", name: "x.txt", type: "text/plain" } }),
      await c.files.upload({ file: { content: "b", name: "b.txt", type: "text/plain" } }),
    ];
    sent.length = 0;
    const page = await c.files.list({ ids: [a.id, b.id] });
    expect(page.data.map((f) => f.id).sort()).toEqual([a.id, b.id].sort());
    const query = new URL(sent.at(-1)!).search;
    expect(query).toBe(`?ids%5B%5D=${a.id}&ids%5B%5D=${b.id}`);

    const viaSdk = [];
    for await (const f of official().files.list({ ids: [a.id, b.id] })) viaSdk.push(f.id);
    expect(viaSdk.sort()).toEqual([a.id, b.id].sort());
    // A repeated plain name reads the same.
    const plain = await fetch(`${s.url}/v1/files?ids=${a.id}&ids=${b.id}`, { headers: apiHeaders() });
    expect(((await plain.json()) as { data: { id: string }[] }).data.map((f) => f.id).sort()).toEqual([a.id, b.id].sort());
  });

  it("models.list by lifecycle: active and deprecated by default, retired only when asked for", async () => {
    const c = ours();
    const all = await c.models.list({ limit: 1000 });
    expect(all.data.length).toBeGreaterThan(10);
    expect(new Set(all.data.map((m) => m.lifecycle))).toEqual(new Set(["active"]));

    sent.length = 0;
    expect((await c.models.list({ lifecycle: ["retired"] })).data).toEqual([]);
    expect(new URL(sent.at(-1)!).search).toBe("?lifecycle%5B%5D=retired");
    expect((await c.models.list({ lifecycle: ["active", "retired"], limit: 1000 })).data).toHaveLength(all.data.length);

    const retired = [];
    for await (const m of official().models.list({ lifecycle: ["retired"] })) retired.push(m.id);
    expect(retired).toEqual([]);
    const error = await c.models.list({ lifecycle: ["active", "deprecated", "retired", "active"] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as Error).message).toContain("lifecycle");
  });
});
