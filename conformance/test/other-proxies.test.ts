/**
 * The Caddy and HAProxy recipes pass every case with the reference server behind them.
 * CI installs only nginx, so these run where caddy or haproxy is installed and are
 * skipped elsewhere.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runConformance } from "../src/run/runner.ts";
import { startEmbeddedServer, type EmbeddedServer } from "../src/target/embedded-server.ts";
import { caddyBinary, haproxyBinary, startCaddyRecipe, startHaproxyRecipe } from "./helpers/caddy-haproxy.ts";
import { acquireHeavyLock } from "./helpers/heavy-lock.ts";
import type { RunningProxy } from "./helpers/proxy-process.ts";

const key = "sk-ant-other-proxies-key-0123456789";

describe.skipIf(!caddyBinary && !haproxyBinary)("other proxies' recipes", () => {
  let dir = "";
  let server: EmbeddedServer;
  let release: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    release = await acquireHeavyLock();
    dir = await mkdtemp(join(tmpdir(), "conformance-proxies-"));
    server = await startEmbeddedServer({ apiKey: key, recordFile: join(dir, "received.jsonl"), batchMs: 200 });
  }, 660_000);

  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
    await release?.();
  });

  async function everyCasePasses(start: (upstreamPort: number) => Promise<RunningProxy>) {
    const proxy = await start(Number(new URL(server.url).port));
    try {
      const report = await runConformance({ target: proxy.url, apiKey: key, upstream: server.url, upstreamRecord: server.recordFile, fixturesDir: false });
      expect(report.cases.filter((c) => c.status !== "pass").map((c) => `${c.id}: ${c.status} ${c.reason ?? ""}`)).toEqual([]);
    } finally {
      await proxy.stop();
    }
  }

  it.skipIf(!caddyBinary)("recipes/Caddyfile: every case passes", () => everyCasePasses(startCaddyRecipe), 300_000);
  it.skipIf(!haproxyBinary)("recipes/haproxy.cfg: every case passes", () => everyCasePasses(startHaproxyRecipe), 300_000);
});
