/**
 * `--platform bedrock|vertex|foundry` against the reference server's platform wires: every
 * case that makes sense on the platform runs there and passes, every other is skipped with
 * its reason; the suite really speaks the platform (SigV4-signed Bedrock requests, its event
 * stream read back as events, its error shapes) and notices when the platform's stream is
 * broken. Behind nginx (the shipped recipe) the fault and forwarded-unchanged cases work on
 * a platform wire as on the first-party one.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunReport } from "../src/report/result-types.ts";
import { runConformance } from "../src/run/runner.ts";
import { parseCliArgs, UsageError } from "../src/cli-args.ts";
import { acquireHeavyLock } from "./helpers/heavy-lock.ts";
import { runCli } from "./helpers/cli-process.ts";
import { needProgram } from "../../scripts/lib/outside-programs.ts";
import { freePort, startNginx } from "./helpers/nginx.ts";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";

let release: (() => Promise<void>) | undefined;
beforeAll(async () => {
  release = await acquireHeavyLock();
}, 660_000);
afterAll(async () => {
  await release?.();
});

const byId = (report: RunReport, id: string) => report.cases.find((c) => c.id === id)!;
const notPassing = (report: RunReport) => report.cases.filter((c) => c.status === "fail").map((c) => `${c.id}: ${c.reason ?? ""}`);

describe("--platform on the command line", () => {
  it("takes bedrock, vertex or foundry and never turns ANTHROPIC_API_KEY into platform credentials", () => {
    expect(parseCliArgs(["--platform", "vertex"]).run.platform).toBe("vertex");
    expect(() => parseCliArgs(["--platform", "azure"])).toThrow(UsageError);
    const run = parseCliArgs(["--platform", "bedrock", "--target", "http://127.0.0.1:1"], { ANTHROPIC_API_KEY: "sk-ant-first-party" }).run;
    expect(run.apiKey).toBeUndefined();
  });
});

describe.each(["bedrock", "vertex", "foundry"] as const)("--platform %s against the reference server", (platform) => {
  let report: RunReport;
  beforeAll(async () => {
    // Bedrock with the recorded fixtures too: replays through InvokeModel and the event stream.
    report = await runConformance({ platform, fixturesDir: platform === "bedrock" ? undefined : false, skip: ["body-size/*-over-limit*", "files/*", "skills/*"] });
  }, 300_000);

  it("passes every case that runs, and the core of the contract runs", () => {
    expect(notPassing(report)).toEqual([]);
    expect(report.summary.ok).toBe(true);
    for (const id of [
      "messages/text-reply",
      "messages/tool-use",
      "streaming/grammar",
      "streaming/mid-stream-error",
      "streaming/incremental",
      "count-tokens/matches-messages",
      "errors/429-rate-limit-error",
      "errors/unknown-model",
      "request-headers/beta-list-forwarded",
      "request-headers/body-unchanged",
      "versions/2026-rejects-temperature",
    ]) {
      expect(byId(report, id).status, id).toBe("pass");
    }
  });

  it("skips, with the reason, what the platform does not serve or does differently", () => {
    const skipped = report.cases.filter((c) => c.status === "skip" && !c.reason?.startsWith("excluded"));
    for (const c of skipped) expect(c.reason, c.id).toMatch(new RegExp(`^--platform ${platform}: \\S`));
    expect(byId(report, "batches/lifecycle").reason).toMatch(/does not serve messages\.batches\.\w+ \(x-platform\.unserved\)/);
    expect(byId(report, "models/list").reason).toMatch(/does not serve models\.list/);
    expect(byId(report, "auth/wrong-key").reason).toMatch(/gateway in its own terms/);
    expect(byId(report, "response-headers/rate-limits").reason).toMatch(/does not declare/);
    if (platform === "bedrock") expect(byId(report, "streaming/ping").reason).toMatch(/Bedrock sends no ping/);
    else expect(byId(report, "streaming/ping").status).toBe("pass");
  });

  it("spoke the platform's wire: its errors, its stream framing", () => {
    const limited = byId(report, "errors/429-rate-limit-error").checks;
    const stream = byId(report, "streaming/mid-stream-error").checks;
    if (platform === "bedrock") {
      expect(limited.find((c) => c.name === "error-type")?.fact).toBe("rate_limit_error is Bedrock's ThrottlingException");
      expect(stream.find((c) => c.name === "content-type")?.fact).toBe("the answer is application/vnd.amazon.eventstream");
      expect(stream.find((c) => c.name === "sse.error-event")?.status ?? stream.find((c) => c.name.startsWith("sse.error"))?.status).toBe("pass");
      expect(byId(report, "count-tokens/basic").status).toBe("pass");
      expect(report.cases.filter((c) => c.id.startsWith("fixtures/") && c.status === "pass").length).toBeGreaterThan(100);
    }
    if (platform === "vertex") expect(limited.find((c) => c.name === "error-type")?.fact).toBe("rate_limit_error is Google's RESOURCE_EXHAUSTED");
    if (platform === "foundry") expect(limited.find((c) => c.name === "envelope")?.status).toBe("pass");
  });
});

describe("--platform bedrock notices a broken event stream", () => {
  it("fails a stream whose frame CRC is corrupt, and one cut after a few events", async () => {
    const report = await runConformance({
      platform: "bedrock",
      fixturesDir: false,
      only: ["streaming/grammar", "streaming/usage"],
      faultOverrides: { "streaming/grammar": { fault: { corrupt_frame_after_events: 2 } }, "streaming/usage": { fault: { truncate_after_events: 3 } } },
    });
    const grammar = byId(report, "streaming/grammar");
    expect(grammar.status).toBe("fail");
    expect(grammar.checks.find((c) => c.name === "transport")?.message).toMatch(/checksum/i);
    expect(byId(report, "streaming/usage").status).toBe("fail");
  }, 120_000);
});

const recipePath = fileURLToPath(new URL("../recipes/nginx.conf", import.meta.url));
const recipe = (text: string, upstreamPort: number) => (port: number) =>
  text.replace(/^(\s*)listen\s+8080;/m, `$1listen 127.0.0.1:${port};`).replaceAll("127.0.0.1:8787", `127.0.0.1:${upstreamPort}`);

const nginxBinary = needProgram("nginx", "the --platform vertex behind nginx test (conformance/test/platforms.test.ts)");

describe.skipIf(!nginxBinary)("--platform vertex behind nginx (conformance/recipes/nginx.conf)", () => {
  it("runs the fault and forwarded-unchanged cases through the proxy and passes them", async () => {
    const dir = await mkdtemp(join(tmpdir(), "conformance-platform-nginx-"));
    const upstreamPort = await freePort();
    const nginx = await startNginx(recipe(await readFile(recipePath, "utf8"), upstreamPort));
    try {
      const reportPath = join(dir, "report.json");
      const run = await runCli(
        ["--platform", "vertex", "--target", `${nginx.url}/vertex`, "--upstream", `http://127.0.0.1:${upstreamPort}`, "--no-fixtures", "--skip", "body-size/*,files/*,skills/*", "--report", `json=${reportPath}`],
        {},
        280_000,
      );
      const report = JSON.parse(await readFile(reportPath, "utf8")) as RunReport;
      expect(notPassing(report)).toEqual([]);
      expect(run.code, run.stderr).toBe(0);
      for (const id of ["errors/529-overloaded-error", "streaming/mid-stream-error", "streaming/incremental", "request-headers/beta-list-forwarded", "request-headers/body-unchanged", "versions/forwarded-2026-10-21"]) {
        expect(byId(report, id).status, id).toBe("pass");
      }
      const forwarded = byId(report, "request-headers/body-unchanged").checks.filter((c) => c.name.startsWith("forwarded"));
      expect(forwarded.length).toBeGreaterThan(0);
      expect(forwarded.every((c) => c.status === "pass")).toBe(true);
    } finally {
      await nginx.stop();
      await rm(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
