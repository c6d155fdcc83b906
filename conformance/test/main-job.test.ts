/**
 * The README's main job, `pnpm conformance`, as users run it: the embedded reference
 * server, every case including the size limits, every report format. Every case passes,
 * with the runner under 200 MB while it sends the 500 MB upload, and the key appears
 * nowhere. How long it took is printed, not asserted: timings on a shared machine swing.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunReport } from "../src/report/result-types.ts";
import { runCli, type CliRun } from "./helpers/cli-process.ts";
import { acquireHeavyLock } from "./helpers/heavy-lock.ts";

const secret = "sk-ant-conformance-main-job-secret-0123456789";
let dir = "";
let run: CliRun;
let report: RunReport;
let release: (() => Promise<void>) | undefined;

beforeAll(async () => {
  release = await acquireHeavyLock();
  dir = await mkdtemp(join(tmpdir(), "conformance-main-job-"));
  const reports = ["json", "junit", "md", "html"].map((f) => `${f}=${join(dir, `report.${f}`)}`).join(",");
  // Bounded well above the run itself: on a loaded shared machine the full corpus can take minutes.
  run = await runCli(["--api-key", secret, "--report", reports], {}, 600_000);
  report = JSON.parse(await readFile(join(dir, "report.json"), "utf8")) as RunReport;
}, 660_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await release?.();
});

describe("pnpm conformance against the embedded reference server", () => {
  it("passes every case and exits 0", () => {
    const notPassing = report.cases.filter((c) => c.status !== "pass").map((c) => `${c.id}: ${c.status} ${c.reason ?? ""}`);
    expect(notPassing).toEqual([]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("PASS: all ");
    expect(report.summary.ok).toBe(true);
    expect(report.cases.some((c) => c.id.startsWith("fixtures/"))).toBe(true);
  });

  it("reports its duration and request count", () => {
    expect(report.summary.durationMs).toBeGreaterThan(0);
    expect(report.summary.requests).toBeGreaterThan(report.cases.length);
    console.log(
      `main job: ${report.cases.length} cases, ${report.summary.requests} requests, ${(report.summary.durationMs / 1000).toFixed(1)} s in the runner, ${(run.wallMs / 1000).toFixed(1)} s wall`,
    );
  });

  it("stays under 200 MB RSS while sending the 500 MB upload", () => {
    const upload = report.cases.find((c) => c.id === "body-size/files-under-limit")!;
    expect(upload.status).toBe("pass");
    expect(upload.peakRssBytes).toBeGreaterThan(0);
    expect(upload.peakRssBytes!).toBeLessThan(200 * 1024 * 1024);
  });

  it("writes every report format, and the key is in none of them", async () => {
    for (const format of ["json", "junit", "md", "html"]) {
      const text = await readFile(join(dir, `report.${format}`), "utf8");
      expect(text.length, format).toBeGreaterThan(500);
      expect(text, format).not.toContain(secret);
    }
    expect(run.stdout + run.stderr).not.toContain(secret);
    expect(await readFile(join(dir, "report.junit"), "utf8")).toMatch(/<testsuites [^>]*failures="0"/);
  });
});
