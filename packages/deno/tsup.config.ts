import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  // Deno reads a module's types from this directive, not from a sibling .d.ts.
  banner: { js: '// @ts-self-types="./index.d.ts"' },
});
