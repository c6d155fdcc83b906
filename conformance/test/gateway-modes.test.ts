/**
 * Gateways that are not plain proxies: one that routes on its own header (the suite sends
 * it with --header, and without it the pre-run check says our routing was refused rather
 * than calling the target broken), and one that authenticates its own users and sends its
 * own key upstream (--gateway-auth).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runConformance, type RunOptions } from "../src/run/runner.ts";
import { startPlantedProxy, type PlantedProxy } from "./helpers/planted-proxy.ts";
import { recordingUpstream } from "./helpers/recording-upstream.ts";

const upstreamKey = "sk-ant-gateway-modes-upstream-0123456789";
const clientKey = "sk-ant-gateway-modes-client-9876543210";
const upstream = recordingUpstream("gateway-modes", upstreamKey, 100);
let routing: PlantedProxy;
let ownKeys: PlantedProxy;

beforeAll(async () => {
  routing = await startPlantedProxy({ upstream: upstream.server.url, routingHeader: ["x-gateway-provider", "anthropic"] });
  ownKeys = await startPlantedProxy({ upstream: upstream.server.url, gatewayKeys: { client: clientKey, upstream: upstreamKey } });
});
afterAll(async () => {
  await routing?.close();
  await ownKeys?.close();
});

function run(target: string, apiKey: string, extra: Partial<RunOptions>) {
  return runConformance({ target, apiKey, upstream: upstream.server.url, upstreamRecord: upstream.server.recordFile, fixturesDir: false, ...extra });
}

describe("a gateway that routes on its own header", () => {
  it("without the header, the pre-run check says the target refused our routing", async () => {
    await expect(run(routing.url, upstreamKey, { only: ["messages/text-reply"] })).rejects.toThrow(/refused our routing.*x-gateway-provider header.*--header/);
  });
  it("with --header, the cases run and pass", async () => {
    const report = await run(routing.url, upstreamKey, { only: ["messages/text-reply", "streaming/grammar", "versions/forwarded-2026-10-21"], headers: { "x-gateway-provider": "anthropic" } });
    expect(report.cases.map((c) => `${c.id}: ${c.status} ${c.reason ?? ""}`.trim())).toEqual(["messages/text-reply: pass", "streaming/grammar: pass", "versions/forwarded-2026-10-21: pass"]);
  }, 60_000);
});
