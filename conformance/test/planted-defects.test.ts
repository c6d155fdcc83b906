/**
 * Proof on planted defects: a small misbehaving gateway (test/helpers/planted-proxy.ts) in
 * front of the reference server plants one defect at a time, each a behaviour real
 * gateways were found to have. For each, the case meant for it fails with a message that
 * names what the gateway did, in the words its owner acts on; with no defect planted the
 * same cases all pass. Only the relevant cases run per defect, so the test stays short.
 */
import { afterAll, describe, expect, it } from "vitest";
import type { CaseResult } from "../src/report/result-types.ts";
import { runConformance } from "../src/run/runner.ts";
import { startPlantedProxy, allDefects, type Defect } from "./helpers/planted-proxy.ts";
import { recordingUpstream, recordSalt } from "./helpers/recording-upstream.ts";

interface Planted {
  readonly defect: Defect;
  /** The case that must name it. */
  readonly caseId: string;
  /** What its failed checks must say. */
  readonly words: RegExp;
}

const table: readonly Planted[] = [
  { defect: "stack-trace-500", caseId: "errors/invalid-body", words: /error body contains a Python stack trace/ },
  { defect: "framework-404", caseId: "routing/unknown-path", words: /a web framework's error shape \(\{"detail": …\}/ },
  { defect: "reshaped-envelope", caseId: "errors/invalid-body", words: /a reshaped error envelope \(error\.message\/error\.code, no top-level type\)/ },
  { defect: "drop-request-id-rewrite-body", caseId: "request-headers/body-unchanged", words: /re-serialised: the same JSON in other bytes/ },
  { defect: "drop-request-id-rewrite-body", caseId: "response-headers/request-id", words: /request-id/ },
  { defect: "drop-query", caseId: "routing/beta-query-forwarded", words: /query dropped: \?beta=true/ },
  { defect: "rewrite-count-tokens-path", caseId: "count-tokens/reaches-upstream", words: /path rewritten: \/v1\/messages\/count_tokens → \/v1\/messages/ },
  { defect: "rewrite-files-path", caseId: "routing/files-path-forwarded", words: /path rewritten: \/v1\/files → \/v1(?!\/)/ },
  { defect: "count-tokens-local", caseId: "count-tokens/reaches-upstream", words: /no request reached the upstream.*answered it itself/ },
  { defect: "replace-key", caseId: "auth/credential-forwarded", words: /credential replaced by the gateway's own/ },
  { defect: "two-credentials", caseId: "auth/credential-forwarded", words: /two credentials sent upstream: x-api-key and authorization/ },
  { defect: "strip-browser-access", caseId: "cors/browser-access-forwarded", words: /header stripped: anthropic-dangerous-direct-browser-access/ },
  { defect: "drop-agentic-fields", caseId: "request-headers/agentic-body-unchanged", words: /fields removed: context_management, output_config/ },
  { defect: "rewrite-model", caseId: "request-headers/body-unchanged", words: /model rewritten: claude-sonnet-4-5 → claude-haiku-4-5/ },
  { defect: "add-stream-false", caseId: "request-headers/body-unchanged", words: /field added: stream=false/ },
  { defect: "inject-beta", caseId: "request-headers/nothing-injected", words: /header injected: anthropic-beta: prompt-caching-2024-07-31/ },
  { defect: "rewrite-version", caseId: "versions/forwarded-2026-10-21", words: /header rewritten: anthropic-version: 2026-10-21 → 2023-06-01/ },
  { defect: "break-batches", caseId: "batches/retrieve-through-gateway", words: /502/ },
  { defect: "buffer-sse", caseId: "streaming/incremental", words: /the events arrived together at the end/ },
  { defect: "html-413", caseId: "body-size/messages-2mb", words: /413 text\/html/ },
  { defect: "rewrite-host", caseId: "batches/results-url-reachable", words: /the URL points past the target/ },
];

/** The cases each defect runs: the one meant to name it, and the forwarded-version case the lost request-id once silenced. */
function casesFor(defect: Defect): string[] {
  const own = table.filter((t) => t.defect === defect).map((t) => t.caseId);
  return defect === "drop-request-id-rewrite-body" ? [...own, "versions/forwarded-2026-10-21"] : own;
}

const key = "sk-ant-planted-defects-0123456789ab";
// The upstream takes any key, as it takes a gateway's own valid key: only its record shows a swapped one.
const upstream = recordingUpstream("planted", "*", 100);
const named: string[] = [];

async function runBehind(defect: Defect | null, only: readonly string[]): Promise<Map<string, CaseResult>> {
  const proxy = await startPlantedProxy({ upstream: upstream.server.url, defect });
  try {
    const report = await runConformance({ target: proxy.url, apiKey: key, upstream: upstream.server.url, upstreamRecord: upstream.server.recordFile, upstreamRecordSalt: recordSalt, fixturesDir: false, only, concurrency: 4 });
    return new Map(report.cases.map((c) => [c.id, c]));
  } finally {
    await proxy.close();
  }
}

function saidBy(result: CaseResult): string {
  return result.checks
    .filter((c) => c.status === "fail")
    .map((c) => `${c.name}: ${[c.message, c.expected && `expected ${c.expected}`, c.received && `received ${c.received}`].filter(Boolean).join(" ")}`)
    .join(" | ");
}

afterAll(() => {
  const planted = new Set(table.map((t) => t.defect)).size;
  process.stdout.write(`\nplanted defects named: ${new Set(named).size} / ${planted}\n`);
});

describe("planted defects are named by their case", () => {
  it("the table plants every defect the test proxy knows", () => {
    expect(allDefects.filter((d) => !table.some((t) => t.defect === d))).toEqual([]);
  });

  it("with no defect planted, every case of the table passes behind the proxy", async () => {
    const results = await runBehind(null, [...new Set(allDefects.flatMap(casesFor))]);
    expect([...results.values()].filter((c) => c.status !== "pass").map((c) => `${c.id}: ${c.reason}`)).toEqual([]);
  }, 120_000);

  for (const defect of new Set(table.map((t) => t.defect))) {
    it(`${defect}: named by ${casesFor(defect).join(", ")}`, async () => {
      const results = await runBehind(defect, casesFor(defect));
      for (const row of table.filter((t) => t.defect === defect)) {
        const result = results.get(row.caseId)!;
        expect(result.status, `${row.caseId}: ${result.reason}`).toBe("fail");
        expect(saidBy(result)).toMatch(row.words);
      }
      if (defect === "drop-request-id-rewrite-body") {
        // Found by its marker although request-id and the exact body are gone: the version check ran and passed.
        const version = results.get("versions/forwarded-2026-10-21")!;
        expect(version.checks.find((c) => c.name === "forwarded.anthropic-version")).toMatchObject({ status: "pass" });
      }
      named.push(defect);
    }, 60_000);
  }
});
