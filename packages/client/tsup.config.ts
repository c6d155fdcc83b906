import { defineConfig, type Options } from "tsup";

// One build per entry so each file's banner names its own declarations: Deno ignores a
// sibling .d.ts for a relatively imported .js, and this directive points it there.
const entry = (name: string, source: string): Options => ({
  entry: { [name]: source },
  format: ["esm"],
  // The generated types are private to the workspace: inline them so the packed .d.ts stands alone.
  dts: { resolve: [/^@claude-spec\/generated/] },
  sourcemap: true,
  clean: false,
  target: "es2022",
  platform: "neutral",
  banner: { js: `// @ts-self-types="./${name}.d.ts"` },
});

export default defineConfig([entry("index", "src/index.ts"), entry("sse", "src/sse/index.ts")]);
