/**
 * `pnpm lint:spec` runs Redocly without its Node 20 end-of-life box, and without losing
 * anything else: lint results, errors and the exit code come through as they are.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { createBannerFilter, withoutNode20Banner } from "../lib/redocly-banner.ts";
import { redoclyBin, repoRoot } from "../lib/paths.ts";

const exec = promisify(execFile);
const env = { ...process.env, NO_COLOR: "1" };

async function run(command: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(command, args, { cwd: repoRoot, env, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

const wrapper = (args: string[]) => run(process.execPath, ["--import", "tsx", "scripts/redocly.ts", ...args]);
const onNode20 = process.versions.node.startsWith("20.");

describe("Redocly without the Node 20 box", () => {
  it.runIf(onNode20)("the box is there without the wrapper (so the check below means something)", async () => {
    const raw = await run(redoclyBin, ["lint", "--config", "spec/redocly.yaml"]);
    expect(raw.stderr).toContain("Node.js 20 support is ending");
  }, 60_000);

  it("lint:spec prints the lint result and no box", async () => {
    const result = await wrapper(["lint", "--config", "spec/redocly.yaml"]);
    expect(result.code, result.stderr).toBe(0);
    const output = result.stdout + result.stderr;
    expect(output).toContain("validating spec/openapi.yaml");
    expect(output).toMatch(/Your API descriptions? (is|are) valid/);
    expect(output).not.toContain("Node.js 20");
    expect(output).not.toContain("╔");
  }, 60_000);

  it("errors and the exit code come through", async () => {
    const result = await wrapper(["lint", "no-such-spec.yaml"]);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toContain("no-such-spec.yaml does not exist");
    expect(result.stderr).not.toContain("Node.js 20");
  }, 60_000);

  it("leaves any other box, and a box cut off at the end, alone", () => {
    const other = "  ╔══╗\n  ║ A new version is out ║\n  ╚══╝\n";
    expect(withoutNode20Banner(`before\n${other}after\n`)).toBe(`before\n${other}after\n`);
    const filter = createBannerFilter();
    expect(filter.line("  ╔══╗\n") + filter.line("  ║ Node.js 20 support is ending\n")).toBe("");
    expect(filter.end()).toBe("  ╔══╗\n  ║ Node.js 20 support is ending\n");
  });
});
