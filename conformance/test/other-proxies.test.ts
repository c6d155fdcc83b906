/**
 * The Caddy and HAProxy recipes pass every case with the reference server behind them.
 * Each runs where its proxy is found (CADDY_PATH / HAPROXY_PATH or PATH); a missing one is
 * skipped and reported at the end of the run (scripts/lib/outside-programs.ts).
 */
import { describe, expect, it } from "vitest";
import { runConformance } from "../src/run/runner.ts";
import { needProgram } from "../../scripts/lib/outside-programs.ts";
import { startCaddyRecipe, startHaproxyRecipe } from "./helpers/caddy-haproxy.ts";
import { recordingUpstream } from "./helpers/recording-upstream.ts";
import type { RunningProxy } from "./helpers/proxy-process.ts";

const key = "sk-ant-other-proxies-key-0123456789";
const caddyBinary = needProgram("caddy", "the Caddy recipe test (conformance/test/other-proxies.test.ts)");
const haproxyBinary = needProgram("haproxy", "the HAProxy recipe test (conformance/test/other-proxies.test.ts)");

describe.skipIf(!caddyBinary && !haproxyBinary)("other proxies' recipes", () => {
  const upstream = recordingUpstream("proxies", key, 200);

  async function everyCasePasses(start: (upstreamPort: number) => Promise<RunningProxy>) {
    const proxy = await start(Number(new URL(upstream.server.url).port));
    try {
      const report = await runConformance({ target: proxy.url, apiKey: key, upstream: upstream.server.url, upstreamRecord: upstream.server.recordFile, fixturesDir: false });
      expect(report.cases.filter((c) => c.status !== "pass").map((c) => `${c.id}: ${c.status} ${c.reason ?? ""}`)).toEqual([]);
    } finally {
      await proxy.stop();
    }
  }

  it.skipIf(!caddyBinary)("recipes/Caddyfile: every case passes", () => everyCasePasses(startCaddyRecipe), 300_000);
  it.skipIf(!haproxyBinary)("recipes/haproxy.cfg: every case passes", () => everyCasePasses(startHaproxyRecipe), 300_000);
});
