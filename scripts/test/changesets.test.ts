/**
 * The release tooling reads every changeset: `changeset status` plans a release naming each
 * package a changeset names. It once could not: the root package.json's `workspaces` field
 * (`packages/*` only) hid `@claude-spec/conformance` from changesets, which then refused
 * every changeset naming it, and `changeset version` would have failed at release time.
 * Private workspace packages stay out of the plan (`privatePackages` in the config).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const dir = join(root, ".changeset");

/** The packages each changeset's front matter names. */
function namedPackages(): Set<string> {
  const names = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".md") && f !== "README.md")) {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, file), "utf8"))?.[1] ?? "";
    for (const m of front.matchAll(/^"([^"]+)":\s*(?:patch|minor|major)\s*$/gm)) names.add(m[1]!);
  }
  return names;
}

const named = namedPackages();

it.skipIf(named.size === 0)("changeset status plans a release for every package a changeset names", () => {
  const out = mkdtempSync(join(tmpdir(), "changesets-"));
  try {
    const result = spawnSync(process.execPath, [join(root, "node_modules/@changesets/cli/bin.js"), "status", "--output", join(out, "plan.json")], { cwd: root, encoding: "utf8" });
    expect(result.stderr + result.stdout).not.toMatch(/not in the workspace/);
    expect(result.status).toBe(0);
    const plan = JSON.parse(readFileSync(join(out, "plan.json"), "utf8")) as { releases: { name: string; type: string }[] };
    const planned = new Set(plan.releases.map((r) => r.name));
    for (const name of named) expect(planned, name).toContain(name);
    // Private workspace packages (scripts, generated) are never versioned or tagged.
    for (const release of plan.releases.filter((r) => ["@claude-spec/scripts", "@claude-spec/generated"].includes(r.name))) expect(release.type, release.name).toBe("none");
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
