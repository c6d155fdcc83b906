/**
 * Runs in Node before the Chromium tests: starts the reference server on 127.0.0.1 (the page
 * is on `localhost`, another origin) and hands its URL to the browser through `provide`.
 */
import type { TestProject } from "vitest/node";
import { start } from "@claude-spec/reference-server";

export const apiKey = "sk-ant-browser-tests";

declare module "vitest" {
  export interface ProvidedContext {
    referenceServerURL: string;
    referenceServerKey: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await start({ host: "127.0.0.1", port: 0, apiKeys: [apiKey], fixturesDir: false });
  project.provide("referenceServerURL", server.url);
  project.provide("referenceServerKey", apiKey);
  return () => server.close();
}
