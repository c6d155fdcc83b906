/**
 * The programs some tests need that `pnpm install` does not bring: Debian's Chromium, nginx,
 * Caddy and HAProxy, and the runtime matrix (Node 20/22/24, Bun, Deno, workerd; installed on
 * demand by `pnpm runtimes:install`). Each is found by its environment variable, then (for the
 * runtimes) in the runtime matrix's install, then on PATH. A test that needs a missing one is
 * skipped and says so through `needProgram`; the run then prints one line per missing program
 * and fails (scripts/lib/outside-programs-reporter.ts), unless CLAUDE_SPEC_SKIP names it.
 */
import { accessSync, appendFileSync, constants, existsSync, statSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** Where `pnpm runtimes:install` puts the runtime matrix (a package of its own, outside the workspace). */
export const runtimesDir = join(repoRoot, "packages/deno/runtime-tests/runtimes");

/** The opt-out variable: a comma-separated list of program names (or `runtimes` for the whole matrix). */
export const optOutVariable = "CLAUDE_SPEC_SKIP";
/** Set by the root vitest config: the file tests append their skips to, read by the reporter. */
export const skipLogVariable = "CLAUDE_SPEC_SKIP_LOG";

interface ProgramInfo {
  readonly label: string;
  /** Environment variables that name the executable, first one wins. */
  readonly env: readonly string[];
  /** Names looked up on PATH. */
  readonly commands: readonly string[];
  /** Where the runtime matrix install has it, if it is part of that matrix. */
  readonly inRuntimes?: () => string | undefined;
  /** For a Node of one major version: a `node` found on PATH counts only with that major. */
  readonly nodeMajor?: number;
  readonly install: string;
}

const runtimesInstall = "`pnpm runtimes:install` (downloads it from npm)";

/** `name` resolved from the runtime matrix's package, then `sub` from there (the binary's platform package). */
function fromRuntimes(name: string, sub: string | undefined, bin: string): () => string | undefined {
  return () => {
    try {
      const top = dirname(createRequire(join(runtimesDir, "package.json")).resolve(`${name}/package.json`));
      const dir = sub ? dirname(createRequire(join(top, "package.json")).resolve(`${sub}/package.json`)) : top;
      return join(dir, bin);
    } catch {
      return undefined;
    }
  };
}

const node = (major: 20 | 22 | 24): ProgramInfo => ({
  label: `Node ${major}`,
  env: [`NODE_${major}_PATH`],
  commands: ["node"],
  nodeMajor: major,
  inRuntimes: fromRuntimes(`node-${major}`, undefined, "bin/node"),
  install: `${runtimesInstall}, or set NODE_${major}_PATH`,
});

export const programs = {
  chromium: {
    label: "Chromium",
    env: ["CHROMIUM_PATH", "CHROME_PATH"],
    commands: ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"],
    install: "`apt-get install chromium` (Debian/Ubuntu), or set CHROMIUM_PATH",
  },
  nginx: { label: "nginx", env: ["NGINX_PATH"], commands: ["nginx"], install: "`apt-get install nginx`, or set NGINX_PATH" },
  caddy: { label: "Caddy", env: ["CADDY_PATH"], commands: ["caddy"], install: "`apt-get install caddy`, or set CADDY_PATH" },
  haproxy: { label: "HAProxy", env: ["HAPROXY_PATH"], commands: ["haproxy"], install: "`apt-get install haproxy`, or set HAPROXY_PATH" },
  node20: node(20),
  node22: node(22),
  node24: node(24),
  bun: {
    label: "Bun",
    env: ["BUN_PATH"],
    commands: ["bun"],
    inRuntimes: fromRuntimes("bun", "@oven/bun-linux-x64", "bin/bun"),
    install: `${runtimesInstall}, or set BUN_PATH`,
  },
  deno: {
    label: "Deno",
    env: ["DENO_PATH"],
    commands: ["deno"],
    inRuntimes: fromRuntimes("deno", "@deno/linux-x64-glibc", "deno"),
    install: `${runtimesInstall}, or set DENO_PATH`,
  },
  workerd: {
    label: "workerd",
    env: ["WORKERD_PATH"],
    commands: ["workerd"],
    inRuntimes: fromRuntimes("workerd", "@cloudflare/workerd-linux-64", "bin/workerd"),
    install: `${runtimesInstall}, or set WORKERD_PATH`,
  },
} satisfies Record<string, ProgramInfo>;

export type ProgramName = keyof typeof programs;
export const programNames = Object.keys(programs) as ProgramName[];
/** The names `runtimes` stands for in CLAUDE_SPEC_SKIP. */
export const runtimeNames = programNames.filter((name) => "inRuntimes" in programs[name]);

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * PATH's directories, then the system sbin directories: Debian installs nginx and HAProxy in
 * /usr/sbin, which is on root's PATH but not on other users'.
 */
function searchPath(env: NodeJS.ProcessEnv): string[] {
  const dirs = (env.PATH ?? "").split(delimiter).filter(Boolean);
  for (const sbin of ["/usr/local/sbin", "/usr/sbin", "/sbin"]) if (!dirs.includes(sbin)) dirs.push(sbin);
  return dirs;
}

function nodeMajorOf(file: string): number | undefined {
  try {
    return Number(/^v(\d+)\./.exec(execFileSync(file, ["--version"], { encoding: "utf8", timeout: 10_000 }))?.[1]);
  } catch {
    return undefined;
  }
}

export type Lookup = { found: true; path: string; from: string } | { found: false; why: string };

/** Finds one program, without recording anything. */
export function locateProgram(name: ProgramName, env: NodeJS.ProcessEnv = process.env): Lookup {
  const info: ProgramInfo = programs[name];
  for (const variable of info.env) {
    const value = env[variable];
    if (!value) continue;
    // A variable that is set but wrong is a mistake to report, not a reason to look elsewhere.
    return isExecutable(value) ? { found: true, path: value, from: variable } : { found: false, why: `${variable}=${value} is not an executable file` };
  }
  const installed = info.inRuntimes?.();
  if (installed && isExecutable(installed)) return { found: true, path: installed, from: "the runtime matrix" };
  for (const dir of searchPath(env)) {
    for (const command of info.commands) {
      const file = join(dir, command);
      if (!isExecutable(file)) continue;
      if (info.nodeMajor !== undefined && nodeMajorOf(file) !== info.nodeMajor) continue;
      return { found: true, path: file, from: "PATH" };
    }
  }
  return { found: false, why: `not found (${[...info.env, "PATH"].join(", ")})` };
}

/** The names CLAUDE_SPEC_SKIP opts out of, `runtimes` expanded; unknown names are an error. */
export function optedOut(env: NodeJS.ProcessEnv = process.env): Set<ProgramName> {
  const out = new Set<ProgramName>();
  for (const raw of (env[optOutVariable] ?? "").split(",")) {
    const name = raw.trim().toLowerCase();
    if (!name) continue;
    if (name === "runtimes") runtimeNames.forEach((n) => out.add(n));
    else if (name in programs) out.add(name as ProgramName);
    else throw new Error(`${optOutVariable}: unknown program "${raw.trim()}" (known: ${[...programNames, "runtimes"].join(", ")})`);
  }
  return out;
}

/** One skip, as tests record it and the reporter reads it. */
export interface SkipRecord {
  readonly program: ProgramName;
  /** What was skipped, e.g. "the nginx proxy tests (conformance/test/nginx.test.ts)". */
  readonly skipped: string;
  readonly optedOut: boolean;
  readonly why: string;
  /** Set when a whole vitest project was left out (by the config): counts only when that project was selected. */
  readonly project?: string;
}

/** Appends a skip to the run's log (when run under the root vitest config). */
export function recordSkip(record: SkipRecord, env: NodeJS.ProcessEnv = process.env): void {
  const log = env[skipLogVariable];
  if (log && existsSync(dirname(log))) appendFileSync(log, `${JSON.stringify(record)}\n`);
}

/**
 * The path of a program a test needs, or undefined when the test must be skipped (missing,
 * or opted out by CLAUDE_SPEC_SKIP); a skip is recorded for the end-of-run line. Use it as
 * `describe.skipIf(!path)`.
 */
export function needProgram(name: ProgramName, skipped: string, project?: string): string | undefined {
  if (optedOut().has(name)) {
    recordSkip({ program: name, skipped, optedOut: true, why: `${optOutVariable} names it`, project });
    return undefined;
  }
  const lookup = locateProgram(name);
  if (lookup.found) return lookup.path;
  recordSkip({ program: name, skipped, optedOut: false, why: lookup.why, project });
  return undefined;
}

/** The end-of-run lines, one per program, failures first. */
export function summariseSkips(records: readonly SkipRecord[]): { lines: string[]; failed: boolean } {
  const byProgram = new Map<ProgramName, SkipRecord[]>();
  for (const record of records) byProgram.set(record.program, [...(byProgram.get(record.program) ?? []), record]);
  const lines: string[] = [];
  let failed = false;
  for (const name of programNames) {
    const group = byProgram.get(name);
    if (!group) continue;
    const what = [...new Set(group.map((r) => r.skipped))].join("; ");
    const info: ProgramInfo = programs[name];
    if (group.some((r) => !r.optedOut)) {
      failed = true;
      lines.push(`MISSING ${info.label}: ${group[0]!.why}; skipped ${what}. Install: ${info.install}; or opt out: ${optOutVariable}=${name}`);
    } else {
      lines.push(`opted out of ${info.label} (${optOutVariable}): skipped ${what}`);
    }
  }
  return { lines: [...lines.filter((l) => l.startsWith("MISSING")), ...lines.filter((l) => !l.startsWith("MISSING"))], failed };
}
