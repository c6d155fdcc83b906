/**
 * `pnpm reference-server`: the first line is exactly `listening on http://HOST:PORT`, the
 * default key works, and SIGINT / SIGTERM stop it cleanly (exit code 0).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { defaultApiKey } from "../src/index.ts";

const cli = fileURLToPath(new URL("../src/cli.ts", import.meta.url));
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const children: ChildProcess[] = [];
const dir = await mkdtemp(join(tmpdir(), "reference-server-cli-"));

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  await rm(dir, { recursive: true, force: true });
});

function run(args: string[]): { child: ChildProcess; firstLine: Promise<string>; exit: Promise<number | null> } {
  const child = spawn(process.execPath, ["--import", "tsx", cli, ...args], { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  const lines = createInterface({ input: child.stdout! });
  const firstLine = new Promise<string>((resolve, reject) => {
    lines.once("line", resolve);
    child.once("exit", (code) => reject(new Error(`exited with ${code} before printing`)));
  });
  // Not every caller waits for the line (a refused command line prints none).
  firstLine.catch(() => {});
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, firstLine, exit };
}

describe("cli", () => {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`prints the address first and stops cleanly on ${signal}`, async () => {
      const record = join(dir, `${signal}.jsonl`);
      const { child, firstLine, exit } = run(["--port", "0", "--record", record, "--no-fixtures"]);
      const line = await firstLine;
      expect(line).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+$/);
      const url = line.slice("listening on ".length);
      const res = await fetch(`${url}/v1/models`, { headers: { "x-api-key": defaultApiKey, "anthropic-version": "2023-06-01" } });
      expect(res.status).toBe(200);
      child.kill(signal);
      expect(await exit).toBe(0);
      expect(JSON.parse((await readFile(record, "utf8")).trim())).toMatchObject({ method: "GET", path: "/v1/models", status: 200 });
    });
  }

  it("refuses unknown options with usage and exit code 2", async () => {
    const { exit } = run(["--bogus"]);
    expect(await exit).toBe(2);
  });
});
