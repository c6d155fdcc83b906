/**
 * Proxies, for real: nginx in front of the reference server, twice. Left at nginx's
 * defaults, the suite names what breaks (a text/html 413 at 1 MB, buffered streams, a
 * batch results_url that points past the proxy); with conformance/recipes/nginx.conf every
 * case passes, run the way a user would: the CLI with --upstream starting the recording
 * reference server behind nginx.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderReport } from "../src/report/write-reports.ts";
import type { RunReport } from "../src/report/result-types.ts";
import { runConformance } from "../src/run/runner.ts";
import { recordingUpstream } from "./helpers/recording-upstream.ts";
import { runCli } from "./helpers/cli-process.ts";
import { needProgram } from "../../scripts/lib/outside-programs.ts";
import { freePort, startNginx, type RunningNginx } from "./helpers/nginx.ts";

const recipePath = fileURLToPath(new URL("../recipes/nginx.conf", import.meta.url));
const key = "sk-ant-nginx-test-key-0123456789abcdef";

/** The configuration most guides show: a location and a proxy_pass, everything else nginx's default. */
const typicalDefault = (upstreamPort: number) => (port: number) => `
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://127.0.0.1:${upstreamPort};
    }
  }`;

/** The shipped recipe with its marked lines pointed at this test's ports. */
const recipe = (text: string, upstreamPort: number) => (port: number) =>
  text.replace(/^(\s*)listen\s+8080;/m, `$1listen 127.0.0.1:${port};`).replaceAll("127.0.0.1:8787", `127.0.0.1:${upstreamPort}`);

// Skipped where nginx is missing, and reported at the end of the run (.ci/run installs it).
const nginxBinary = needProgram("nginx", "the nginx proxy tests (conformance/test/nginx.test.ts)");
describe.skipIf(!nginxBinary)("nginx in front of the reference server", () => {
  const upstream = recordingUpstream("nginx", key, 200);

  async function through(config: (port: number) => string): Promise<{ report: RunReport; nginx: RunningNginx }> {
    const nginx = await startNginx(config);
    try {
      const report = await runConformance({ target: nginx.url, apiKey: key, upstream: upstream.server.url, upstreamRecord: upstream.server.recordFile, fixturesDir: false });
      return { report, nginx };
    } finally {
      await nginx.stop();
    }
  }

  it("left at nginx's defaults: the suite reports the 1 MB text/html 413, buffered streams and a results_url past the proxy", async () => {
    const { report } = await through(typicalDefault(Number(new URL(upstream.server.url).port)));
    const failed = new Map(report.cases.filter((c) => c.status === "fail").map((c) => [c.id, c]));
    expect(report.summary.ok).toBe(false);
    expect([...failed.values()].filter((c) => c.tier === "required").map((c) => c.id).sort()).toEqual([
      "body-size/messages-10mb",
      "body-size/messages-2mb",
      "body-size/messages-over-limit",
      "body-size/messages-under-limit",
      "streaming/incremental",
    ]);

    const twoMb = failed.get("body-size/messages-2mb")!;
    const status = twoMb.checks.find((c) => c.name === "status")!;
    expect(status.expected).toBe("200");
    expect(status.received).toMatch(/^413 text\/html "<html>/);
    expect(twoMb.checks.find((c) => c.name === "envelope")?.message).toMatch(/HTML page/);
    expect(twoMb.exchanges[0]!.curl).toMatch(/head -c \d+ \/dev\/zero/);
    expect(twoMb.exchanges[0]!.response?.headers.server).toMatch(/^nginx/);

    expect(failed.get("body-size/messages-over-limit")!.checks.find((c) => c.name === "envelope")?.message).toMatch(/HTML page/);
    expect(failed.get("streaming/incremental")!.checks.find((c) => c.name === "sse.incremental")?.message).toMatch(/buffers the stream/);
    expect(failed.get("batches/results-url-reachable")!.checks.find((c) => c.name === "body/results_url")?.received).toContain(upstream.server.url);

    // Everything nginx leaves alone still passes: headers forwarded unchanged, errors, SSE framing.
    for (const id of ["request-headers/beta-list-forwarded", "request-headers/nothing-injected", "versions/forwarded-2026-10-21", "errors/529-overloaded-error", "streaming/grammar"]) {
      expect(report.cases.find((c) => c.id === id)?.status, id).toBe("pass");
    }
    for (const format of ["json", "junit", "md", "html"] as const) expect(renderReport(report, format)).not.toContain(key);
  }, 300_000);

  it("with conformance/recipes/nginx.conf: every case passes (the CLI starting the recording upstream itself)", async () => {
    const text = await readFile(recipePath, "utf8");
    const upstreamPort = await freePort();
    const nginx = await startNginx(recipe(text, upstreamPort));
    try {
      const reportPath = join(upstream.dir, "recipe.json");
      const run = await runCli(["--target", nginx.url, "--upstream", `http://127.0.0.1:${upstreamPort}`, "--api-key", key, "--no-fixtures", "--report", `json=${reportPath}`], {}, 280_000);
      const report = JSON.parse(await readFile(reportPath, "utf8")) as RunReport;
      expect(report.cases.filter((c) => c.status !== "pass").map((c) => `${c.id}: ${c.status} ${c.reason ?? ""}`)).toEqual([]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout + run.stderr).not.toContain(key);
    } finally {
      await nginx.stop();
    }
  }, 300_000);
});
