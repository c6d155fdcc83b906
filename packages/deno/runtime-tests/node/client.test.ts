/**
 * The smoke scenario under `node --test`. Node 20 cannot run TypeScript, so the harness
 * (test/runtimes.test.ts) bundles this file with esbuild first and runs the bundle on each
 * Node version.
 */
import { test } from "node:test";
import { createClient } from "@claude-spec/client";
import { steps } from "../scenario.ts";

const baseURL = process.env.REFERENCE_SERVER_URL;
const apiKey = process.env.REFERENCE_SERVER_KEY;
if (!baseURL || !apiKey) throw new Error("REFERENCE_SERVER_URL and REFERENCE_SERVER_KEY must be set");

for (const step of steps) {
  test(step.name, () => step.run({ client: (overrides) => createClient({ baseURL, apiKey, ...overrides }) }));
}
