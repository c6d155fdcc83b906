/** Reads the recorded interactions in conformance/fixtures/ (format: its README.md). */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export interface Fixture {
  readonly id: string;
  readonly operationId: string | null;
  readonly request: {
    readonly method: string;
    readonly path: string;
    readonly query: string | null;
    readonly headers: Record<string, string>;
    readonly body: unknown;
  };
  readonly response: {
    readonly status: number;
    readonly headers: Record<string, string>;
    readonly body?: unknown;
    readonly sse?: string;
    readonly jsonl?: string;
  };
}

export const fixturesDir = fileURLToPath(new URL("../../../../conformance/fixtures/", import.meta.url));

export function loadFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const dir of readdirSync(fixturesDir)) {
    const path = join(fixturesDir, dir);
    if (!statSync(path).isDirectory()) continue;
    for (const file of readdirSync(path).sort()) {
      if (file.endsWith(".json")) out.push(JSON.parse(readFileSync(join(path, file), "utf8")) as Fixture);
    }
  }
  return out;
}

/** Path parameter values, in template order, or null when the path does not fit the template. */
export function pathValues(template: string, path: string): string[] | null {
  const names: string[] = [];
  const pattern = new RegExp(`^${template.replace(/\{([^}]+)\}/g, (_, name: string) => (names.push(name), "([^/]+)"))}$`);
  const match = pattern.exec(path);
  return match ? match.slice(1).map(decodeURIComponent) : null;
}
