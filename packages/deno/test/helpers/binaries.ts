/**
 * Where the runtimes under test live. They come from npm (see runtime-tests/runtimes/), and
 * their wrapper packages' postinstall scripts are not run (pnpm 10 blocks them), so the
 * binaries are taken straight from the platform packages those wrappers depend on.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const packageRequire = createRequire(import.meta.url);

function packageDir(from: string, name: string): string {
  return dirname(createRequire(join(from, "package.json")).resolve(`${name}/package.json`));
}

const runtimes = dirname(packageRequire.resolve("@claude-spec/test-runtimes/package.json"));

export const nodeBinaries = {
  20: join(packageDir(runtimes, "node-20"), "bin/node"),
  22: join(packageDir(runtimes, "node-22"), "bin/node"),
  24: join(packageDir(runtimes, "node-24"), "bin/node"),
} as const;

export const bunBinary = join(packageDir(packageDir(runtimes, "bun"), "@oven/bun-linux-x64"), "bin/bun");

export const workerdBinary = join(packageDir(packageDir(runtimes, "workerd"), "@cloudflare/workerd-linux-64"), "bin/workerd");

/** The `deno` npm package's launcher (a direct dependency of this package). */
export const denoBinary = join(dirname(packageRequire.resolve("deno/package.json")), "bin.cjs");
