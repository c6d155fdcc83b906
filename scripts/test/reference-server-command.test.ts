/**
 * The root `pnpm -s reference-server` command, as the README documents it: its first line is
 * the address, and a SIGINT or SIGTERM sent to pnpm (what a terminal, CI runner or process
 * supervisor does) leaves nothing listening. pnpm passes such a signal only to the shell it
 * starts a script through; the script `exec`s node, and the server also stops when its
 * launcher goes.
 */
import { afterEach, describe, expect, it } from "vitest";
import { repoRoot } from "../lib/paths.ts";
import { cleanUp, portIn, startCommand, stopsListening, type RunningCommand } from "./support/cli-process.ts";

let command: RunningCommand | undefined;

afterEach(() => cleanUp(command));

describe("pnpm -s reference-server", () => {
  it.each(["SIGTERM", "SIGINT"] as const)("prints its address first, and %s to pnpm stops the server", async (signal) => {
    command = startCommand("pnpm", ["-s", "reference-server", "--port", "0"], { cwd: repoRoot });
    const line = await command.firstLine;
    expect(line).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+$/);
    const port = portIn(line);

    command.child.kill(signal);
    await Promise.race([command.exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    expect(await stopsListening(port), `the server on port ${port} still listens after ${signal}`).toBe(true);
  }, 90_000);
});
