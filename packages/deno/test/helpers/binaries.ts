/**
 * The runtimes under test. They are not part of `pnpm install`: `pnpm runtimes:install` puts
 * them in runtime-tests/runtimes/ (from npm), or NODE_22_PATH, BUN_PATH, DENO_PATH, … or PATH
 * name them (scripts/lib/outside-programs.ts). A test whose runtime is missing is skipped and
 * the run ends with one line saying so.
 */
import { needProgram } from "../../../../scripts/lib/outside-programs.ts";

const where = "packages/deno/test/runtimes.test.ts";

export const nodeBinaries = {
  20: needProgram("node20", `the Node 20 smoke test (${where})`),
  22: needProgram("node22", `the Node 22 smoke test (${where})`),
  24: needProgram("node24", `the Node 24 smoke test (${where})`),
} as const;

export const bunBinary = needProgram("bun", `the Bun smoke test (${where})`);

export const workerdBinary = needProgram("workerd", `the workerd smoke test (${where})`);
