/**
 * Gateways that are not plain proxies: one that routes on its own header (the suite sends
 * it with --header, and without it the pre-run check says our routing was refused rather
 * than calling the target broken), and one that authenticates its own users and sends its
 * own key upstream (--gateway-auth).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runConformance, type RunOptions } from "../src/run/runner.ts";
import { startPlantedProxy, type PlantedProxy } from "./helpers/planted-proxy.ts";
import { recordingUpstream, recordSalt } from "./helpers/recording-upstream.ts";

const upstreamKey = "sk-ant-gateway-modes-upstream-0123456789";
const clientKey = "sk-ant-gateway-modes-client-9876543210";
const upstream = recordingUpstream("gateway-modes", upstreamKey, 100);
let routing: PlantedProxy;
let ownKeys: PlantedProxy;
let plain: PlantedProxy;

beforeAll(async () => {
  routing = await startPlantedProxy({ upstream: upstream.server.url, routingHeader: ["x-gateway-provider", "anthropic"] });
  ownKeys = await startPlantedProxy({ upstream: upstream.server.url, gatewayKeys: { client: clientKey, upstream: upstreamKey } });
  plain = await startPlantedProxy({ upstream: upstream.server.url });
});
afterAll(async () => {
  await routing?.close();
  await ownKeys?.close();
  await plain?.close();
});

function run(target: string, apiKey: string, extra: Partial<RunOptions>) {
  return runConformance({ target, apiKey, upstream: upstream.server.url, upstreamRecord: upstream.server.recordFile, upstreamRecordSalt: recordSalt, fixturesDir: false, ...extra });
}

describe("a gateway that routes on its own header", () => {
  it("without the header, the pre-run check says the target refused our routing", async () => {
    await expect(run(routing.url, upstreamKey, { only: ["messages/text-reply"] })).rejects.toThrow(/refused our routing.*x-gateway-provider header.*--header/);
  });
  it("with --header, the cases run and pass", async () => {
    const report = await run(routing.url, upstreamKey, { only: ["messages/text-reply", "streaming/grammar", "versions/forwarded-2026-10-21"], headers: { "x-gateway-provider": "anthropic" } });
    expect(report.cases.map((c) => `${c.id}: ${c.status} ${c.reason ?? ""}`.trim())).toEqual(["messages/text-reply: pass", "streaming/grammar: pass", "versions/forwarded-2026-10-21: pass"]);
  }, 60_000);
  it("a routing header that carries a secret is scrubbed from the report of a failure, curl included", async () => {
    const secretHeader = "gw-route-secret-7f3a9c1e5b";
    const leaky = await startPlantedProxy({ upstream: upstream.server.url, routingHeader: ["x-gateway-key", secretHeader], defect: "inject-beta" });
    try {
      const report = await run(leaky.url, upstreamKey, { only: ["request-headers/nothing-injected"], headers: { "x-gateway-key": secretHeader } });
      expect(report.cases[0]).toMatchObject({ status: "fail" });
      expect(report.cases[0]!.exchanges.length).toBeGreaterThan(0);
      const text = JSON.stringify(report);
      expect(text).toContain("x-gateway-key");
      expect(text).not.toContain(secretHeader);
    } finally {
      await leaky.close();
    }
  }, 60_000);
});

const authCases = ["auth/*"];
const failing = (report: Awaited<ReturnType<typeof run>>) => report.cases.filter((c) => c.status === "fail").map((c) => `${c.id}: ${c.checks.filter((k) => k.status === "fail").map((k) => k.message ?? k.name).join("; ")}`);

describe("a gateway that authenticates its own users and sends its own key upstream", () => {
  it("passes every auth case with --gateway-auth: a wrong client key gets its 401 envelope, the client's key never goes upstream", async () => {
    const report = await run(ownKeys.url, clientKey, { only: authCases, gatewayAuth: true });
    expect(failing(report)).toEqual([]);
    const forwarded = report.cases.find((c) => c.id === "auth/credential-forwarded")!;
    expect(forwarded.checks.find((c) => c.name === "forwarded.credential")).toMatchObject({ status: "pass", fact: expect.stringMatching(/never passes the client's key upstream/) });
  }, 60_000);
  it("without --gateway-auth the replaced key is named, with the option that accepts it", async () => {
    // The upstream accepts the gateway's key (it was started with it), so only the record shows the swap.
    const report = await run(ownKeys.url, clientKey, { only: ["auth/credential-forwarded", "auth/bearer-forwarded"] });
    expect(failing(report)).toEqual([
      expect.stringMatching(/^auth\/bearer-forwarded: credential replaced by the gateway's own/),
      expect.stringMatching(/^auth\/credential-forwarded: credential replaced by the gateway's own.*--gateway-auth/),
    ]);
  }, 60_000);
  it("a pass-through proxy run with --gateway-auth is caught passing the client's key upstream", async () => {
    const report = await run(plain.url, upstreamKey, { only: ["auth/credential-forwarded"], gatewayAuth: true });
    expect(failing(report)).toEqual([expect.stringMatching(/the client's key reached the upstream/)]);
  }, 60_000);
});
