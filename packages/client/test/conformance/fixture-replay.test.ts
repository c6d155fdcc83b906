/**
 * Replays every recorded interaction in conformance/fixtures/ through the client with nock:
 * the recorded answer is served for the recorded request, and the client must give the
 * recorded data back (JSON results equal, streams accumulated consistently with their
 * events, JSON Lines parsed line for line) or the typed error for the recorded status.
 */
import { operationsById, type OperationId } from "@claude-spec/generated/operations";
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { APIError, createClient, parseServerSentEvents, type ClaudeClient } from "../../src/index.ts";
import { errorClassFor } from "../../src/errors/error-classes.ts";
import { loadFixtures, pathValues, type Fixture } from "../helpers/fixtures.ts";

const origin = "https://api.anthropic.com";
const apiKey = "sk-ant-replay-test-key";
const fixtures = loadFixtures().filter((f) => f.operationId !== null && f.operationId in operationsById);

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

/** The recorded answer, minus headers that describe the stored body's original encoding. */
function serve(fixture: Fixture, seen: Record<string, string>[]) {
  const { response, request } = fixture;
  const headers = Object.fromEntries(
    Object.entries(response.headers).filter(([name]) => !["content-encoding", "content-length", "transfer-encoding"].includes(name)),
  );
  const body = response.sse ?? response.jsonl ?? (response.body === undefined ? "" : JSON.stringify(response.body));
  nock(origin)
    .intercept(request.path, request.method)
    .query(true)
    .reply(function () {
      seen.push(this.req.headers as Record<string, string>);
      return [response.status, body, headers];
    });
}

function call(client: ClaudeClient, fixture: Fixture): Promise<unknown> {
  const row = operationsById[fixture.operationId as OperationId];
  const args: unknown[] = pathValues(row.path, fixture.request.path) ?? [];
  const betas = fixture.request.headers["anthropic-beta"]?.split(",").map((b) => b.trim());
  const options = betas ? { betas } : undefined;
  let method: (...a: unknown[]) => unknown = row.operationId.split(".").reduce((at: any, part) => at[part], client);
  if (row.requestContentType === "application/json") {
    // `stream` is the facade's choice of method (create or its stream sibling), not a parameter.
    const { stream: _, ...body } = (fixture.request.body ?? {}) as Record<string, unknown>;
    if (fixture.response.sse) method = row.operationId.split(".").slice(0, -1).reduce((at: any, p) => at[p], client).stream;
    args.push(body, options);
  } else if (row.requestContentType === "multipart/form-data") {
    args.push({ file: new File(["recorded upload"], "upload.bin") }, options);
  } else {
    const query = Object.fromEntries(new URLSearchParams(fixture.request.query ?? "").entries());
    delete query.beta;
    args.push(row.method === "get" ? query : undefined, options);
  }
  return Promise.resolve(method(...args));
}

async function check(result: unknown, fixture: Fixture) {
  const { response } = fixture;
  const requestId = response.headers["request-id"] ?? null;
  if (response.sse) {
    const stream = result as AsyncIterable<{ type: string }> & { finalMessage(): Promise<any>; requestId: string | null };
    const events = [];
    for await (const event of stream) events.push(event);
    const recorded = parseServerSentEvents(response.sse).map((e) => JSON.parse(e.data));
    expect(events.map((e) => e.type)).toEqual(recorded.map((e) => e.type));
    const message = await stream.finalMessage();
    const start = recorded.find((e) => e.type === "message_start");
    const lastDelta = recorded.filter((e) => e.type === "message_delta").at(-1);
    expect(message.id).toBe(start.message.id);
    expect(message.stop_reason).toBe(lastDelta.delta.stop_reason);
    expect(message.usage.output_tokens).toBe(lastDelta.usage.output_tokens);
    expect(message.content).toHaveLength(recorded.filter((e) => e.type === "content_block_start").length);
    message.content.forEach((block: any, index: number) => {
      const deltas = recorded.filter((e) => e.type === "content_block_delta" && e.index === index).map((e) => e.delta);
      if (block.type === "text") expect(block.text).toBe(deltas.filter((d) => d.type === "text_delta").map((d) => d.text).join(""));
      if (block.type === "thinking") expect(block.signature).toBe(deltas.filter((d) => d.type === "signature_delta").at(-1)?.signature ?? block.signature);
      if (block.type === "tool_use") {
        const json = deltas.map((d) => d.partial_json ?? "").join("");
        expect(block.input).toEqual(json ? JSON.parse(json) : {});
      }
    });
    expect(stream.requestId).toBe(requestId);
  } else if (response.jsonl !== undefined) {
    const lines = [];
    for await (const line of result as AsyncIterable<unknown>) lines.push(line);
    expect(lines).toEqual(response.jsonl.split(/\r?\n/).filter((l) => l.trim()).map((l) => JSON.parse(l)));
  } else {
    expect(result).toEqual(response.body);
    expect((result as { requestId: string | null }).requestId).toBe(requestId);
  }
}

describe("recorded fixtures replayed through the client", () => {
  it("has fixtures to replay", () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  it.each(fixtures.map((f) => [f.id, f] as const))("%s", async (_, fixture) => {
    const seen: Record<string, string>[] = [];
    serve(fixture, seen);
    const version = fixture.request.headers["anthropic-version"] as "2023-06-01" | "2026-10-21" | undefined;
    const client = createClient({ apiKey, maxRetries: 0, logLevel: "off", ...(version ? { apiVersion: version } : {}) });
    const outcome = await call(client, fixture).then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    if (fixture.response.status >= 400) {
      expect("error" in outcome).toBe(true);
      const error = (outcome as { error: APIError }).error;
      const envelope = fixture.response.body as { error?: { type?: string }; request_id?: string } | undefined;
      expect(error).toBeInstanceOf(errorClassFor(fixture.response.status, envelope?.error?.type ?? null));
      expect(error.status).toBe(fixture.response.status);
      expect(error.type).toBe(envelope?.error?.type ?? null);
      expect(error.requestId).toBe(fixture.response.headers["request-id"] ?? envelope?.request_id ?? null);
      if (fixture.response.headers["retry-after"]) expect(error.retryAfter).toBe(Number(fixture.response.headers["retry-after"]) * 1000);
      expect(error.message).not.toContain(apiKey);
    } else {
      if ("error" in outcome) throw outcome.error;
      await check(outcome.value, fixture);
    }
    expect(seen).toHaveLength(1);
    expect(seen[0]!["anthropic-version"]).toBe(version ?? "2023-06-01");
    expect(seen[0]!["x-api-key"]).toBe(apiKey);
  });
});
