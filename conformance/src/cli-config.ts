/**
 * `--header 'Name: value'` and `--config FILE`. A gateway that routes on its own headers,
 * lives under a path prefix or takes its own key is tested with the same options as any
 * target; the config file holds every command-line option as JSON, so a CI job keeps one
 * file per gateway instead of a long command line.
 */
import { readFileSync } from "node:fs";

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/** Header names a gateway cannot use for routing: the suite sets them per case. */
const reservedHeaders = new Set(["content-type", "content-length", "transfer-encoding", "host", "anthropic-version"]);

/** `Name: value` → [lower-case name, value]; the value may contain colons (URLs). */
export function parseHeader(text: string): [string, string] {
  const colon = text.indexOf(":");
  const name = colon > 0 ? text.slice(0, colon).trim().toLowerCase() : "";
  if (!name || !/^[!#$%&'*+.^_`|~0-9a-z-]+$/.test(name)) throw new ConfigError(`--header ${JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text)} is not "Name: value"`);
  if (reservedHeaders.has(name)) throw new ConfigError(`--header ${name}: the suite sets this header itself, per case`);
  return [name, text.slice(colon + 1).trim()];
}

/** Options that take no value: `true` in the file turns them on. */
const flags = new Set(["allow-bulk", "dry-run", "no-color", "no-fixtures", "require-all", "gateway-auth"]);

function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * The file's options as command-line arguments, placed before the real ones so the
 * command line wins for single values and adds to lists. Keys are the long options, in
 * kebab-case or camelCase: `{"target": "…", "headers": {"x-provider": "anthropic"}, "only": ["streaming"]}`.
 */
export function configArgs(file: string, read: (path: string) => string = (p) => readFileSync(p, "utf8")): string[] {
  let text: string;
  try {
    text = read(file);
  } catch (error) {
    throw new ConfigError(`--config ${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`--config ${file}: not JSON (${(error as Error).message})`);
  }
  if (config === null || typeof config !== "object" || Array.isArray(config)) throw new ConfigError(`--config ${file}: the file must hold one JSON object of options`);
  const args: string[] = [];
  for (const [key, value] of Object.entries(config as Record<string, unknown>)) {
    const option = kebab(key);
    if (option === "config") throw new ConfigError(`--config ${file}: a config file cannot name another`);
    if (option === "headers" || option === "header") {
      const entries = Array.isArray(value) ? value.map((v) => String(v)) : value && typeof value === "object" ? Object.entries(value).map(([n, v]) => `${n}: ${String(v)}`) : null;
      if (!entries) throw new ConfigError(`--config ${file}: "${key}" must be an object of name → value or a list of "Name: value"`);
      for (const h of entries) args.push("--header", h);
      continue;
    }
    if (flags.has(option)) {
      if (typeof value !== "boolean") throw new ConfigError(`--config ${file}: "${key}" is a switch: true or false`);
      if (value) args.push(`--${option}`);
      continue;
    }
    if (Array.isArray(value)) args.push(`--${option}`, value.map(String).join(","));
    else if (typeof value === "string" || typeof value === "number") args.push(`--${option}=${value}`);
    else if (option === "report" && value && typeof value === "object") args.push(`--report=${Object.entries(value).map(([f, p]) => `${f}=${String(p)}`).join(",")}`);
    else throw new ConfigError(`--config ${file}: "${key}" has a value of the wrong kind`);
  }
  return args;
}
