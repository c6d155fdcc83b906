/**
 * Which platform wire a path belongs to, and which of its operations. Each platform is
 * mounted under its own prefix (`/bedrock`, `/vertex`, `/foundry`) so the same port can
 * serve all three beside the first-party API even where two platforms share a path
 * (`/anthropic/v1/messages` is Bedrock's Messages API and Foundry's); the paths no other
 * wire uses also route without the prefix: `/model/…` (Bedrock), `/v1/projects/…`
 * (Vertex), `/anthropic/…` (Foundry). Templates come from the generated platform table.
 */
import { operations, platformOperations, platforms, type PlatformName, type PlatformOperationInfo } from "@claude-spec/contract";

export type PlatformMatch =
  | { readonly platform: PlatformName; readonly kind: "operation"; readonly row: PlatformOperationInfo; readonly params: Readonly<Record<string, string>> }
  /** A served first-party operation under the platform's `firstPartyBase` (Foundry Files, Skills). */
  | { readonly platform: PlatformName; readonly kind: "first-party"; readonly path: string }
  /** Anything else under the platform: answered with the platform's not-found. */
  | { readonly platform: PlatformName; readonly kind: "not-served"; readonly path: string };

export const platformMounts: Readonly<Record<PlatformName, string>> = { bedrock: "/bedrock", vertex: "/vertex", foundry: "/foundry" };

const unprefixed: readonly [string, PlatformName][] = [
  ["/model/", "bedrock"],
  ["/v1/projects/", "vertex"],
  ["/anthropic/", "foundry"],
];

interface CompiledRow {
  readonly row: PlatformOperationInfo;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** `{param}` matches the shortest non-empty run within a segment (so `{model}:rawPredict` leaves the verb); literals match exactly. */
function compile(row: PlatformOperationInfo): CompiledRow {
  const names: string[] = [];
  const source = row.path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (!name) return escape(part);
      names.push(name);
      return "([^/]+?)";
    })
    .join("");
  return { row, pattern: new RegExp(`^${source}$`), names };
}

// Fewer parameters first: `models/count-tokens:rawPredict` wins over `models/{model}:rawPredict`.
const compiled = platformOperations.map((row) => compile(row as PlatformOperationInfo)).sort((a, b) => a.names.length - b.names.length);

/** Decodes a path parameter; a malformed escape is kept as sent. */
function decodeParam(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function platformOf(path: string): { platform: PlatformName; rest: string } | undefined {
  for (const [platform, mount] of Object.entries(platformMounts) as [PlatformName, string][]) {
    if (path === mount || path.startsWith(`${mount}/`)) return { platform, rest: path.slice(mount.length) || "/" };
  }
  for (const [prefix, platform] of unprefixed) if (path.startsWith(prefix)) return { platform, rest: path };
  return undefined;
}

const firstPartyTemplates = operations.map((op) => new RegExp(`^${op.path.split(/\{[^}]+\}/).map(escape).join("[^/]+")}$`));

/** `rawPath` is the URL's path as sent (not decoded): `%2F` in a Bedrock ARN stays one segment. */
export function matchPlatform(rawPath: string): PlatformMatch | undefined {
  const found = platformOf(rawPath);
  if (!found) return undefined;
  const { platform, rest } = found;
  for (const { row, pattern, names } of compiled) {
    if (row.platform !== platform) continue;
    const m = pattern.exec(rest);
    if (!m) continue;
    const params: Record<string, string> = {};
    names.forEach((name, i) => (params[name] = decodeParam(m[i + 1]!)));
    return { platform, kind: "operation", row, params };
  }
  const base = platforms[platform].firstPartyBase;
  if (base && rest.startsWith(`${base}/`)) {
    const path = rest.slice(base.length);
    const index = firstPartyTemplates.findIndex((pattern) => pattern.test(path));
    const served = index >= 0 && !(platforms[platform].unserved as readonly string[]).includes(operations[index]!.operationId);
    return served ? { platform, kind: "first-party", path } : { platform, kind: "not-served", path: rest };
  }
  return { platform, kind: "not-served", path: rest };
}
