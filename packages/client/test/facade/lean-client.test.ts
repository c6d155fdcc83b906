import { describe, expect, it } from "vitest";
import {
  ClaudeError,
  clientFor,
  filesDownloadOperation,
  filesUploadOperation,
  leanClientFor,
  messagesBatchesResultsOperation,
  messagesCreateOperation,
  messagesCountTokensOperation,
  modelsListOperation,
  modelsRetrieveOperation,
  operations,
} from "../../src/index.ts";
import { codecNeeded } from "../../src/facade/codecs.ts";
import { fakeFetch, jsonResponse } from "../helpers/fake-fetch.ts";
import { messageStart, sseOf } from "../helpers/sse.ts";

const options = { apiKey: "sk-ant-test-key-0005", logLevel: "off" as const, maxRetries: 0 };
const message = { model: "claude-test", max_tokens: 5, messages: [{ role: "user" as const, content: "hi" }] };

describe("leanClientFor", () => {
  it("creates, streams and counts like any client", async () => {
    const events = sseOf([messageStart(), ["message_stop", { type: "message_stop" }]]);
    const fetch = fakeFetch((call) =>
      call.headers.accept === "text/event-stream"
        ? new Response(events, { headers: { "content-type": "text/event-stream" } })
        : jsonResponse(call.url.endsWith("count_tokens") ? { input_tokens: 7 } : { id: "msg_lean", type: "message" }),
    );
    const client = leanClientFor([messagesCreateOperation, messagesCountTokensOperation, modelsRetrieveOperation], { ...options, fetch });
    expect((await client.messages.create(message)).id).toBe("msg_lean");
    expect((await (await client.messages.stream(message)).finalMessage()).id).toBe("msg_1");
    expect((await client.messages.countTokens(message)).input_tokens).toBe(7);
    expect(fetch.calls.map((c) => c.headers["x-api-key"])).toEqual(Array(3).fill(options.apiKey));
  });

  it.each([
    [filesUploadOperation, "files.upload needs the multipart codec"],
    [modelsListOperation, "models.list needs the pages codec"],
    [messagesBatchesResultsOperation, "messages.batches.results needs the jsonLines codec"],
    [filesDownloadOperation, "files.download needs the download codec"],
  ])("refuses a row that needs more, at once and by name (%#)", (row, says) => {
    // @ts-expect-error -- the row is not a lean one, which the types already say
    const build = () => leanClientFor([messagesCreateOperation, row], options);
    expect(build).toThrow(ClaudeError);
    expect(build).toThrow(says);
  });

  it("agrees with clientFor on which rows are lean: every other row builds with all codecs", () => {
    const lean = operations.filter((row) => codecNeeded(row) === null);
    expect(lean.map((row) => row.operationId)).toContain("messages.create");
    expect(() => leanClientFor(lean as never, options)).not.toThrow();
    expect(() => clientFor(operations, options)).not.toThrow();
    for (const row of operations.filter((r) => codecNeeded(r) !== null)) expect(() => leanClientFor([row] as never, options)).toThrow(ClaudeError);
  });
});
