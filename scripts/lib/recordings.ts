/** Reads the recorded traffic (spec/recorded/<repo>/<file>.json). */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { recordedDir } from "./paths.ts";

export interface RecordingFile {
  /** `<repo-dir>/<name>.json`, relative to the recordings folder. */
  file: string;
  raw: any;
}

export function listRecordings(dir = recordedDir): RecordingFile[] {
  if (!existsSync(dir)) throw new Error(`recordings not found at ${dir} (spec/recorded/ is part of the repository; is the checkout complete?)`);
  const out: RecordingFile[] = [];
  for (const repo of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const name of readdirSync(join(dir, repo)).filter((n) => n.endsWith(".json")).sort()) {
      const file = `${repo}/${name}`;
      out.push({ file, raw: JSON.parse(readFileSync(join(dir, file), "utf8")) });
    }
  }
  return out;
}
