import { defineConfig } from "tsup";

// The library entry and the CLI, as ESM for Node; the workspace itself runs the TypeScript sources.
export default defineConfig({
  entry: ["src/index.ts", "src/cli.ts"],
  format: ["esm"],
  dts: { entry: "src/index.ts" },
  sourcemap: true,
  clean: true,
  target: "node20",
  platform: "node",
});
