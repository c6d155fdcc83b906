/**
 * Test files that run the whole suite take turns: two of them at once on a 2-core machine
 * would measure each other (wall time, the incremental-delivery check), not the suite.
 * The lock is a directory (mkdir is atomic), stolen when its owner process is gone.
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const lockDir = join(tmpdir(), "claude-conformance-heavy-tests.lock");

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function acquireHeavyLock(maxWaitMs = 600_000): Promise<() => Promise<void>> {
  const until = Date.now() + maxWaitMs;
  for (;;) {
    try {
      await mkdir(lockDir);
      await writeFile(join(lockDir, "pid"), String(process.pid));
      return () => rm(lockDir, { recursive: true, force: true });
    } catch {
      const owner = Number(await readFile(join(lockDir, "pid"), "utf8").catch(() => "0"));
      if (owner && !alive(owner)) await rm(lockDir, { recursive: true, force: true });
      if (Date.now() > until) throw new Error("waited too long for another suite run to finish");
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
