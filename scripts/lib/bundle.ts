/** Bundles spec/ into one OpenAPI document with the Redocly CLI (the same tool that lints it). */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { redoclyBin, repoRoot, specRoot } from "./paths.ts";
import { withoutNode20Banner } from "./redocly-banner.ts";

/** Bundles `root` (the first-party spec unless told; a platform document under spec/platforms/). */
export function bundleSpec(root: string = specRoot): Record<string, unknown> {
  const dir = mkdtempSync(join(tmpdir(), "claude-spec-bundle-"));
  try {
    const out = join(dir, "openapi.json");
    try {
      execFileSync(redoclyBin, ["bundle", root, "--ext", "json", "-o", out], {
        cwd: repoRoot,
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      });
    } catch (error) {
      const e = error as { stderr?: Buffer; stdout?: Buffer };
      throw new Error(`redocly bundle failed:\n${withoutNode20Banner(e.stderr?.toString() ?? "")}${e.stdout?.toString() ?? ""}`);
    }
    return JSON.parse(readFileSync(out, "utf8")) as Record<string, unknown>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
