/**
 * Reads the corpus: every `cases/<area>/<name>.json`, validated against the case schema.
 * A file that is not a valid case stops the run with its path and what is wrong: a
 * silently dropped case would be a check nobody runs.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { ConformanceCase } from "./case-types.ts";
import { caseShapeProblems, casesDir as defaultCasesDir } from "./case-schema.ts";

export class CorpusError extends Error {
  override readonly name = "CorpusError";
}

export interface CaseFile {
  readonly path: string;
  /** The id the path implies: `streaming/grammar` for `cases/streaming/grammar.json`. */
  readonly pathId: string;
  readonly text: string;
}

export async function listCaseFiles(dir: string = defaultCasesDir): Promise<CaseFile[]> {
  const out: CaseFile[] = [];
  const walk = async (at: string) => {
    for (const entry of (await readdir(at, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith(".json")) {
        out.push({ path, pathId: relative(dir, path).slice(0, -".json".length).split(sep).join("/"), text: await readFile(path, "utf8") });
      }
    }
  };
  await walk(dir);
  return out;
}

export async function loadCases(dir: string = defaultCasesDir): Promise<ConformanceCase[]> {
  const cases: ConformanceCase[] = [];
  for (const file of await listCaseFiles(dir)) {
    let value: unknown;
    try {
      value = JSON.parse(file.text);
    } catch (error) {
      throw new CorpusError(`${file.path}: not valid JSON (${(error as Error).message})`);
    }
    const problems = caseShapeProblems(value);
    if (problems.length) throw new CorpusError(`${file.path}: not a valid case:\n  ${problems.slice(0, 5).join("\n  ")}`);
    const c = value as ConformanceCase;
    if (c.id !== file.pathId) throw new CorpusError(`${file.path}: id ${JSON.stringify(c.id)} differs from its path (${file.pathId})`);
    cases.push(c);
  }
  return cases;
}
