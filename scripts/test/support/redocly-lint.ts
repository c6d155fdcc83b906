/** Runs `redocly lint` on a config as the CI does, returning whether it passed and its JSON output. */
import { execFileSync } from "node:child_process";
import { redoclyBin, repoRoot } from "../../lib/paths.ts";

export function lint(configPath: string): { ok: boolean; output: string } {
  try {
    const output = execFileSync(redoclyBin, ["lint", "--format", "json", "--config", configPath], {
      cwd: repoRoot,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NO_COLOR: "1", REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    });
    return { ok: true, output: output.toString() };
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer };
    return { ok: false, output: `${e.stdout?.toString() ?? ""}${e.stderr?.toString() ?? ""}` };
  }
}
