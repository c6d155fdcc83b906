import { describe, expect, it } from "vitest";
import { createClient, NotFoundError, StreamError } from "../../src/index.ts";
import { errorResponse, fakeFetch } from "../helpers/fake-fetch.ts";
import { chunked } from "../helpers/sse.ts";

const line = (i: number) => JSON.stringify({ custom_id: `req-${i}`, result: { type: i % 2 ? "canceled" : "expired" } });
const jsonl = (body: ReadableStream<Uint8Array> | string, headers: Record<string, string> = {}) =>
  new Response(body, { headers: { "content-type": "application/x-jsonl", "request-id": "req_jsonl", ...headers } });
const client = (fetch: ReturnType<typeof fakeFetch>, baseURL?: string) =>
  createClient({ apiKey: "sk-ant-test-key-0005", fetch, logLevel: "off", ...(baseURL ? { baseURL } : {}) });

async function collect(iterable: AsyncIterable<unknown>) {
  const out = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe("batch results (JSON Lines)", () => {
  const text = [0, 1, 2, 3].map(line).join("\n") + "\n";
  const bytes = new TextEncoder().encode(text);

  it("yields each line, parsed, at every chunk split", async () => {
    const expected = [0, 1, 2, 3].map((i) => JSON.parse(line(i)));
    for (let i = 0; i <= bytes.length; i += 7) {
      const fetch = fakeFetch(() => jsonl(chunked([bytes.subarray(0, i), bytes.subarray(i)])));
      expect(await collect(await client(fetch).messages.batches.results("msgbatch_1"))).toEqual(expected);
    }
  });

  it("handles CRLF, blank lines and a last line without a line end", async () => {
    const fetch = fakeFetch(() => jsonl(`${line(0)}\r\n\r\n${line(1)}`));
    expect(await collect(await client(fetch).messages.batches.results("msgbatch_1"))).toHaveLength(2);
  });

  it("fails with a StreamError naming the line that is not JSON", async () => {
    const fetch = fakeFetch(() => jsonl(`${line(0)}\n{"custom_id": "cut`));
    const error = await collect(await client(fetch).messages.batches.results("msgbatch_1")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StreamError);
    expect((error as Error).message).toContain("line 2");
  });

  it("hands out the lines before a line that is not JSON, then fails", async () => {
    const fetch = fakeFetch(() => jsonl(`${line(0)}\n\n${line(1)}\nnot json\n${line(2)}\n`));
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const item of await client(fetch).messages.batches.results("msgbatch_1")) seen.push(item);
    })().catch((e: unknown) => e);
    expect(seen).toHaveLength(2);
    expect(error).toBeInstanceOf(StreamError);
    expect((error as Error).message).toContain("line 4");
  });

  it("follows a batch's results_url on the client's origin, with credentials", async () => {
    const fetch = fakeFetch(() => jsonl(text));
    const batch = { id: "msgbatch_9", results_url: "https://api.anthropic.com/v1/messages/batches/msgbatch_9/results?x=1" };
    const results = await client(fetch).messages.batches.results(batch);
    expect(results.requestId).toBe("req_jsonl");
    await collect(results);
    expect(fetch.calls[0]!.url).toBe(batch.results_url);
    expect(fetch.calls[0]!.headers["x-api-key"]).toBe("sk-ant-test-key-0005");
  });

  it("does not send the key to a results_url on another origin", async () => {
    const fetch = fakeFetch(() => jsonl(text));
    const batch = { id: "msgbatch_9", results_url: "https://storage.example/results.jsonl" };
    await collect(await client(fetch).messages.batches.results(batch));
    expect(fetch.calls[0]!.url).toBe("https://storage.example/results.jsonl");
    expect(fetch.calls[0]!.headers).not.toHaveProperty("x-api-key");
    expect(fetch.calls[0]!.headers).not.toHaveProperty("authorization");
  });

  it("uses the batch id when results_url is not set yet", async () => {
    const fetch = fakeFetch(() => jsonl(text));
    await collect(await client(fetch).messages.batches.results({ id: "msgbatch_5", results_url: null }));
    expect(fetch.calls[0]!.url).toBe("https://api.anthropic.com/v1/messages/batches/msgbatch_5/results");
  });

  it("rejects before iteration for an error status", async () => {
    const fetch = fakeFetch(errorResponse(404, "not_found_error"));
    await expect(client(fetch).messages.batches.results("msgbatch_x")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("holds one chunk at a time, not the whole body", async () => {
    const lines = 20_000;
    let produced = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (produced >= lines) return controller.close();
        let chunk = "";
        for (let i = 0; i < 100; i++) chunk += line(produced++) + "\n";
        controller.enqueue(new TextEncoder().encode(chunk));
      },
    }, { highWaterMark: 0 });
    const fetch = fakeFetch(() => jsonl(body));
    let count = 0;
    let maxAhead = 0;
    for await (const _ of await client(fetch).messages.batches.results("msgbatch_big")) {
      count++;
      maxAhead = Math.max(maxAhead, produced - count);
    }
    expect(count).toBe(lines);
    // The producer is never more than a couple of chunks ahead of the consumer.
    expect(maxAhead).toBeLessThanOrEqual(300);
  });

  it("reads a results body even when the server calls it something else", async () => {
    const fetch = fakeFetch(() => new Response(`${line(0)}\n`, { headers: { "content-type": "application/binary" } }));
    expect(await collect(await client(fetch).messages.batches.results("msgbatch_1"))).toHaveLength(1);
  });
});
