/**
 * Stops a command-line process whose launcher has gone. `npx tool` and `pnpm run script`
 * put a shell between themselves and the tool; on SIGTERM they pass the signal to that
 * shell only, which dies without passing it on, and the tool would keep running (a server
 * still listening) under init. Checked only when a package manager started the process
 * (`npm_lifecycle_event` is set, as npm, npx, pnpm and yarn do): a server started directly,
 * e.g. under `nohup` or a process supervisor, is left alone when its parent exits.
 */

/** How often the parent is checked, in ms: a leftover process lives at most this much longer. */
const checkEveryMs = 250;

/**
 * Calls `onGone` once when this process's parent changes (the launcher exited and the
 * process was re-parented). Returns a function that stops watching. Never keeps the
 * process alive by itself.
 */
export function onLauncherExit(onGone: () => void, env: NodeJS.ProcessEnv = process.env): () => void {
  if (!env.npm_lifecycle_event) return () => {};
  const launcher = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === launcher) return;
    clearInterval(timer);
    onGone();
  }, checkEveryMs);
  timer.unref();
  return () => clearInterval(timer);
}
