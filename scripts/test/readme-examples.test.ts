/**
 * Every package README opens with a copy-paste example: each one is run here, unchanged,
 * as its own process against a reference server on loopback (the browser and Deno
 * examples are run in their real runtimes by those packages' tests).
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { start } from "@claude-spec/reference-server";
import { repoRoot } from "../lib/paths.ts";

const run = promisify(execFile);
const tsx = join(repoRoot, "node_modules", ".bin", "tsx");
const preload = join(import.meta.dirname, "support", "route-api-to-loopback.mjs");

/** The first ```ts block of a README. */
function firstExample(readme: string): string {
  const block = /^```ts\n([\s\S]*?)^```$/m.exec(readme);
  if (!block) throw new Error("README has no ```ts block");
  return block[1]!;
}

let server: { url: string; close(): Promise<void> };
let work: string;

beforeAll(async () => {
  server = await start({ host: "127.0.0.1", port: 0, apiKeys: "any" });
  work = mkdtempSync(join(tmpdir(), "claude-spec-readme-"));
  // What the Node example reads from its working directory.
  writeFileSync(join(work, "report.pdf"), "%PDF-1.4\n% a tiny test document\n");
  mkdirSync(join(work, "greeter"));
  writeFileSync(join(work, "greeter", "SKILL.md"), "---\nname: greeter\ndescription: Greets people by name.\n---\n# Greeter\n");
});

afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe.each(["client", "node", "contract", "reference-server"])("packages/%s/README.md", (pkg) => {
  it("runs its first example unchanged", async () => {
    const dir = join(repoRoot, "packages", pkg);
    const example = firstExample(readFileSync(join(dir, "README.md"), "utf8"));
    // Inside the package, so `@claude-spec/<pkg>` resolves as it would for a user.
    const file = join(dir, `.readme-example-${process.pid}.ts`);
    writeFileSync(file, example);
    try {
      const { stdout } = await run(tsx, ["--import", preload, file], {
        cwd: work,
        timeout: 60_000,
        env: {
          ...process.env,
          README_EXAMPLE_SERVER: server.url,
          ANTHROPIC_API_KEY: "sk-ant-readme-example",
          ANTHROPIC_BASE_URL: server.url,
        },
      });
      expect(typeof stdout).toBe("string");
    } finally {
      rmSync(file, { force: true });
    }
  }, 90_000);
});
