import { describe, expect, it } from "vitest";
import {
  createClient,
  OverloadedError,
  StreamError,
  UserAbortError,
  type FetchFn,
  type MessageStreamEvent,
} from "../../src/index.ts";
import { fakeFetch } from "../helpers/fake-fetch.ts";
import { chunked, messageStart, richEvents, richFinalMessage, sseOf } from "../helpers/sse.ts";

const params = { model: "claude-test", max_tokens: 10, messages: [{ role: "user" as const, content: "hi" }] };
const sseResponse = (body: ReadableStream<Uint8Array> | string) =>
  new Response(body, { headers: { "content-type": "text/event-stream; charset=utf-8", "request-id": "req_sse" } });
const clientFor = (fetch: FetchFn) => createClient({ apiKey: "sk-test-key-123", fetch, maxRetries: 0, logLevel: "off" });

async function finalOf(chunks: (Uint8Array | string)[]) {
  const stream = await clientFor(fakeFetch(() => sseResponse(chunked(chunks)))).messages.stream(params);
  return stream.finalMessage();
}

describe("MessageStream", () => {
  const body = sseOf(richEvents);
  const bytes = new TextEncoder().encode(body);

  it("accumulates the final message", async () => {
    expect(await finalOf([body])).toEqual(richFinalMessage);
  });

  it("gives the same message at every chunk split", async () => {
    for (let i = 0; i <= bytes.length; i++) {
      expect(await finalOf([bytes.subarray(0, i), bytes.subarray(i)])).toEqual(richFinalMessage);
    }
  });

  it("gives the same message with CRLF line ends, one byte per chunk", async () => {
    const crlf = new TextEncoder().encode(sseOf(richEvents, "\r\n"));
    expect(await finalOf(Array.from(crlf, (_, i) => crlf.subarray(i, i + 1)))).toEqual(richFinalMessage);
  });

  it("sends stream: true and accepts event streams", async () => {
    const fetch = fakeFetch(() => sseResponse(body));
    await (await clientFor(fetch).messages.stream(params)).finalMessage();
    expect(JSON.parse(fetch.calls[0]!.body as string)).toMatchObject({ stream: true, model: "claude-test" });
    expect(fetch.calls[0]!.headers.accept).toBe("text/event-stream");
  });

  it("yields every event in order, pings and unknown events included", async () => {
    const stream = await clientFor(fakeFetch(() => sseResponse(body))).messages.stream(params);
    const types: string[] = [];
    for await (const event of stream) types.push(event.type);
    expect(types).toEqual(richEvents.map(([name]) => name));
    expect(stream.requestId).toBe("req_sse");
    expect(await stream.finalMessage()).toEqual(richFinalMessage);
  });

  it("yields deltas: thinking, signature, citations, text, tool input, blocks, message", async () => {
    const stream = await clientFor(fakeFetch(() => sseResponse(body))).messages.stream(params);
    const deltas = [];
    for await (const delta of stream.deltas()) deltas.push(delta);
    expect(deltas.map((d) => d.type)).toEqual([
      "thinking", "thinking", "thinking", "signature", "content_block",
      "text", "citation", "text", "content_block",
      "input_json", "input_json", "input_json", "content_block", "message",
    ]);
    expect(deltas[7]).toMatchObject({ type: "text", text: "is blue ☀️.", snapshot: "The sky is blue ☀️." });
    expect(deltas[10]).toMatchObject({ type: "input_json", partialJson: '{"city": "Par', snapshot: '{"city": "Par' });
    expect(deltas.at(-1)).toEqual({ type: "message", message: richFinalMessage });
  });

  it("yields only text from text()", async () => {
    const stream = await clientFor(fakeFetch(() => sseResponse(body))).messages.stream(params);
    const parts = [];
    for await (const text of stream.text()) parts.push(text);
    expect(parts.join("")).toBe("The sky is blue ☀️.");
  });

  it("resolves finalMessage() asked for while another loop reads", async () => {
    const stream = await clientFor(fakeFetch(() => sseResponse(body))).messages.stream(params);
    const final = stream.finalMessage.bind(stream);
    let pending: Promise<unknown> | undefined;
    for await (const _ of stream) pending ??= final();
    expect(await pending).toEqual(richFinalMessage);
  });

  it("refuses a second consumer", async () => {
    const stream = await clientFor(fakeFetch(() => sseResponse(body))).messages.stream(params);
    stream[Symbol.asyncIterator]();
    expect(() => stream[Symbol.asyncIterator]()).toThrow(/one consumer/);
  });

  it("surfaces an event: error after a 200 as a typed error, after the events before it", async () => {
    const error = { type: "error", error: { type: "overloaded_error", message: "Overloaded" }, request_id: "req_in_stream" };
    const events = [...richEvents.slice(0, 3), ["error", error] as const, ...richEvents.slice(3)];
    const stream = await clientFor(fakeFetch(() => sseResponse(sseOf(events)))).messages.stream(params);
    const seen: string[] = [];
    const failure = await (async () => {
      for await (const event of stream) seen.push(event.type);
    })().catch((e: unknown) => e);
    expect(seen).toEqual(["message_start", "content_block_start", "ping"]);
    expect(failure).toBeInstanceOf(OverloadedError);
    expect(failure).toMatchObject({ status: null, type: "overloaded_error", requestId: "req_sse" });
    await expect(stream.finalMessage()).rejects.toBe(failure);
  });

  it("fails with a StreamError when the stream ends before message_stop", async () => {
    const cut = sseOf(richEvents.slice(0, -1)) + 'event: message_stop\ndata: {"type":"message_stop"}';
    const error = await finalOf([cut]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StreamError);
    expect((error as Error).message).toMatch(/before message_stop.*unterminated message_stop event was discarded/);
  });

  it("fails with a StreamError on malformed JSON", async () => {
    const broken = sseOf([messageStart()]) + 'event: content_block_start\ndata: {"type":"content_blo\n\n';
    await expect(finalOf([broken])).rejects.toBeInstanceOf(StreamError);
  });

  it("fails when the answer is not an event stream", async () => {
    const fetch = fakeFetch(() => new Response("{}", { headers: { "content-type": "application/json" } }));
    await expect(clientFor(fetch).messages.stream(params)).rejects.toThrow(/expected a text\/event-stream/);
  });

  it("stops with a UserAbortError when the caller aborts mid-stream, and cancels the body", async () => {
    let cancelled = false;
    const encoder = new TextEncoder();
    const endless = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(sseOf(richEvents.slice(0, 2))));
      },
      cancel() {
        cancelled = true;
      },
    });
    const controller = new AbortController();
    const fetch = fakeFetch(() => sseResponse(endless));
    const stream = await clientFor(fetch).messages.stream(params, { signal: controller.signal });
    const seen: MessageStreamEvent[] = [];
    const failure = await (async () => {
      for await (const event of stream) {
        seen.push(event);
        if (seen.length === 2) controller.abort();
      }
    })().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(UserAbortError);
    expect(cancelled).toBe(true);
    await expect(stream.finalMessage()).rejects.toBeInstanceOf(UserAbortError);
  });

  it("aborts cleanly with nobody reading: no unhandled rejection", async () => {
    const stream = await clientFor(fakeFetch(() => sseResponse(new ReadableStream()))).messages.stream(params);
    stream.abort();
    stream.abort();
    await new Promise((r) => setTimeout(r, 10));
    await expect(stream.finalMessage()).rejects.toBeInstanceOf(UserAbortError);
  });

  it("cancels the body when a loop breaks early", async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode(sseOf(richEvents)));
      },
      cancel() {
        cancelled = true;
      },
    });
    const stream = await clientFor(fakeFetch(() => sseResponse(body))).messages.stream(params);
    for await (const _ of stream) break;
    expect(cancelled).toBe(true);
  });

  it("exposes rate-limit headers and the raw response", async () => {
    const response = new Response(body, {
      headers: { "content-type": "text/event-stream", "anthropic-ratelimit-tokens-remaining": "99", "request-id": "req_x" },
    });
    const stream = await clientFor(fakeFetch(() => response)).messages.stream(params);
    expect(stream.rateLimit).toEqual({ "anthropic-ratelimit-tokens-remaining": "99" });
    expect(stream.response.status).toBe(200);
    await stream.finalMessage();
  });
});
