import { describe, expect, it } from "vitest";
import { createClient, type Logger } from "../../src/index.ts";
import { createLog } from "../../src/logger.ts";
import { captureTimeouts } from "../helpers/capture-timeouts.ts";
import { errorResponse, fakeFetch, jsonResponse } from "../helpers/fake-fetch.ts";

function recorder() {
  const lines: [string, string, unknown[]][] = [];
  const at = (level: string) => (message: string, ...data: unknown[]) => lines.push([level, message, data]);
  const logger: Logger = { error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug") };
  return { logger, lines };
}

describe("createLog", () => {
  it("turns levels below the threshold off", () => {
    const { logger } = recorder();
    const log = createLog(logger, "warn", (t) => t);
    expect(log.error).toBeTypeOf("function");
    expect(log.warn).toBeTypeOf("function");
    expect(log.info).toBeNull();
    expect(log.debug).toBeNull();
    expect(Object.values(createLog(logger, "off", (t) => t)).every((l) => l === null)).toBe(true);
  });

  it("redacts messages and data", () => {
    const { logger, lines } = recorder();
    createLog(logger, "debug", (t) => t.replaceAll("secret-value-1", "[redacted]")).info!("saw secret-value-1", { k: "secret-value-1" });
    expect(lines).toEqual([["info", "saw [redacted]", [{ k: "[redacted]" }]]]);
  });
});

describe("client logging", () => {
  it("logs retries at info and never logs the key", async () => {
    const timers = captureTimeouts();
    try {
      const { logger, lines } = recorder();
      const fetch = fakeFetch(errorResponse(529, "overloaded_error"), jsonResponse({ id: "m" }));
      const client = createClient({ apiKey: "sk-ant-logger-test-key", fetch, logger, logLevel: "debug" });
      await client.models.retrieve("m");
      expect(lines.some(([level, message]) => level === "info" && message.startsWith("retrying in"))).toBe(true);
      expect(JSON.stringify(lines)).not.toContain("sk-ant-logger-test-key");
    } finally {
      timers.restore();
    }
  });

  it("warns when a request goes to another origin without credentials", async () => {
    const { logger, lines } = recorder();
    const fetch = fakeFetch(new Response("", { headers: { "content-type": "application/x-jsonl" } }));
    const client = createClient({ apiKey: "sk-ant-logger-test-key", fetch, logger });
    await client.messages.batches.results({ id: "b", results_url: "https://elsewhere.example/r.jsonl" });
    expect(lines).toContainEqual(["warn", "sending no credentials to another origin", [{ url: "https://elsewhere.example/r.jsonl" }]]);
  });
});
