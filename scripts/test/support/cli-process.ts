/**
 * Runs a command-line tool the way a user's terminal or process supervisor does, and answers
 * the questions its tests ask: what did it print first, how did it exit after a signal, and
 * is the server it started still listening.
 */
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { connect } from "node:net";

export interface RunningCommand {
  readonly child: ChildProcess;
  /** Started in a process group of its own. */
  readonly detached: boolean;
  /** The first complete line on stdout. */
  readonly firstLine: Promise<string>;
  /** Everything written to stderr so far (for failure messages). */
  stderr(): string;
  /** Resolves with the exit code and the signal that killed it (null when it exited by itself). */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `command`; `firstLine` rejects if it exits or stays silent for `firstLineMs`. */
export function startCommand(command: string, args: readonly string[], options: SpawnOptions & { firstLineMs?: number } = {}): RunningCommand {
  // `detached` gives the command its own process group, as a terminal does for a foreground
  // job, so `interrupt` can signal the whole group the way Ctrl+C does.
  const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    if (stderr.length < 16_384) stderr += chunk.toString("utf8");
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const firstLine = new Promise<string>((resolve, reject) => {
    let stdout = "";
    const timer = setTimeout(() => reject(new Error(`${command} printed no line within ${options.firstLineMs ?? 60_000} ms; stderr: ${stderr}`)), options.firstLineMs ?? 60_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
      const end = stdout.indexOf("\n");
      if (end >= 0) {
        clearTimeout(timer);
        resolve(stdout.slice(0, end));
      }
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited (code ${code}, signal ${signal}) before printing a line; stderr: ${stderr}`));
    });
  });
  firstLine.catch(() => {});
  return { child, detached: options.detached === true, firstLine, exited, stderr: () => stderr };
}

/**
 * Ctrl+C in a terminal: SIGINT to every process of the foreground job, not only its first
 * (start the command with `detached: true` so it has a group of its own).
 */
export function interrupt(command: RunningCommand): void {
  if (!command.detached) throw new Error("interrupt needs a command started with detached: true");
  process.kill(-command.child.pid!, "SIGINT");
}

/** The command's exit, or null when it has not exited within `withinMs`. */
export function exitWithin(command: RunningCommand, withinMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null } | null> {
  return Promise.race([command.exited, new Promise<null>((resolve) => setTimeout(() => resolve(null), withinMs))]);
}

/** Whether something accepts a TCP connection on 127.0.0.1:port right now. */
export function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * Waits, for at most `withinMs`, until nothing listens on `port`; false if something still
 * does then. A server shutting down in the background needs a moment after its launcher exits.
 */
export async function stopsListening(port: number, withinMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  for (let attempt = 0; attempt < 200 && Date.now() < deadline; attempt++) {
    if (!(await isListening(port))) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !(await isListening(port));
}

/** The port of the first `http://host:port` in a line. */
export function portIn(line: string): number {
  const found = /http:\/\/[^\s/]+:(\d+)/.exec(line);
  if (!found) throw new Error(`no http://host:port in ${JSON.stringify(line)}`);
  return Number(found[1]);
}

/** Ends a command a test started, if a failed assertion left it running. */
export function cleanUp(command: RunningCommand | undefined): void {
  if (!command) return;
  if (command.detached) {
    try {
      process.kill(-command.child.pid!, "SIGKILL");
    } catch {
      // The group is gone already.
    }
  } else if (command.child.exitCode === null && command.child.signalCode === null) command.child.kill("SIGKILL");
}

/** Sends `signal` as the test names it: SIGINT as Ctrl+C (to the group), SIGTERM as a supervisor (to the process). */
export function deliver(command: RunningCommand, signal: "SIGINT" | "SIGTERM"): void {
  if (signal === "SIGINT") interrupt(command);
  else command.child.kill("SIGTERM");
}
