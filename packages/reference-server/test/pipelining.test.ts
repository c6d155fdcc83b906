/**
 * Pipelined requests on one connection get their answers in order, even when a later
 * request is one Node's parser refuses (malformed, headers too large) and is answered by
 * the server's own error envelope: that answer waits for the earlier ones instead of
 * jumping ahead of them (and then closing the connection under them).
 */
import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { testKey, useServer } from "./helpers/server.ts";
import { parseResponses } from "./helpers/hostile.ts";

const auth = `x-api-key: ${testKey}\r\nanthropic-version: 2023-06-01\r\n`;

/** Writes all of `bytes` at once and collects everything until the server closes (bounded). */
function exchange(url: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(Buffer.concat(chunks).toString("latin1"));
    };
    const timer = setTimeout(done, 5000);
    socket.on("data", (c) => chunks.push(c));
    socket.on("close", done);
    socket.on("error", done);
    socket.on("connect", () => socket.write(bytes));
  });
}

/** The status codes of the responses in a raw byte stream, in order. */
function statuses(raw: string): number[] {
  return parseResponses(Buffer.from(raw, "latin1")).map((r) => r.status);
}

describe("pipelined requests", () => {
  const s = useServer({ maxHeaderSize: 8192, bodySizeLimits: { "messages.create": 1024 } });
  const models = `GET /v1/models HTTP/1.1\r\nhost: x\r\n${auth}\r\n`;
  const message = (body: string) => `POST /v1/messages HTTP/1.1\r\nhost: x\r\n${auth}content-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
  const valid = message(JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 64, messages: [{ role: "user", content: "hi" }] }));

  const cases: [string, string[], number[]][] = [
    ["valid, then malformed", [models, "HELLO WORLD\r\n\r\n"], [200, 400]],
    ["valid, then headers too large", [models, `GET /v1/models HTTP/1.1\r\nhost: x\r\n${auth}x-big: ${"a".repeat(10_000)}\r\n\r\n`], [200, 413]],
    ["two valid, then bad framing", [valid, models, `POST /v1/messages HTTP/1.1\r\nhost: x\r\n${auth}transfer-encoding: chunked\r\n\r\nzz\r\n`], [200, 200, 400]],
    ["valid, then over the body limit", [valid, message(JSON.stringify({ pad: "x".repeat(2000) }))], [200, 413]],
    ["valid, invalid JSON, valid", [models, message("{nope"), models.replace("host: x\r\n", "host: x\r\nconnection: close\r\n")], [200, 400, 200]],
  ];

  for (const [name, requests, expected] of cases) {
    it(`answers in order: ${name}`, async () => {
      // Repeated: the race the fix closes is timing-dependent.
      for (let round = 0; round < 5; round++) {
        const raw = await exchange(s.url, requests.join(""));
        expect(statuses(raw), `round ${round}: ${raw.slice(0, 200)}`).toEqual(expected);
      }
    });
  }
});
