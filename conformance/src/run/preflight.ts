/**
 * Before any case: one cheap request that tells a wrong setup from a broken target. An
 * empty Messages body is refused before any model runs (so it costs nothing), and the way
 * it is refused says whether the target is reachable, takes the key, and speaks JSON.
 */
import { jsonBody } from "../http/body-source.ts";
import { send } from "../http/exchange.ts";
import { defaultVersion } from "./build-request.ts";
import { targetBase, type RunContext } from "./run-context.ts";
import { SetupError } from "./setup-error.ts";
import { toPlatformRequest } from "../platforms/platform-request.ts";
import type { OutgoingRequest } from "../http/exchange.ts";

function titleOf(html: string): string {
  const title = /<title[^>]*>([^<]{0,120})<\/title>/i.exec(html)?.[1]?.trim();
  const h1 = /<h1[^>]*>([^<]{0,120})<\/h1>/i.exec(html)?.[1]?.trim();
  return title || h1 || html.replace(/\s+/g, " ").trim().slice(0, 80);
}

/** Returns the round trip in ms, which sizes how long large bodies wait for an early refusal. */
export async function preflight(ctx: RunContext): Promise<number> {
  const base = targetBase(ctx);
  let request: OutgoingRequest = {
    method: "POST",
    url: new URL(`${base}/v1/messages`),
    headers: { "x-api-key": ctx.apiKey, "anthropic-version": defaultVersion, "content-type": "application/json", accept: "application/json" },
    body: jsonBody({}),
    timeoutMs: Math.min(ctx.timeoutMs, 15_000),
  };
  // Under --platform the same empty Messages call goes out on the platform's wire.
  if (ctx.platform) request = await toPlatformRequest(request, "messages.create", ctx.platform, base);
  const exchange = await send(request);
  if (!exchange.response) throw new SetupError(`cannot reach the target ${base}: ${exchange.error?.message ?? "no answer"}`);
  const res = exchange.response;
  const type = (res.headers["content-type"] ?? "").toLowerCase();
  const text = res.body.toString("utf8");
  if (type.includes("text/html") || /^\s*<(!doctype|html)/i.test(text)) {
    throw new SetupError(`the target answers HTML (${res.status}: ${titleOf(text)}) where the Claude API answers JSON; is ${base} the API's base URL, the part before /v1?`);
  }
  let error: { type?: string; message?: string } | undefined;
  try {
    error = (JSON.parse(text) as { error?: { type?: string; message?: string } }).error;
  } catch {
    error = undefined;
  }
  const said = error ? `${error.type}: ${error.message}` : text.slice(0, 120);
  if (res.status === 401 || res.status === 403) throw new SetupError(`the target refused the API key (${res.status} ${said}); check --api-key`);
  if (res.status === 404 || res.status === 405) throw new SetupError(`POST /v1/messages is not served at ${base} (${res.status} ${said}); is the base URL right?`);
  if (!type.includes("json")) throw new SetupError(`the target answers ${type || "without a content type"} (${res.status}: ${text.slice(0, 80)}) where the Claude API answers JSON`);
  return res.headersAtMs;
}
