/**
 * The Chromium project: tests under test/chromium/ run in a real headless Chromium, driven by
 * Playwright, against the reference server that `reference-server.setup.ts` starts on
 * 127.0.0.1. The page is served by Vitest from `localhost`, so every call is cross-origin and
 * goes through the browser's real CORS checks. The root config lists this file as a project.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { transform } from "esbuild";
import { defineProject, type Plugin } from "vitest/config";
import { playwright } from "@vitest/browser-playwright";
import { locateProgram } from "../../scripts/lib/outside-programs.ts";

/**
 * `import("virtual:readme-example")` loads the README's first TypeScript block, unchanged but
 * for its types (stripped by esbuild), for test/chromium/readme-example.test.ts.
 */
function readmeExample(): Plugin {
  const id = "\0readme-example";
  return {
    name: "readme-example",
    resolveId: (source) => (source === "virtual:readme-example" ? id : undefined),
    async load(source) {
      if (source !== id) return undefined;
      const readme = readFileSync(join(import.meta.dirname, "README.md"), "utf8");
      const block = /^```ts\n([\s\S]*?)^```$/m.exec(readme);
      if (!block) throw new Error("README.md has no ```ts block");
      return (await transform(block[1]!, { loader: "ts", format: "esm", target: "es2022" })).code;
    },
  };
}

// Chromium from CHROMIUM_PATH / CHROME_PATH or PATH; the root config leaves this project out
// (and says so) where there is none.
const chromium = locateProgram("chromium");

export default defineProject({
  // Relative paths resolve from this package, whether run alone or as a root project.
  root: import.meta.dirname,
  plugins: [readmeExample()],
  resolve: { alias: { "@claude-spec/browser": join(import.meta.dirname, "src/index.ts") } },
  test: {
    name: "browser:chromium",
    include: ["test/chromium/**/*.test.ts"],
    globalSetup: ["test/chromium/reference-server.setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath: chromium.found ? chromium.path : undefined,
          // --no-sandbox: CI runs as root. The rest keep Chromium off the network: only the
          // page's own loopback traffic leaves the browser.
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      }),
      instances: [{ browser: "chromium" }],
    },
  },
});
