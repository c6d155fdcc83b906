/** Reports: secrets redacted, curl reproducers that work in a shell, well-formed JUnit, Markdown and HTML. */
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { Redactor, redactHeaders } from "../src/report/redact.ts";
import { curlCommand } from "../src/report/curl.ts";
import { jsonBody, textBody } from "../src/http/body-source.ts";
import { generateBody } from "../src/run/generate-body.ts";
import { renderReport } from "../src/report/write-reports.ts";
import { summarize } from "../src/run/runner.ts";
import type { Exchange } from "../src/http/exchange.ts";
import type { CaseResult, RunReport } from "../src/report/result-types.ts";

const key = "sk-ant-api03-secretsecretsecret";

function exchange(body = jsonBody({ model: "m", note: "it's" }), headers: Record<string, string> = { "x-api-key": key, "anthropic-version": "2023-06-01" }): Exchange {
  return { request: { method: "POST", url: "http://127.0.0.1:1/v1/messages", headers, body, sentBytes: 0, bodyComplete: true, sha256: null }, response: null, error: null, startedAt: 0, durationMs: 0 };
}

describe("redaction", () => {
  it("masks credential headers, keeping the scheme", () => {
    expect(redactHeaders({ "x-api-key": key, authorization: `Bearer ${key}`, cookie: "a=b", "anthropic-beta": "x" })).toEqual({ "x-api-key": "[redacted]", authorization: "Bearer [redacted]", cookie: "[redacted]", "anthropic-beta": "x" });
  });
  it("scrubs the key and key-shaped strings from anything", () => {
    const r = new Redactor(["my-own-gateway-token"]);
    expect(r.deep({ a: [`invalid x-api-key ${key}`], "my-own-gateway-token": "my-own-gateway-token!" })).toEqual({ a: ["invalid x-api-key sk-ant-[redacted]"], "[redacted]": "[redacted]!" });
  });
});

describe("curl reproducers", () => {
  it("take the key from $ANTHROPIC_API_KEY and quote bodies for the shell", () => {
    const curl = curlCommand(exchange(), key);
    expect(curl).not.toContain(key);
    expect(curl).toContain('-H "x-api-key: $ANTHROPIC_API_KEY"');
    // The shell gives back exactly the body that was sent.
    const printed = execFileSync("sh", ["-c", `printf '%s' ${curl.slice(curl.indexOf("--data-binary ") + 14)}`]).toString();
    expect(printed).toBe(JSON.stringify({ model: "m", note: "it's" }));
    expect(curlCommand(exchange(jsonBody({}), { authorization: `Bearer ${key}` }), key)).toContain('-H "authorization: Bearer $ANTHROPIC_API_KEY"');
  });
  it("regenerate large bodies with the same size and shape", () => {
    const body = generateBody({ kind: "messages", size: 100_000 }, { model: "claude-x", boundary: "b" });
    const curl = curlCommand(exchange(body), key);
    const pipeline = curl.slice(0, curl.indexOf(" | \\"));
    const produced = execFileSync("sh", ["-c", pipeline], { maxBuffer: 1 << 20 }).toString();
    expect(produced.length).toBe(100_000);
    expect(JSON.parse(produced).model).toBe("claude-x");
  });
  it("pipe bodies with CR LF (multipart) through printf", () => {
    const curl = curlCommand(exchange(textBody("--b\r\nx\r\n--b--\r\n", "multipart/form-data; boundary=b")), key);
    const produced = execFileSync("sh", ["-c", curl.slice(0, curl.indexOf(" | \\"))]).toString();
    expect(produced).toBe("--b\r\nx\r\n--b--\r\n");
  });
});

describe("generated bodies", () => {
  it("are exactly the size asked for and valid JSON, produced in pieces", async () => {
    for (const kind of ["messages", "count-tokens", "batch"] as const) {
      const body = generateBody({ kind, size: 3 * 1024 * 1024 + 7 }, { model: "m", directive: 'claude-spec-fault:{"status":500}', boundary: "b" });
      const pieces: Buffer[] = [];
      for await (const chunk of body.chunks()) pieces.push(Buffer.from(chunk));
      const all = Buffer.concat(pieces);
      expect(all.length).toBe(body.size);
      expect(body.size).toBe(3 * 1024 * 1024 + 7);
      expect(pieces.length).toBeGreaterThan(3);
      expect(() => JSON.parse(all.toString())).not.toThrow();
    }
  });
  it("size multipart uploads to the byte", async () => {
    const body = generateBody({ kind: "file", size: { limit: "files.upload", offset: -(524288000 - 2_000_000) } }, { model: "m", boundary: "bnd" });
    let n = 0;
    for await (const chunk of body.chunks()) n += chunk.byteLength;
    expect(n).toBe(2_000_000);
    expect(body.contentType).toBe("multipart/form-data; boundary=bnd");
  });
});

describe("report formats", () => {
  const failing: CaseResult = {
    id: "streaming/incremental",
    area: "streaming",
    tier: "required",
    description: "The first event <arrives> early & often",
    fact: { statement: "No buffering", source: "CONTRACT.md §3", checklist: [26] },
    status: "fail",
    reason: "sse.incremental: buffered",
    checks: [{ name: "sse.incremental", status: "fail", fact: "no buffering", expected: "lead ≥ 600 ms", received: "0 ms", message: "buffered", step: "#0" }],
    exchanges: [
      {
        step: "#0",
        request: { method: "POST", url: "http://t/v1/messages", headers: { "x-api-key": "[redacted]" }, body: '{"a":"<b>"}', bodySize: 11, bodySummary: "11 bytes", sentBytes: 11 },
        response: { status: 200, statusText: "OK", httpVersion: "1.1", headers: { "content-type": "text/event-stream" }, body: "event: ping\ndata: {}\n\n\u0001", bodySize: 20, truncated: false, headersAtMs: 1, endAtMs: 2 },
        error: null,
        durationMs: 2,
        curl: "curl -sS -N -X POST 'http://t/v1/messages'",
      },
    ],
    durationMs: 2000,
    requests: 1,
  };
  const passing: CaseResult = { ...failing, id: "auth/bearer", area: "auth", status: "pass", reason: undefined, checks: [], exchanges: [] } as CaseResult;
  const skipped: CaseResult = { ...passing, id: "files/download", area: "files", tier: "optional", status: "skip", reason: "needs faults" };
  const cases = [failing, passing, skipped];
  const report: RunReport = { tool: { name: "@claude-spec/conformance", version: "0.1.0" }, target: "http://t/", upstream: null, capabilities: [], startedAt: "2026-11-25T00:00:00.000Z", summary: summarize(cases, 3, 2500, 150e6), cases };

  it("JSON has the summary and cases with id, tier, status and checks", () => {
    const json = JSON.parse(renderReport(report, "json"));
    expect(json.summary).toMatchObject({ total: 3, pass: 1, fail: 1, skip: 1, ok: false, byTier: { required: { fail: 1, pass: 1 } } });
    expect(json.cases[0]).toMatchObject({ id: "streaming/incremental", tier: "required", status: "fail", checks: [{ name: "sse.incremental" }] });
  });
  it("JUnit XML is well-formed, escaped, and counts failures and skips", () => {
    const xml = renderReport(report, "junit");
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(xml).toContain('<testsuites name="claude-conformance http://t/" tests="3" failures="1" errors="0" skipped="1"');
    expect(xml).toContain('<skipped message="needs faults"/>');
    expect(xml).toContain("&lt;arrives&gt; early &amp; often");
    expect(xml).not.toContain("\u0001");
  });
  it("Markdown and HTML show the matrix and every failure with its reproducer", () => {
    const md = renderReport(report, "md");
    expect(md).toContain("| streaming | ❌ 0/1 (1 failed) | – | – |");
    expect(md).toContain("curl -sS -N -X POST 'http://t/v1/messages'");
    const html = renderReport(report, "html");
    expect(html).toContain('<td class="fail">0/1 · 1 failed</td>');
    expect(html).toContain("The first event &lt;arrives&gt; early &amp; often");
    expect(html).not.toMatch(/<script|https?:\/\/(?!t\/)/);
  });
});
