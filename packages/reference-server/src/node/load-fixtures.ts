/**
 * Reads the recorded interactions under a fixtures folder (conformance/fixtures/ by
 * default): every `*.json` below it that has the fixture shape; the README and JSON
 * Schemas beside them are skipped. Files are read in name order, so which of two
 * recordings of the same request replays is stable.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Fixture } from "../messages/fixture-replay.ts";

function isFixture(value: any): value is Fixture {
  return (
    value !== null &&
    typeof value === "object" &&
    typeof value.operationId === "string" &&
    typeof value.request === "object" &&
    typeof value.response === "object" &&
    typeof value.response?.status === "number"
  );
}

async function jsonFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await jsonFiles(path)));
    else if (entry.name.endsWith(".json") && !entry.name.endsWith(".schema.json")) out.push(path);
  }
  return out;
}

export async function loadFixtures(dir: string): Promise<Fixture[]> {
  const fixtures: Fixture[] = [];
  for (const file of await jsonFiles(dir)) {
    try {
      const value = JSON.parse(await readFile(file, "utf8"));
      if (isFixture(value)) fixtures.push(value);
    } catch {
      // A file that is not a fixture (or not JSON) is not ours to replay.
    }
  }
  return fixtures;
}
