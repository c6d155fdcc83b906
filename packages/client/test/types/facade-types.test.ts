import { describe, expectTypeOf, it } from "vitest";
import {
  clientFor,
  leanClientFor,
  createClient,
  createPathClient,
  isOfType,
  isStreamEvent,
  type ContentBlockDelta,
  type Download,
  type JsonLines,
  type Message,
  type MessageStream,
  type MessageStreamDelta,
  type MessageStreamEvent,
  type PageRequest,
} from "../../src/index.ts";
import {
  filesDownloadOperation,
  filesUploadOperation,
  messagesBatchesResultsOperation,
  messagesBatchesRetrieveOperation,
  messagesCountTokensOperation,
  messagesCreateOperation,
  modelsListOperation,
  modelsRetrieveOperation,
  operationsById,
} from "@claude-spec/generated/operations";
import type { components } from "@claude-spec/generated/schema";

type S = components["schemas"];
const never = (): never => {
  throw new Error("type-level only");
};

// Everything below is checked by tsc (the package tsconfig includes test/); nothing is sent.
describe("facade types come from the spec", () => {
  it("types messages.create params and result", () => {
    const client = createClient({ apiKey: "test-key-not-real" });
    type Create = typeof client.messages.create;
    expectTypeOf<Parameters<Create>[0]>().toHaveProperty("model");
    expectTypeOf<Parameters<Create>[0]>().toHaveProperty("max_tokens");
    expectTypeOf<Awaited<ReturnType<Create>>>().toMatchTypeOf<S["Message"]>();
    expectTypeOf<Awaited<ReturnType<Create>>["requestId"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Awaited<ReturnType<Create>>["response"]>().toEqualTypeOf<Response>();
    if (Math.random() > 2) {
      // @ts-expect-error max_tokens is required by the spec
      void client.messages.create({ model: "m", messages: [] });
      // @ts-expect-error create never streams; messages.stream does
      void client.messages.create({ model: "m", max_tokens: 1, messages: [], stream: true });
      void client.messages.create({ model: "m", max_tokens: 1, messages: [] }, { betas: ["any-future-beta"], timeout: 5 });
      // @ts-expect-error unknown top-level fields are rejected, as the API rejects them
      void client.messages.create({ model: "m", max_tokens: 1, messages: [], temprature: 0.5 });
      // @ts-expect-error a role outside the closed set
      void client.messages.create({ model: "m", max_tokens: 1, messages: [{ role: "bot", content: "x" }] });
      // @ts-expect-error count_tokens takes no max_tokens
      void client.messages.countTokens({ model: "m", messages: [], max_tokens: 1 });
      // The documented way to send a field the spec does not know yet.
      void client.messages.create({ model: "m", max_tokens: 1, messages: [] }, { extraBody: { some_new_param: { on: true } } });
    }
  });

  it("types path parameters as leading arguments", () => {
    const client = createClient();
    expectTypeOf(client.skills.versions.retrieve).parameters.toMatchTypeOf<[string, string, ...unknown[]]>();
    expectTypeOf<Awaited<ReturnType<typeof client.skills.versions.retrieve>>>().toMatchTypeOf<S["SkillVersion"]>();
    expectTypeOf<Awaited<ReturnType<typeof client.models.retrieve>>>().toMatchTypeOf<S["ModelInfo"]>();
    if (Math.random() > 2) {
      // @ts-expect-error retrieve needs both the skill id and the version
      void client.skills.versions.retrieve("skill_1");
    }
  });

  it("types list calls as pages that iterate items", () => {
    const client = createClient();
    const list = never as unknown as () => ReturnType<typeof client.models.list>;
    expectTypeOf(list).returns.toMatchTypeOf<PageRequest<any, S["ModelInfo"]>>();
    expectTypeOf(list).returns.toMatchTypeOf<AsyncIterable<S["ModelInfo"]>>();
    expectTypeOf<Parameters<typeof client.models.list>[0]>().toEqualTypeOf<
      { before_id?: string; after_id?: string; limit?: number; lifecycle?: (("active" | "deprecated" | "retired") | string)[] } | undefined
    >();
    expectTypeOf<ReturnType<typeof client.skills.list>>().toMatchTypeOf<AsyncIterable<S["Skill"]>>();
  });

  it("types batch results as JSON Lines of the spec's line type", () => {
    const client = createClient();
    expectTypeOf<Awaited<ReturnType<typeof client.messages.batches.results>>>().toEqualTypeOf<
      JsonLines<S["MessageBatchIndividualResponse"]>
    >();
  });

  it("types downloads and uploads", () => {
    const client = createClient();
    expectTypeOf<Awaited<ReturnType<typeof client.files.download>>>().toEqualTypeOf<Download>();
    if (Math.random() > 2) {
      void client.files.upload({ file: new Blob(["x"]) });
      void client.files.upload({ file: { content: new Uint8Array(1), name: "a.txt", type: "text/plain" } });
      void client.skills.create({ files: [{ path: "s/SKILL.md", content: "---\nname: s\n---" }], display_title: "S" });
      void client.skills.versions.create("skill_1", { files: [new File(["x"], "s/SKILL.md")] });
    }
  });

  it("types streams, events and deltas", () => {
    const client = createClient();
    expectTypeOf<Awaited<ReturnType<typeof client.messages.stream>>>().toEqualTypeOf<MessageStream>();
    expectTypeOf<MessageStream>().toMatchTypeOf<AsyncIterable<MessageStreamEvent>>();
    expectTypeOf<ReturnType<MessageStream["finalMessage"]>>().toEqualTypeOf<Promise<Message>>();
    const event = never as unknown as MessageStreamEvent;
    if (Math.random() > 2 && isStreamEvent(event, "content_block_delta")) {
      expectTypeOf(event.index).toEqualTypeOf<number>();
      expectTypeOf(event.delta).toEqualTypeOf<ContentBlockDelta>();
      if (isOfType(event.delta, "text_delta")) expectTypeOf(event.delta.text).toEqualTypeOf<string>();
    }
    const delta = never as unknown as MessageStreamDelta;
    if (Math.random() > 2 && delta.type === "signature") expectTypeOf(delta.signature).toEqualTypeOf<string>();
  });

  it("types a client made of some rows with only those operations", () => {
    const small = clientFor([operationsById["messages.create"], operationsById["messages.countTokens"]]);
    expectTypeOf(small.messages.create).toEqualTypeOf<ReturnType<typeof createClient>["messages"]["create"]>();
    expectTypeOf(small.messages.stream).returns.resolves.toEqualTypeOf<MessageStream>();
    // @ts-expect-error models were not given
    void small.models;
  });

  it("keeps the path-style call typed", () => {
    const client = createClient();
    if (Math.random() > 2) {
      void createPathClient(client).GET("/v1/models/{model_id}", { params: { path: { model_id: "m" } } }).then(({ data }) => {
        expectTypeOf(data).toEqualTypeOf<S["ModelInfo"] | undefined>();
      });
    }
  });
});

describe("leanClientFor takes only lean rows", () => {
  it("accepts JSON rows and types their methods", () => {
    const lean = leanClientFor([messagesCreateOperation, messagesCountTokensOperation, modelsRetrieveOperation, messagesBatchesRetrieveOperation], { apiKey: "test-key-not-real" });
    expectTypeOf(lean.messages.stream).returns.resolves.toEqualTypeOf<MessageStream>();
    expectTypeOf(lean.models.retrieve).parameter(0).toEqualTypeOf<string>();
  });

  it("rejects, one by one, rows that need uploads, pages, JSON Lines or downloads", () => {
    const options = { apiKey: "test-key-not-real" };
    const build = () => {
      // @ts-expect-error -- multipart body
      leanClientFor([filesUploadOperation], options);
      // @ts-expect-error -- pages
      leanClientFor([modelsListOperation], options);
      // @ts-expect-error -- JSON Lines answer
      leanClientFor([messagesBatchesResultsOperation], options);
      // @ts-expect-error -- download answer
      leanClientFor([filesDownloadOperation], options);
    };
    expectTypeOf(build).toBeFunction();
  });
});
