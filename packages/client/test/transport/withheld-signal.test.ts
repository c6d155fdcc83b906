/**
 * A request sent without its signal (see `withholdBodyLimit` in send.ts) must still end on
 * time and let its connection go: checked on real sockets, with undici's own timers (minutes
 * long) far out of reach, so only the client can end these requests.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { createClient, TimeoutError } from "../../src/index.ts";
import { startServer, type Handler } from "../helpers/loopback-server.ts";

const params = { model: "m", max_tokens: 5, messages: [{ role: "user" as const, content: "hi" }] };
let server: Awaited<ReturnType<typeof startServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A handler, and a promise of the moment its connection closed. */
function watched(handle: (req: IncomingMessage, res: ServerResponse) => void): { handler: Handler; closed: Promise<number> } {
  let closedAt!: (at: number) => void;
  const closed = new Promise<number>((resolve) => (closedAt = resolve));
  return {
    handler: (req, res) => {
      req.socket.once("close", () => closedAt(Date.now()));
      handle(req, res);
    },
    closed,
  };
}

async function withheldClient(handler: Handler, timeout: number) {
  server = await startServer(handler);
  // fetchHeadersTimeout far below the budget: the signal is withheld for every call.
  return createClient({ apiKey: "sk-ant-withheld-test", baseURL: server.url, logLevel: "off", maxRetries: 0, timeout, fetchHeadersTimeout: 1 });
}

const failure = (pending: Promise<unknown>) => pending.then(() => null, (error: unknown) => error as Error);

describe("a call whose fetch was not handed the signal", () => {
  it("fails at its deadline while no headers came, and lets go of the late answer's connection", async () => {
    // Answers only after the client gave up, with a body that never ends. On a loaded machine
    // the deadline can pass before the handler has run: the answer then waits for it.
    let arrived!: (answer: () => void) => void;
    const answerReady = new Promise<() => void>((resolve) => (arrived = resolve));
    const { handler, closed } = watched((_, res) =>
      arrived(() => {
        res.writeHead(200, { "content-type": "application/json" });
        res.write('{"id":');
      }),
    );
    const client = await withheldClient(handler, 200);
    const start = Date.now();
    const error = await failure(client.messages.create(params));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - start).toBeGreaterThanOrEqual(190);
    expect(Date.now() - start).toBeLessThan(2_000);
    const answer = await answerReady;
    const answeredAt = Date.now();
    answer();
    expect((await closed) - answeredAt).toBeLessThan(2_000);
  });

  it.each([
    [200, '{"id":"msg_slow",'],
    [400, '{"type":"error","error":{"type":"invalid_request_error",'],
  ])("fails at its deadline when a %d answer's JSON body stalls, and closes the connection", async (status, start) => {
    const { handler, closed } = watched((_, res) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.write(start);
    });
    const client = await withheldClient(handler, 300);
    const sentAt = Date.now();
    const error = await failure(client.messages.create(params));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - sentAt).toBeGreaterThanOrEqual(290);
    expect((await closed) - sentAt).toBeLessThan(2_300);
  });

  it("fails at its deadline when a stream stalls before any event, and closes the connection", async () => {
    const { handler, closed } = watched((_, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write(": waiting\n\n");
    });
    const client = await withheldClient(handler, 60_000);
    const stream = await client.messages.stream(params, { idleTimeout: 200 });
    const start = Date.now();
    const error = await failure(stream.finalMessage());
    expect(error).toBeInstanceOf(TimeoutError);
    expect((await closed) - start).toBeLessThan(2_200);
  });
});
