import { readFileSync } from "node:fs";

/** The line of a table's types module from which its text goes into the generated table. */
const marker = "// ---- written into the generated table from this line on ----\n";

/** The part of a types module (`operation-info.ts`, `platform-info.ts`) a generated table carries. */
export function emittedTypes(module: URL): string {
  const text = readFileSync(module, "utf8");
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`${module.pathname}: no marker line ${JSON.stringify(marker.trim())}`);
  return text.slice(at + marker.length);
}
