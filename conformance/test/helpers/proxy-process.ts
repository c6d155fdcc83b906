/**
 * A proxy (nginx, Caddy, HAProxy) as a child process for the suite's own tests: its own
 * temp prefix for config, logs and state, a free loopback port, stopped by its pid and
 * the prefix removed. Only loopback traffic; nothing outside the prefix is written.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface RunningProxy {
  readonly url: string;
  readonly port: number;
  readonly prefix: string;
  /** What the proxy wrote to its log (or stderr). */
  log(): Promise<string>;
  stop(): Promise<void>;
}

/** A port that was free a moment ago (these proxies cannot be told to pick one). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

export interface ProxySpec {
  readonly name: string;
  readonly binary: string;
  /** The config file's name inside the prefix. */
  readonly configName: string;
  /** The config text, given the prefix and the port to listen on. */
  readonly config: (prefix: string, port: number) => string;
  /** The command line, given the prefix and the config file's path. */
  readonly args: (prefix: string, configPath: string) => string[];
  readonly env?: (prefix: string) => Record<string, string>;
  /** Where it logs, relative to the prefix (else its stderr is the log). */
  readonly logFile?: string;
}

export async function startProxy(spec: ProxySpec): Promise<RunningProxy> {
  const prefix = await mkdtemp(join(tmpdir(), `conformance-${spec.name}-`));
  const port = await freePort();
  const configPath = join(prefix, spec.configName);
  await writeFile(configPath, spec.config(prefix, port));
  const child = spawn(spec.binary, spec.args(prefix, configPath), { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...(spec.env?.(prefix) ?? {}) } });
  let output = "";
  const collect = (c: Buffer) => {
    if (output.length < 64 * 1024) output += c.toString();
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const log = async () => (spec.logFile ? await readFile(join(prefix, spec.logFile), "utf8").catch(() => "") : "") + output;

  const until = Date.now() + 10_000;
  let up = false;
  while (!up && Date.now() < until && child.exitCode === null) {
    up = await accepts(port);
    if (!up) await new Promise((r) => setTimeout(r, 50));
  }
  if (!up) {
    child.kill("SIGKILL");
    const text = await log();
    await rm(prefix, { recursive: true, force: true });
    throw new Error(`${spec.name} did not listen on ${port}: ${text.slice(-2000)}`);
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    prefix,
    log,
    async stop() {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
        await exited;
        clearTimeout(timer);
      }
      await rm(prefix, { recursive: true, force: true });
    },
  };
}
