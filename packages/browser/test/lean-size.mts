import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
const dir = "/work/main/packages/browser";
const r = await build({ entryPoints: [join(dir, "test/fixtures/budget-program.ts")], alias: { "@claude-spec/browser": join(dir, "src/index.ts") }, bundle: true, write: false, format: "esm", platform: "browser", target: "es2022", minify: true, logLevel: "error", outdir: "/o" });
const code = r.outputFiles[0]!.contents;
console.log(gzipSync(code, { level: 9 }).byteLength);
