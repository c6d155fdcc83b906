/** Reads conformance/fixtures/. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Fixture } from "./fixture.ts";
import { fixturesDir } from "./paths.ts";

export interface FixtureFile {
  file: string;
  text: string;
}

export function listFixtureFiles(dir = fixturesDir): FixtureFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(dir, d.name))
        .filter((n) => n.endsWith(".json"))
        .sort()
        .map((n) => ({ file: `${d.name}/${n}`, text: readFileSync(join(dir, d.name, n), "utf8") })),
    );
}

export type { Fixture };
