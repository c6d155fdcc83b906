/**
 * The suite holds a target to the contract, not to our server's habits: against an
 * implementation that is conformant but unlike ours (no ping events, ids of another shape,
 * other text, none of our optional headers), as a third-party server is checked (no
 * --upstream), no case fails; the pass-through facts (a ping in every stream) are not held
 * against it, and still are when our server is the upstream.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runConformance } from "../src/run/runner.ts";
import { startPlantedProxy, type PlantedProxy } from "./helpers/planted-proxy.ts";
import { recordingUpstream, recordSalt } from "./helpers/recording-upstream.ts";

const key = "sk-ant-unlike-ours-0123456789abcdef";
const upstream = recordingUpstream("unlike-ours", key, 100);
let other: PlantedProxy;

beforeAll(async () => {
  other = await startPlantedProxy({ upstream: upstream.server.url, unlikeOurs: true });
});
afterAll(() => other?.close());

describe("an implementation unlike ours", () => {
  it("fails no case that runs against it, and its streams really have no pings", async () => {
    const report = await runConformance({ target: other.url, apiKey: key, fixturesDir: false, concurrency: 4 });
    const failures = report.cases.filter((c) => c.status === "fail").map((c) => `${c.id}: ${c.reason}`);
    expect(failures).toEqual([]);
    const ran = report.cases.filter((c) => c.status === "pass").map((c) => c.id);
    expect(ran).toEqual(expect.arrayContaining(["streaming/ping", "streaming/grammar", "auth/error-should-retry-false", "messages/text-reply", "errors/invalid-body"]));
    const ping = report.cases.find((c) => c.id === "streaming/ping")!;
    expect(ping.checks.find((c) => c.name === "pass-through")).toMatchObject({ status: "skip" });
    expect(report.summary.byTier.required.pass).toBeGreaterThan(20);
  }, 180_000);

  it("the same pass-through fact is held when our server is the upstream: a stream without pings fails there", async () => {
    const report = await runConformance({ target: other.url, apiKey: key, upstream: upstream.server.url, upstreamRecord: upstream.server.recordFile, upstreamRecordSalt: recordSalt, fixturesDir: false, only: ["streaming/ping"] });
    const ping = report.cases[0]!;
    expect(ping.status).toBe("fail");
    expect(ping.checks.find((c) => c.status === "fail")).toMatchObject({ name: "sse.ping", basis: "pass-through" });
  }, 60_000);
});
