import { defineConfig } from "tsup";

// The library entry and the `claude-conformance` CLI, as ESM for Node. The workspace runs the
// TypeScript sources; this build is what `pnpm pack` ships (data folders find themselves
// through src/package-root.ts, so bundling does not move them).
export default defineConfig({
  entry: ["src/index.ts", "src/cli.ts"],
  format: ["esm"],
  dts: { entry: "src/index.ts" },
  sourcemap: true,
  clean: true,
  target: "node20",
  platform: "node",
});
