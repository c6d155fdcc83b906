/**
 * The web-standard handler under Deno: `Deno.serve(createApp().fetch)` answers a streamed
 * message and a malformed body with the envelope. Run from the package folder:
 *   DENO_NO_UPDATE_CHECK=1 deno run --no-remote --allow-net --allow-read --allow-env --node-modules-dir=manual runtime-tests/deno/smoke.ts
 */
import { createApp } from "../../src/app.ts";

function assert(condition: unknown, message: string): void {
  if (!condition) throw new Error(message);
}

const app = createApp({ apiKeys: ["k"] });
await app.ready;
const server = Deno.serve({ port: 0, hostname: "127.0.0.1", onListen() {} }, (request) => app.fetch(request));
const url = `http://127.0.0.1:${server.addr.port}`;
const headers = { "x-api-key": "k", "anthropic-version": "2023-06-01", "content-type": "application/json" };
try {
  const body = { model: "claude-sonnet-5", max_tokens: 50, stream: true, messages: [{ role: "user", content: "deno" }] };
  const stream = await fetch(`${url}/v1/messages`, { method: "POST", headers, body: JSON.stringify(body) });
  const text = await stream.text();
  assert(stream.status === 200 && text.startsWith("event: message_start") && text.includes("event: message_stop"), "stream");
  const bad = await fetch(`${url}/v1/messages`, { method: "POST", headers, body: "{" });
  const error = await bad.json();
  assert(bad.status === 400 && error.type === "error" && error.request_id === bad.headers.get("request-id"), "envelope");
  console.log("deno smoke: ok");
} finally {
  await server.shutdown();
}
