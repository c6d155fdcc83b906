/**
 * `pnpm pack` of one workspace package (its `prepack` builds it), one at a time per package:
 * two test files that pack the same package at once would have one build clean `dist/` while
 * the other packs it. A lock directory beside package.json serialises them across processes.
 */
import { execFile } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const lockWaitMs = 300_000;

/** Packs the package in `dir` into `destination`; returns the tarball's path. */
export async function packPackage(dir: string, destination: string): Promise<string> {
  const lock = join(dir, ".pack-lock");
  const deadline = Date.now() + lockWaitMs;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (Date.now() > deadline) throw new Error(`${lock} is still held after ${lockWaitMs / 1000} s; remove it if no pack is running`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    const { stdout } = await run("pnpm", ["pack", "--pack-destination", destination], { cwd: dir, timeout: 300_000, maxBuffer: 16 * 1024 * 1024 });
    return stdout.trim().split("\n").pop()!.trim();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
