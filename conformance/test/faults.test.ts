/**
 * Each fault the reference server can inject is detected by the case meant for it: the
 * case passes against the well-behaved server and fails, on the named check, when the
 * server misbehaves that way. Every key of a fault directive appears in the table.
 */
import { describe, expect, it } from "vitest";
import type { FaultOverride } from "../src/run/run-case.ts";
import type { CaseResult } from "../src/report/result-types.ts";
import { runConformance, type RunOptions } from "../src/run/runner.ts";
import { recordingUpstream } from "./helpers/recording-upstream.ts";

interface Row {
  /** What a misbehaving upstream or proxy does, in words. */
  readonly misbehaviour: string;
  readonly caseId: string;
  readonly override: FaultOverride;
  /** The check that must fail. */
  readonly check: string;
}

const table: Row[] = [
  { misbehaviour: "answers 500 where the request is fine", caseId: "messages/text-reply", override: { fault: { status: 500 } }, check: "status" },
  { misbehaviour: "answers a stream request with 529", caseId: "streaming/grammar", override: { fault: { status: 529 } }, check: "status" },
  { misbehaviour: "turns a rate limit into api_error", caseId: "errors/429-rate-limit-error", override: { fault: { error_type: "api_error" } }, check: "error-type" },
  { misbehaviour: "loses retry-after", caseId: "response-headers/retry-after-429", override: { fault: { retry_after: 1 } }, check: "header.retry-after" },
  { misbehaviour: "flips x-should-retry", caseId: "response-headers/retry-after-500", override: { fault: { should_retry: false } }, check: "header.x-should-retry" },
  { misbehaviour: "leaks a stack trace in the message", caseId: "errors/client-error-not-5xx", override: { fault: { message: 'Traceback (most recent call last):\n  File "/srv/gateway/app.py", line 12' } }, check: "envelope.message" },
  { misbehaviour: "ends a stream with an error event", caseId: "streaming/event-names", override: { fault: { error_after_events: 3 } }, check: "sse.complete" },
  { misbehaviour: "sends the wrong error type mid-stream", caseId: "streaming/mid-stream-error", override: { fault: { error_type: "api_error" } }, check: "sse.error-event" },
  { misbehaviour: "resets the connection mid-stream", caseId: "streaming/grammar", override: { fault: { reset_after_events: 3 } }, check: "transport" },
  { misbehaviour: "ends a stream early without message_stop", caseId: "streaming/usage", override: { fault: { truncate_after_events: 4 } }, check: "sse.complete" },
  { misbehaviour: "resets the connection inside a JSON body", caseId: "messages/stream-false", override: { fault: { reset_after_bytes: 40 } }, check: "transport" },
  { misbehaviour: "cuts a JSON body short", caseId: "messages/max-tokens", override: { fault: { truncate_after_bytes: 40 } }, check: "spec.body" },
  { misbehaviour: "delivers the whole stream at once, as a buffering proxy does", caseId: "streaming/incremental", override: { fault: { chunk_bytes: 1_000_000, drip_ms: 0 } }, check: "sse.incremental" },
  { misbehaviour: "makes an upload undownloadable", caseId: "files/download", override: { step: "up", fault: { downloadable: false } }, check: "status" },
  { misbehaviour: "fails the batch create call itself", caseId: "batches/lifecycle", override: { step: "create", fault: { status: 500, scope: "http" } }, check: "status" },
  { misbehaviour: "drips a stream so slowly the client gives up", caseId: "streaming/ping", override: { fault: { chunk_bytes: 16, drip_ms: 400 } }, check: "transport" },
];

const key = "sk-ant-faults-test-key-0123456789";
const upstream = recordingUpstream("faults", key, 100);

async function run(only: readonly string[], extra: Partial<RunOptions> = {}): Promise<Map<string, CaseResult>> {
  const report = await runConformance({ target: upstream.server.url, apiKey: key, upstream: upstream.server.url, upstreamRecord: upstream.server.recordFile, fixturesDir: false, only, ...extra });
  return new Map(report.cases.map((c) => [c.id, c]));
}

describe("faults are detected by the cases meant for them", () => {
  it("every case in the table passes against the well-behaved server", async () => {
    const results = await run([...new Set(table.map((r) => r.caseId))]);
    expect([...results.values()].filter((c) => c.status !== "pass").map((c) => `${c.id}: ${c.reason}`)).toEqual([]);
  }, 120_000);

  it("the table uses every key a fault directive has", () => {
    const used = new Set(table.flatMap((r) => Object.keys(r.override.fault)));
    const directiveKeys = ["status", "error_type", "message", "retry_after", "should_retry", "delay_ms", "error_after_events", "reset_after_events", "truncate_after_events", "reset_after_bytes", "truncate_after_bytes", "chunk_bytes", "drip_ms", "downloadable", "scope"];
    // delay_ms is covered by its own test below.
    expect(directiveKeys.filter((k) => k !== "delay_ms" && !used.has(k))).toEqual([]);
  });

  // Each case takes one override per run, so rows that share a case run in separate rounds.
  const rounds: Row[][] = [];
  for (const row of table) {
    const round = rounds.find((r) => !r.some((x) => x.caseId === row.caseId)) ?? (rounds.push([]), rounds[rounds.length - 1]!);
    round.push(row);
  }
  rounds.forEach((round, i) => {
    it(`round ${i + 1}: ${round.length} misbehaviours, each failing its case`, async () => {
      const results = await run(
        round.map((r) => r.caseId),
        { faultOverrides: Object.fromEntries(round.map((r) => [r.caseId, r.override])), timeoutMs: 3000 },
      );
      for (const row of round) {
        const result = results.get(row.caseId)!;
        const failed = result.checks.filter((c) => c.status === "fail").map((c) => c.name);
        expect(result.status, `${row.caseId} when the server ${row.misbehaviour}`).toBe("fail");
        expect(failed, `${row.caseId} when the server ${row.misbehaviour}`).toContain(row.check);
      }
    }, 120_000);
  });

  it("a slow first byte (delay_ms) past the client's timeout is a transport failure", async () => {
    const results = await run(["messages/text-reply"], { faultOverrides: { "messages/text-reply": { fault: { delay_ms: 2500 } } }, timeoutMs: 1000 });
    const result = results.get("messages/text-reply")!;
    expect(result.status).toBe("fail");
    expect(result.checks.find((c) => c.name === "transport")?.message).toMatch(/no complete answer within 1000 ms \(before any response\)/);
  }, 60_000);
});
