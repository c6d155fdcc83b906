import { defineConfig } from "vitest/config";

// The one Vitest configuration of the workspace: a project per package, so
// `pnpm test:unit` runs everything and `vitest --project client` runs one.
const nodeProject = (name: string, dir: string, extra: Record<string, unknown> = {}) => ({
  test: {
    name,
    root: dir,
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 30_000,
    ...extra,
  },
});

export default defineConfig({
  test: {
    projects: [
      nodeProject("scripts", "scripts"),
      nodeProject("contract", "packages/contract"),
      nodeProject("client", "packages/client"),
      nodeProject("node", "packages/node"),
      nodeProject("reference-server", "packages/reference-server"),
      nodeProject("browser", "packages/browser", { include: ["test/node/**/*.test.ts"] }),
      // The Chromium project (browser mode) needs its own provider settings: its file
      // defines that one project.
      "packages/browser/vitest.config.ts",
      nodeProject("deno", "packages/deno"),
      nodeProject("conformance", "conformance"),
    ],
  },
});
