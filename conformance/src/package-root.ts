/**
 * The package's own folder, found by resolving its own name rather than by a path relative to
 * this file: the sources sit one level deeper in the workspace (`src/cases/…`) than in the
 * bundled `dist/cli.js` a user installs, and the data folders (`cases/`, `fixtures/`,
 * `case.schema.json`) sit beside `package.json` in both.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export const packageRoot = dirname(createRequire(import.meta.url).resolve("@claude-spec/conformance/package.json"));

/** A file or folder shipped with the package, by its path from the package root. */
export const packageFile = (...parts: string[]): string => join(packageRoot, ...parts);

/** The recorded interactions the suite replays, and the embedded server answers from. */
export const shippedFixturesDir = packageFile("fixtures");
