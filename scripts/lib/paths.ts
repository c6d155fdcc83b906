/** Where things live, so no script hard-codes a path twice. */
import { fileURLToPath } from "node:url";
import { dirname, join, resolve } from "node:path";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const specRoot = join(repoRoot, "spec", "openapi.yaml");
export const specDir = join(repoRoot, "spec");
export const generatedDir = join(repoRoot, "generated");
export const fixturesDir = join(repoRoot, "conformance", "fixtures");
/** The recorded Claude API traffic the spec is checked against (spec/recorded/README.md). */
export const recordedDir = join(specDir, "recorded");
export const redoclyBin = join(repoRoot, "node_modules", ".bin", "redocly");
/** The platform documents (spec/platforms/<name>.yaml), in a fixed order. */
export const platformNames = ["bedrock", "vertex", "foundry"] as const;
export const platformSpecRoot = (name: string): string => join(repoRoot, "spec", "platforms", `${name}.yaml`);
