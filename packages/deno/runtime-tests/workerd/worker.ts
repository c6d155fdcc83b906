/**
 * The smoke scenario as a workerd test: `workerd test` calls the worker's `test` handler,
 * which runs every step, logs one line per step and throws if any failed. The harness
 * (test/runtimes.test.ts) bundles this file and writes the config that binds the server's URL.
 */
import { createClient } from "@claude-spec/client";
import { steps } from "../scenario.ts";

interface Env {
  readonly REFERENCE_SERVER_URL: string;
  readonly REFERENCE_SERVER_KEY: string;
}

export default {
  async test(_controller: unknown, env: Env): Promise<void> {
    const failed: string[] = [];
    for (const step of steps) {
      try {
        await step.run({ client: (overrides) => createClient({ baseURL: env.REFERENCE_SERVER_URL, apiKey: env.REFERENCE_SERVER_KEY, ...overrides }) });
        console.log(`ok - ${step.name}`);
      } catch (error) {
        failed.push(step.name);
        console.log(`not ok - ${step.name}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
      }
    }
    if (failed.length > 0) throw new Error(`${failed.length} of ${steps.length} steps failed: ${failed.join("; ")}`);
  },
};
