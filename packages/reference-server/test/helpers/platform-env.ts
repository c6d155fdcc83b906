/**
 * Helpers for the platform-SDK tests: a cleaned environment (no ambient `AWS_*`,
 * `ANTHROPIC_*`, `GOOGLE_*`, `CLOUD_ML_*` variable can reach an SDK), and the server's
 * record of requests read back as it is written.
 */
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll } from "vitest";
import type { RecordEntry } from "../../src/index.ts";

const ambient = /^(AWS_|ANTHROPIC_|GOOGLE_|GCLOUD_|CLOUD_ML_|CLOUDSDK_|AZURE_|METADATA_SERVER)/;

/** Removes every platform credential or endpoint variable for the file's tests; restores them after. */
export function useCleanEnvironment(): void {
  const saved: Record<string, string> = {};
  beforeAll(() => {
    for (const [name, value] of Object.entries(process.env)) {
      if (ambient.test(name) && value !== undefined) {
        saved[name] = value;
        delete process.env[name];
      }
    }
    // google-auth-library must never look for a metadata server or a gcloud file.
    process.env.METADATA_SERVER_DETECTION = "none";
  });
  afterAll(() => {
    for (const name of Object.keys(process.env)) if (ambient.test(name)) delete process.env[name];
    Object.assign(process.env, saved);
  });
}

/** Sets variables for the duration of `run` only. */
export async function withEnv<T>(vars: Record<string, string>, run: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return await run();
  } finally {
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/**
 * The record entries written since `from` (an index into the file's lines), waiting
 * (bounded: 100 × 20 ms) until at least `count` have been flushed.
 */
export async function recordedSince(file: string, from: number, count = 1): Promise<RecordEntry[]> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const text = await readFile(file, "utf8").catch(() => "");
    const lines = text.split("\n").filter(Boolean);
    if (lines.length >= from + count) return lines.slice(from).map((line) => JSON.parse(line) as RecordEntry);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`the record file did not reach ${from + count} lines`);
}

export async function recordLength(file: string): Promise<number> {
  const text = await readFile(file, "utf8").catch(() => "");
  return text.split("\n").filter(Boolean).length;
}

/** The fault directive as a Messages body carries it (metadata.user_id). */
export function fault(directive: Record<string, unknown>): { user_id: string } {
  return { user_id: `claude-spec-fault:${JSON.stringify(directive)}` };
}
