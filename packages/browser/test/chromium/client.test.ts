/**
 * `@claude-spec/browser` in headless Chromium against the reference server on another origin:
 * every call below is a real cross-origin fetch, preflight included, so what passes here
 * passes the browser's CORS checks.
 */
import { describe, expect, inject, test } from "vitest";
import {
  AuthenticationError,
  ClaudeError,
  NotFoundError,
  OverloadedError,
  UserAbortError,
  browserRefusal,
  clientFor,
  createClient,
  isOfType,
  leanClientFor,
  messagesCreateOperation,
  isStreamEvent,
  type BrowserClientOptions,
  type FetchFn,
} from "../../src/index.ts";

const baseURL = inject("referenceServerURL");
const apiKey = inject("referenceServerKey");
const model = "claude-sonnet-5-5";
const ask = (text: string) => ({ model, max_tokens: 64, messages: [{ role: "user" as const, content: text }] });
/** Token counting takes no `max_tokens`: the API (and the reference server) refuse it as an extra input. */
const toCount = (text: string) => ({ model, messages: [{ role: "user" as const, content: text }] });
/** A reference-server fault directive, carried in `metadata.user_id`. */
const fault = (directive: Record<string, unknown>) => ({ user_id: `claude-spec-fault:${JSON.stringify(directive)}` });
const client = (overrides: Partial<BrowserClientOptions> = {}) => createClient({ baseURL, apiKey, dangerouslyAllowBrowser: true, ...overrides });

describe("the opt-in", () => {
  test("without dangerouslyAllowBrowser: true it refuses to start, and says why", () => {
    // @ts-expect-error the option is required
    expect(() => createClient({ baseURL, apiKey })).toThrow(ClaudeError);
    expect(() => createClient({ baseURL, apiKey, dangerouslyAllowBrowser: false as true })).toThrow(browserRefusal);
    expect(browserRefusal).toMatch(/anyone who can open the page can read the API key/);
    // The smaller clients ask for it too.
    expect(() => clientFor([messagesCreateOperation], { baseURL, apiKey, dangerouslyAllowBrowser: false as true })).toThrow(browserRefusal);
    expect(() => leanClientFor([messagesCreateOperation], { baseURL, apiKey, dangerouslyAllowBrowser: false as true })).toThrow(browserRefusal);
  });

  test("the lean client creates and streams across origins", async () => {
    const lean = leanClientFor([messagesCreateOperation], { baseURL, apiKey, dangerouslyAllowBrowser: true });
    expect((await lean.messages.create(ask("Say hello"))).type).toBe("message");
    const final = await (await lean.messages.stream(ask("Tell me a short story"))).finalMessage();
    expect(final.stop_reason).not.toBeNull();
  });

  test("with it, every request carries anthropic-dangerous-direct-browser-access: true", async () => {
    const sent: Record<string, string>[] = [];
    const recording: FetchFn = (input, init) => {
      sent.push({ ...(init?.headers as Record<string, string>) });
      return fetch(input, init);
    };
    await client({ fetch: recording }).messages.countTokens(toCount("hi"));
    expect(sent[0]?.["anthropic-dangerous-direct-browser-access"]).toBe("true");
  });
});

describe("cross-origin calls", () => {
  test("messages.create, with the response headers readable through CORS", async () => {
    const message = await client().messages.create(ask("Say hello"));
    expect(message).toMatchObject({ type: "message", role: "assistant", model });
    const block = message.content[0]!;
    expect(isOfType(block, "text") && block.text.length > 0).toBe(true);
    expect(message.requestId).toMatch(/\S/);
    expect(Object.keys(message.rateLimit).some((name) => name.startsWith("anthropic-ratelimit-"))).toBe(true);
  });

  test("messages.stream, accumulated into the final message", async () => {
    const stream = await client().messages.stream(ask("Tell me a short story"));
    const types: string[] = [];
    let text = "";
    for await (const event of stream) {
      types.push(event.type);
      if (isStreamEvent(event, "content_block_delta") && isOfType(event.delta, "text_delta")) text += event.delta.text;
    }
    const final = await stream.finalMessage();
    expect(types[0]).toBe("message_start");
    expect(types.at(-1)).toBe("message_stop");
    expect(text.length).toBeGreaterThan(0);
    expect(final.content[0]).toMatchObject({ type: "text", text });
    expect(final.usage.output_tokens).toBeGreaterThan(0);
  });

  test("messages.countTokens", async () => {
    const counted = await client().messages.countTokens(toCount("How many tokens is this?"));
    expect(counted.input_tokens).toBeGreaterThan(0);
  });

  test("models.list pages through every model", async () => {
    let pages = 0;
    const ids: string[] = [];
    for await (const page of client().models.list({ limit: 3 }).pages()) {
      pages++;
      ids.push(...page.data.map((m) => m.id));
    }
    expect(pages).toBeGreaterThan(1);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(model);
    const items: string[] = [];
    for await (const m of client().models.list({ limit: 3 })) items.push(m.id);
    expect(items).toEqual(ids);
  });

  test("files.upload from a File", async () => {
    const file = new File(["# notes\nuploaded from Chromium\n"], "notes.md", { type: "text/markdown" });
    const uploaded = await client().files.upload({ file });
    expect(uploaded).toMatchObject({ type: "file", filename: "notes.md", size_bytes: file.size });
    const fetched = await client().files.retrieve(uploaded.id);
    expect(fetched.id).toBe(uploaded.id);
  });

  test("an AbortSignal stops a stream mid-way", async () => {
    const controller = new AbortController();
    const stream = await client().messages.stream(
      { ...ask("A long answer, please"), metadata: fault({ drip_ms: 20, chunk_bytes: 64 }) },
      { signal: controller.signal },
    );
    let events = 0;
    const reading = (async () => {
      for await (const _ of stream) if (++events === 1) controller.abort();
    })();
    await expect(reading).rejects.toBeInstanceOf(UserAbortError);
    expect(events).toBe(1);
  });
});

describe("typed errors", () => {
  test("a wrong key is an AuthenticationError, with its request id", async () => {
    const error = await client({ apiKey: "sk-ant-wrong", maxRetries: 0 }).messages.create(ask("hi")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, type: "authentication_error", requestId: expect.stringMatching(/\S/) });
  });

  test("an unknown model is a NotFoundError", async () => {
    const error = await client({ maxRetries: 0 }).messages.create({ ...ask("hi"), model: "claude-none" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, type: "not_found_error" });
  });

  test("529 is an OverloadedError", async () => {
    const error = await client({ maxRetries: 0 }).messages.create({ ...ask("hi"), metadata: fault({ status: 529 }) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OverloadedError);
    expect(error).toMatchObject({ status: 529, type: "overloaded_error" });
  });
});
