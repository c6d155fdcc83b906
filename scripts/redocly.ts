/**
 * `tsx scripts/redocly.ts <redocly args>`: the Redocly CLI, its stdout and exit code as they
 * are, its stderr without the Node 20 end-of-life box (lib/redocly-banner.ts says why).
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { createBannerFilter } from "./lib/redocly-banner.ts";
import { redoclyBin } from "./lib/paths.ts";

const child = spawn(redoclyBin, process.argv.slice(2), {
  stdio: ["inherit", "inherit", "pipe"],
  env: { REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", ...process.env },
});
const filter = createBannerFilter();
const lines = createInterface({ input: child.stderr!, crlfDelay: Infinity });
lines.on("line", (line) => process.stderr.write(filter.line(`${line}\n`)));
const closed = new Promise((resolve) => lines.once("close", resolve));
child.on("error", (error) => {
  console.error(`could not start ${redoclyBin}: ${error.message}`);
  process.exitCode = 1;
});
child.on("close", async (code, signal) => {
  await closed;
  process.stderr.write(filter.end());
  process.exitCode = code ?? (signal ? 1 : 0);
});
