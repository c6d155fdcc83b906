#!/usr/bin/env node
/**
 * @module
 * `pnpm reference-server [--host H] [--port P] [--api-key KEY ...] [--data-dir DIR] [--record FILE]`.
 * The first line printed is exactly `listening on http://HOST:PORT`, so scripts can wait for
 * it and read the address; SIGINT and SIGTERM stop the server cleanly.
 */
import { parseCliArgs, usage, UsageError } from "./cli-args.ts";
import { onLauncherExit } from "./node/launcher-watch.ts";
import { start } from "./start.ts";

async function main(): Promise<void> {
  let options;
  try {
    options = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${usage}`);
      process.exit(2);
    }
    throw error;
  }
  if (options === "help") {
    console.log(usage);
    return;
  }
  const server = await start(options);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    // A second signal while closing exits at once.
    process.once(signal, () => process.exit(130));
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  // `npx`/`pnpm` pass a SIGTERM only to the shell they started us through: their exit is ours.
  onLauncherExit(() => stop("SIGTERM"));
  // Only now: whoever waits for this line may signal at once, and must find the handlers in place.
  process.stdout.write(`listening on ${server.url}\n`);
}

main().catch((error: unknown) => {
  // Start-up failures (port in use, unreadable data dir) are reported without a stack.
  console.error(`reference-server: ${(error as Error).message ?? String(error)}`);
  process.exit(1);
});
