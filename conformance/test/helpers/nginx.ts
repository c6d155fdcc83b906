/**
 * nginx for the suite's own tests: a main config of our own (no daemon, one worker, pid,
 * logs and temp paths inside the prefix; `-e` keeps even the start-up log there) around the
 * server blocks a test gives.
 */
import { locateProgram } from "../../../scripts/lib/outside-programs.ts";
import { startProxy, type RunningProxy } from "./proxy-process.ts";

export { freePort } from "./proxy-process.ts";
export type RunningNginx = RunningProxy;

/** Starts nginx with `serverConfig(port)` inside `http {}` (upstreams and servers). */
export function startNginx(serverConfig: (port: number) => string): Promise<RunningNginx> {
  const nginx = locateProgram("nginx");
  if (!nginx.found) throw new Error(`nginx: ${nginx.why}`);
  // Workers run as the master's user when it is root, so they can use the private temp dirs.
  const user = process.getuid?.() === 0 ? "user root root;\n" : "";
  return startProxy({
    name: "nginx",
    binary: nginx.path,
    configName: "nginx.conf",
    logFile: "error.log",
    config: (prefix, port) => `${user}daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
${serverConfig(port)}
}
`,
    args: (prefix, configPath) => ["-p", prefix, "-c", configPath, "-e", `${prefix}/error.log`],
  });
}
