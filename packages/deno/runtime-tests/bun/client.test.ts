/** The smoke scenario under `bun test`, which runs the client's TypeScript source as it is. */
import { test } from "bun:test";
import { createClient } from "@claude-spec/client";
import { steps } from "../scenario.ts";

const baseURL = process.env.REFERENCE_SERVER_URL;
const apiKey = process.env.REFERENCE_SERVER_KEY;
if (!baseURL || !apiKey) throw new Error("REFERENCE_SERVER_URL and REFERENCE_SERVER_KEY must be set");

for (const step of steps) {
  test(step.name, () => step.run({ client: (overrides) => createClient({ baseURL, apiKey, ...overrides }) }));
}
