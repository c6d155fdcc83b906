/**
 * The two builds an A/B script compares: the one in `BASE` (a copy of an earlier `dist/`,
 * kept inside the package so that it still resolves its dependencies) and the current
 * `dist/`. Exits with a hint when `BASE` is not set.
 */
import { fileURLToPath, pathToFileURL } from "node:url";

export async function loadBuilds<Client>(script: string): Promise<{ before: (options: object) => Client; after: (options: object) => Client }> {
  const base = process.env.BASE;
  if (!base) {
    console.error(`${script}: set BASE to a copy of an earlier dist/ (see the comment at the top of bench/${script}.ts)`);
    process.exit(2);
  }
  const load = async (dir: string) => ((await import(pathToFileURL(`${dir}/index.js`).href)) as { createClient(options: object): Client }).createClient;
  return { before: await load(base), after: await load(fileURLToPath(new URL("../dist", import.meta.url))) };
}
