/**
 * Outside programs: found by their environment variable or PATH, and when one is missing the
 * run says so in one line and fails, unless CLAUDE_SPEC_SKIP opts out of it. The end-to-end
 * checks run vitest itself on the docs test with a PATH that has node and no Chromium.
 */
import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { locateProgram, optedOut, runtimeNames, summariseSkips } from "../lib/outside-programs.ts";
import { repoRoot } from "../lib/paths.ts";

const scratch = mkdtempSync(join(tmpdir(), "claude-spec-outside-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A folder holding only the given executables (each a symlink or a script). */
function makeBin(name: string, entries: Record<string, string | { script: string }>): string {
  const dir = mkdtempSync(join(scratch, `${name}-`));
  for (const [file, target] of Object.entries(entries)) {
    if (typeof target === "string") symlinkSync(target, join(dir, file));
    else {
      writeFileSync(join(dir, file), target.script);
      chmodSync(join(dir, file), 0o755);
    }
  }
  return dir;
}

describe("locating a program", () => {
  it("takes the environment variable first, then PATH", () => {
    const dir = makeBin("path", { caddy: { script: "#!/bin/sh\nexit 0\n" } });
    expect(locateProgram("caddy", { PATH: dir })).toEqual({ found: true, path: join(dir, "caddy"), from: "PATH" });
    const other = makeBin("env", { "my-caddy": { script: "#!/bin/sh\nexit 0\n" } });
    expect(locateProgram("caddy", { PATH: dir, CADDY_PATH: join(other, "my-caddy") })).toEqual({ found: true, path: join(other, "my-caddy"), from: "CADDY_PATH" });
  });

  it("reports a variable that names no executable instead of looking elsewhere", () => {
    const dir = makeBin("bad", { caddy: { script: "#!/bin/sh\nexit 0\n" } });
    writeFileSync(join(dir, "not-executable"), "");
    expect(locateProgram("caddy", { PATH: dir, CADDY_PATH: join(dir, "not-executable") })).toEqual({
      found: false,
      why: `CADDY_PATH=${join(dir, "not-executable")} is not an executable file`,
    });
  });

  it("finds Chromium under its Debian and Google names, and takes CHROME_PATH too", () => {
    const dir = makeBin("chrome", { "google-chrome": { script: "#!/bin/sh\nexit 0\n" } });
    expect(locateProgram("chromium", { PATH: dir })).toMatchObject({ found: true, path: join(dir, "google-chrome") });
    expect(locateProgram("chromium", { PATH: "", CHROME_PATH: join(dir, "google-chrome") })).toMatchObject({ found: true, from: "CHROME_PATH" });
  });

  it("counts a node on PATH only for its own major version", () => {
    const major = Number(process.versions.node.split(".")[0]);
    const dir = makeBin("node", { node: process.execPath });
    const onPath = (name: "node20" | "node22" | "node24") => {
      const lookup = locateProgram(name, { PATH: dir });
      return lookup.found && lookup.path === join(dir, "node");
    };
    // The runtime matrix, where installed, comes before PATH; a node of another major never counts.
    const names = ["node20", "node22", "node24"] as const;
    for (const name of names) if (name !== `node${major}`) expect(onPath(name), name).toBe(false);
    const own = names.find((name) => name === `node${major}`);
    if (own) expect(locateProgram(own, { PATH: dir }).found).toBe(true);
  });

  it("reads CLAUDE_SPEC_SKIP by name, `runtimes` for the whole matrix, and refuses unknown names", () => {
    expect([...optedOut({ CLAUDE_SPEC_SKIP: "chromium, NGINX" })].sort()).toEqual(["chromium", "nginx"]);
    expect([...optedOut({ CLAUDE_SPEC_SKIP: "runtimes" })].sort()).toEqual([...runtimeNames].sort());
    expect(runtimeNames.sort()).toEqual(["bun", "deno", "node20", "node22", "node24", "workerd"]);
    expect(() => optedOut({ CLAUDE_SPEC_SKIP: "chromium,chrome" })).toThrow(/unknown program "chrome"/);
  });

  it("sums skips up as one line per program, failing unless every skip was opted out", () => {
    const missing = { program: "nginx" as const, optedOut: false, why: "not found (NGINX_PATH, PATH)" };
    const twice = summariseSkips([
      { ...missing, skipped: "the nginx proxy tests (a)" },
      { ...missing, skipped: "the nginx proxy tests (b)" },
    ]);
    expect(twice.failed).toBe(true);
    expect(twice.lines).toHaveLength(1);
    expect(twice.lines[0]).toBe(
      "MISSING nginx: not found (NGINX_PATH, PATH); skipped the nginx proxy tests (a); the nginx proxy tests (b). Install: `apt-get install nginx`, or set NGINX_PATH; or opt out: CLAUDE_SPEC_SKIP=nginx",
    );
    const out = summariseSkips([{ program: "bun", optedOut: true, why: "CLAUDE_SPEC_SKIP names it", skipped: "the Bun smoke test" }]);
    expect(out).toEqual({ failed: false, lines: ["opted out of Bun (CLAUDE_SPEC_SKIP): skipped the Bun smoke test"] });
  });
});

/** vitest (the root config) on one test file, with a PATH that has node and nothing else. */
function vitestWithoutChromium(extraEnv: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const path = makeBin("only-node", { node: process.execPath });
  // A clean environment: nothing of this run (its skip log, its worker variables) leaks in.
  const env: Record<string, string> = { PATH: path, HOME: process.env.HOME ?? scratch, NO_COLOR: "1", ...extraEnv };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, "node_modules/vitest/vitest.mjs"), "run", "scripts/test/docs.test.ts"], { cwd: repoRoot, env });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 110_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe("a run without Chromium", () => {
  it("skips the Chromium tests, says so in one line, and fails", async () => {
    const { code, output } = await vitestWithoutChromium({});
    const lines = output.split("\n").filter((line) => line.includes("Chromium"));
    expect(lines, output).toHaveLength(1);
    expect(lines[0]).toMatch(/^MISSING Chromium: not found \(CHROMIUM_PATH, CHROME_PATH, PATH\); skipped /);
    expect(lines[0]).toContain("the offline docs test (scripts/test/docs.test.ts)");
    expect(lines[0]).toContain("the browser package's Chromium tests (packages/browser/test/chromium/)");
    expect(lines[0]).toContain("Install: `apt-get install chromium`");
    expect(lines[0]).toContain("CLAUDE_SPEC_SKIP=chromium");
    // Every test of the file was skipped, none failed or passed.
    expect(output).toMatch(/Tests\s+(\d+) skipped \(\1\)/);
    expect(output).not.toContain("Unhandled Error");
    expect(code).toBe(1);
  }, 120_000);

  it("passes when CLAUDE_SPEC_SKIP opts out of Chromium, still saying what it skipped", async () => {
    const { code, output } = await vitestWithoutChromium({ CLAUDE_SPEC_SKIP: "chromium" });
    const lines = output.split("\n").filter((line) => line.includes("Chromium"));
    expect(lines, output).toHaveLength(1);
    expect(lines[0]).toMatch(/^opted out of Chromium \(CLAUDE_SPEC_SKIP\): skipped /);
    expect(lines[0]).toContain("the offline docs test (scripts/test/docs.test.ts)");
    expect(code, output).toBe(0);
  }, 120_000);
});
