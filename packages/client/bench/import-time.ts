/** Cold import time: fresh `node` processes importing a module, against a bare Node start. */
import { spawnSync } from "node:child_process";
import { median } from "./measure.ts";

function timeSpawn(code: string): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", code], { stdio: "ignore" });
  if (result.status !== 0) throw new Error(`import failed: ${code}`);
  return performance.now() - start;
}

export function importTimes(modules: Record<string, string>, rounds: number): { name: string; ms: number; ratio: number }[] {
  const names = ["bare node", ...Object.keys(modules)];
  const code = (name: string) => (name === "bare node" ? "" : `await import(${JSON.stringify(modules[name])})`);
  const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = -1; round < rounds; round++) {
    for (const name of names) {
      const ms = timeSpawn(code(name));
      if (round >= 0) times[name]!.push(ms);
    }
  }
  return names.map((name) => ({
    name,
    ms: median(times[name]!),
    ratio: median(times[name]!.map((t, i) => t / times["bare node"]![i]!)),
  }));
}
