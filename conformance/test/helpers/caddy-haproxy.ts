/**
 * Caddy and HAProxy for the recipe tests, each from the shipped recipe with its marked
 * lines pointed at the test's ports. Caddy keeps its state in the prefix (XDG dirs) and
 * runs without its admin endpoint; HAProxy runs in the foreground (-db).
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { locateProgram, type ProgramName } from "../../../scripts/lib/outside-programs.ts";
import { startProxy, type RunningProxy } from "./proxy-process.ts";

function binary(name: ProgramName): string {
  const lookup = locateProgram(name);
  if (!lookup.found) throw new Error(`${name}: ${lookup.why}`);
  return lookup.path;
}

const recipe = (name: string) => readFile(fileURLToPath(new URL(`../../recipes/${name}`, import.meta.url)), "utf8");

export async function startCaddyRecipe(upstreamPort: number): Promise<RunningProxy> {
  const text = await recipe("Caddyfile");
  return startProxy({
    name: "caddy",
    binary: binary("caddy"),
    configName: "Caddyfile",
    config: (_prefix, port) => text.replace("http://:8080 {", `http://127.0.0.1:${port} {`).replace("reverse_proxy 127.0.0.1:8787", `reverse_proxy 127.0.0.1:${upstreamPort}`),
    args: (_prefix, configPath) => ["run", "--config", configPath, "--adapter", "caddyfile"],
    env: (prefix) => ({ XDG_DATA_HOME: prefix, XDG_CONFIG_HOME: prefix, HOME: prefix }),
  });
}

export async function startHaproxyRecipe(upstreamPort: number): Promise<RunningProxy> {
  const text = await recipe("haproxy.cfg");
  return startProxy({
    name: "haproxy",
    binary: binary("haproxy"),
    configName: "haproxy.cfg",
    config: (_prefix, port) => text.replace("bind :8080", `bind 127.0.0.1:${port}`).replace("server upstream 127.0.0.1:8787", `server upstream 127.0.0.1:${upstreamPort}`),
    args: (_prefix, configPath) => ["-f", configPath, "-db"],
  });
}
