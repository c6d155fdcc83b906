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

/** Words a gateway uses when it cannot route a request: a missing provider, route, config or header. */
const routingWords = /\b(provider|route|routing|router|config|configuration|deployment|upstream|backend|virtual key|header)\b/i;

/**
 * The empty body is refused by the API with its own error envelope (400 invalid_request_error).
 * Refused any other way, below the model, by words about routing (or by a 4xx that is not the
 * Claude envelope at all), the gateway never got as far as the API: our routing is wrong,
 * the target is not broken.
 */
function refusedRouting(status: number, envelope: boolean, said: string): boolean {
  if (status < 400 || status >= 500 || status === 413 || status === 429) return false;
  // The empty body refused in another shape (a reshaped envelope): the request got through.
  if (/\b(field|fields|model|messages|max_tokens|body|json|anthropic-version)\b/i.test(said)) return false;
  if (routingWords.test(said)) return true;
  return !envelope && status !== 404 && status !== 405;
}

/** Returns the round trip in ms, which sizes how long large bodies wait for an early refusal. */
export async function preflight(ctx: RunContext): Promise<number> {
  const base = targetBase(ctx);
  let request: OutgoingRequest = {
    method: "POST",
    url: new URL(`${base}/v1/messages`),
    headers: { ...ctx.extraHeaders, "x-api-key": ctx.apiKey, "anthropic-version": defaultVersion, "content-type": "application/json", accept: "application/json" },
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
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const error = (parsed as { error?: { type?: string; message?: string } } | undefined)?.error;
  const envelope = (parsed as { type?: unknown } | undefined)?.type === "error" && typeof error?.type === "string";
  const said = envelope ? `${error!.type}: ${error!.message}` : text.replace(/\s+/g, " ").slice(0, 160);
  const sentHeaders = Object.keys(ctx.extraHeaders ?? {});
  const withHeaders = sentHeaders.length ? ` (sent with --header ${sentHeaders.join(", ")})` : "";
  if (res.status === 401 || res.status === 403) throw new SetupError(`the target refused the API key (${res.status} ${said}); check --api-key (a gateway with its own user keys: its key, and --gateway-auth)${withHeaders}`);
  if (refusedRouting(res.status, envelope, said)) {
    throw new SetupError(
      `the target refused our routing, not the request (${res.status} ${said})${withHeaders}: a gateway that routes on its own headers, a path prefix or a provider name needs them; pass --header 'Name: value' (or a --config file) and put any prefix in --target`,
    );
  }
  if (res.status === 404 || res.status === 405) throw new SetupError(`POST /v1/messages is not served at ${base} (${res.status} ${said}); is the base URL right?`);
  if (!type.includes("json")) throw new SetupError(`the target answers ${type || "without a content type"} (${res.status}: ${text.slice(0, 80)}) where the Claude API answers JSON`);
  return res.headersAtMs;
}
