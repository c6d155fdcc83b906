/**
 * The smoke scenario every runtime runs against the reference server: one step per feature a
 * user relies on. Web standards only (fetch, streams, File, AbortController), so the same
 * file runs on Node, Bun, Deno and workerd; each runtime's own test harness turns the steps
 * into its native tests.
 */
import {
  AuthenticationError,
  OverloadedError,
  UserAbortError,
  isOfType,
  isStreamEvent,
  type ClaudeClient,
  type ClientOptions,
} from "@claude-spec/client";

export interface SmokeTarget {
  /** Makes a client for the reference server; `overrides` change the key or the retries. */
  readonly client: (overrides?: ClientOptions) => ClaudeClient;
}

export interface SmokeStep {
  readonly name: string;
  readonly run: (target: SmokeTarget) => Promise<void>;
}

const model = "claude-sonnet-5-5";
const ask = (text: string) => ({ model, max_tokens: 64, messages: [{ role: "user" as const, content: text }] });
// Token counting takes no `max_tokens`: the API refuses it as an extra input.
const toCount = (text: string) => ({ model, messages: [{ role: "user" as const, content: text }] });
/** A reference-server fault directive, carried in `metadata.user_id`. */
const fault = (directive: Record<string, unknown>) => ({ user_id: `claude-spec-fault:${JSON.stringify(directive)}` });

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

export const steps: readonly SmokeStep[] = [
  {
    name: "messages.create answers a typed message",
    async run({ client }) {
      const message = await client().messages.create(ask("Say hello"));
      check(message.type === "message" && message.role === "assistant", `unexpected message ${JSON.stringify(message)}`);
      const first = message.content[0];
      check(first && isOfType(first, "text") && first.text.length > 0, "no text block");
      check(typeof message.requestId === "string", "no request-id");
    },
  },
  {
    name: "messages.stream accumulates the events into the final message",
    async run({ client }) {
      const stream = await client().messages.stream(ask("Tell me a short story"));
      const types: string[] = [];
      let text = "";
      for await (const event of stream) {
        types.push(event.type);
        if (isStreamEvent(event, "content_block_delta") && isOfType(event.delta, "text_delta")) text += event.delta.text;
      }
      const final = await stream.finalMessage();
      check(types[0] === "message_start" && types.at(-1) === "message_stop", `event order: ${types.join(",")}`);
      const block = final.content[0];
      check(block && isOfType(block, "text") && block.text === text && text.length > 0, "final text differs from the deltas");
      check(final.stop_reason !== null && final.usage.output_tokens > 0, "final message lacks stop_reason or usage");
    },
  },
  {
    name: "messages.countTokens counts",
    async run({ client }) {
      const counted = await client().messages.countTokens(toCount("How many tokens is this?"));
      check(counted.input_tokens > 0, `input_tokens ${counted.input_tokens}`);
    },
  },
  {
    name: "models.list pages through every model",
    async run({ client }) {
      const models = client().models.list({ limit: 2 });
      let pages = 0;
      const ids = new Set<string>();
      for await (const page of models.pages()) {
        pages++;
        for (const item of page.data) ids.add(item.id);
      }
      check(pages > 1 && ids.size > 2 && ids.has(model), `${pages} pages, ${ids.size} models`);
    },
  },
  {
    name: "files.upload sends a File",
    async run({ client }) {
      const file = new File(["hello from a smoke test\n"], "hello.txt", { type: "text/plain" });
      const uploaded = await client().files.upload({ file });
      check(uploaded.id.length > 0 && uploaded.filename === "hello.txt", `uploaded ${JSON.stringify(uploaded)}`);
      check(uploaded.size_bytes === file.size, `size ${uploaded.size_bytes} != ${file.size}`);
    },
  },
  {
    name: "an AbortSignal stops a stream mid-way",
    async run({ client }) {
      const controller = new AbortController();
      // The server drips the stream slowly, so the abort lands mid-stream.
      const stream = await client().messages.stream(
        { ...ask("A long answer, please"), metadata: fault({ drip_ms: 20, chunk_bytes: 64 }) },
        { signal: controller.signal },
      );
      let events = 0;
      const error = await rejection(
        (async () => {
          for await (const _ of stream) if (++events === 1) controller.abort();
        })(),
      );
      check(error instanceof UserAbortError, `expected UserAbortError, got ${String(error)}`);
      check(events >= 1, "aborted before the first event");
    },
  },
  {
    name: "errors are typed",
    async run({ client }) {
      const denied = await rejection(client({ apiKey: "sk-ant-wrong", maxRetries: 0 }).messages.create(ask("hi")));
      check(denied instanceof AuthenticationError && denied.status === 401, `expected AuthenticationError, got ${String(denied)}`);
      check(typeof denied.requestId === "string", "the error carries no request-id");
      const overloaded = await rejection(client({ maxRetries: 0 }).messages.create({ ...ask("hi"), metadata: fault({ status: 529 }) }));
      check(overloaded instanceof OverloadedError && overloaded.type === "overloaded_error", `expected OverloadedError, got ${String(overloaded)}`);
    },
  },
];
