/** The runtime smoke scenario, on Deno, through `@claude-spec/deno`. */
import { createClient } from "../../src/index.ts";
import { steps } from "../scenario.ts";

const baseURL = Deno.env.get("REFERENCE_SERVER_URL")!;
const apiKey = Deno.env.get("REFERENCE_SERVER_KEY")!;

for (const step of steps) {
  Deno.test(step.name, () => step.run({ client: (overrides) => createClient({ baseURL, apiKey, ...overrides }) }));
}
