/**
 * The reference server as a child process on a loopback port, in record mode. A child
 * rather than in-process: the size-limit cases make the server parse a 256 MB body, and
 * neither that memory nor that CPU may show up in the runner's own measurements or stall
 * its timing checks.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { shippedFixturesDir } from "../package-root.ts";

export interface EmbeddedServer {
  readonly url: string;
  readonly recordFile: string;
  close(): Promise<void>;
}

export interface EmbeddedServerOptions {
  /** The key it accepts; "*" accepts any (an upstream behind a gateway with its own keys). */
  readonly apiKey: string;
  readonly recordFile: string;
  /** Keys the record's credential fingerprints, so the suite can tell its key from another. */
  readonly recordSalt?: string;
  /** @default "127.0.0.1" */
  readonly host?: string;
  /** @default 0 (a free port) */
  readonly port?: number;
  /** How long batches stay in_progress. @default 300 */
  readonly batchMs?: number;
  /** @default 20000 */
  readonly startTimeoutMs?: number;
}

export class EmbeddedServerError extends Error {
  override readonly name = "EmbeddedServerError";
}

const require = createRequire(import.meta.url);

/** The reference server's CLI: TypeScript source in the workspace, built JS once published. */
function serverCommand(): string[] {
  const root = dirname(require.resolve("@claude-spec/reference-server/package.json"));
  const source = join(root, "src", "cli.ts");
  if (existsSync(source)) return ["--import", pathToFileURL(require.resolve("tsx")).href, source];
  return [join(root, "dist", "cli.js")];
}

export function startEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const args = [
    ...serverCommand(),
    "--host", options.host ?? "127.0.0.1",
    "--port", String(options.port ?? 0),
    "--api-key", options.apiKey,
    "--record", options.recordFile,
    ...(options.recordSalt ? ["--record-salt", options.recordSalt] : []),
    "--batch-ms", String(options.batchMs ?? 300),
    // The recorded interactions ship with this package; an installed reference server has
    // none of its own to find beside it.
    ...(existsSync(shippedFixturesDir) ? ["--fixtures", shippedFixturesDir] : []),
  ];
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NODE_OPTIONS: "" } });
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);

  let exited = false;
  const exit = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), resolve())));
  const close = async () => {
    process.off("exit", killOnExit);
    if (exited) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
    await exit;
    clearTimeout(timer);
  };

  return new Promise<EmbeddedServer>((resolve, reject) => {
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => {
      void close();
      reject(new EmbeddedServerError(`the reference server did not start within ${options.startTimeoutMs ?? 20000} ms${stderr ? `: ${stderr.trim()}` : ""}`));
    }, options.startTimeoutMs ?? 20000);
    child.stderr!.on("data", (chunk: Buffer) => {
      if (stderr.length < 8192) stderr += chunk.toString("utf8");
    });
    child.stdout!.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
      const found = /listening on (http:\/\/\S+)/.exec(stdout);
      if (found) {
        clearTimeout(timer);
        child.stdout!.removeAllListeners("data");
        child.stdout!.resume();
        resolve({ url: found[1]!, recordFile: options.recordFile, close });
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new EmbeddedServerError(`the reference server exited (code ${code}) before listening${stderr ? `: ${stderr.trim().split("\n")[0]}` : ""}`));
    });
  });
}
