import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm"],
  // generated/ is a private workspace package: its types are inlined into the published
  // declarations instead of being imported from a package users cannot install.
  // (Naming just that package does not resolve its .ts entry; `true` does.)
  dts: { resolve: true },
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "node",
});
