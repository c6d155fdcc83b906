/**
 * Hostile targets for the runner, on loopback: each answers the preflight as the Claude API
 * does, then misbehaves: endless pings, a slow drip that never ends, a gzip bomb of one
 * endless SSE line, a hang, and the key echoed (raw, in fragments, encoded) in every place.
 * The runs use small configured bounds (the options a user has) so they end fast. Asserted:
 * each case is cut where its bound says and the result says so; the run stops after the
 * configured number of hung cases; the process grows by a bounded number of bytes; every
 * report format and the console stay small and never hold the key. Figures are printed.
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { consoleReporter } from "../src/report/console-reporter.ts";
import type { RunReport } from "../src/report/result-types.ts";
import { renderReport, reportFormats } from "../src/report/write-reports.ts";
import { runConformance, type RunOptions } from "../src/run/runner.ts";

const key = `sk-ant-api03-${randomBytes(48).toString("base64url")}`;
const MiB = 1024 * 1024;
const memoryBound = 256 * MiB;

type Behaviour = (req: IncomingMessage, res: ServerResponse, body: string) => void;

/** A target: the preflight (an empty Messages body) is refused as the API does; the rest is `behaviour`. */
async function hostileTarget(behaviour: Behaviour) {
  const sockets = new Set<Socket>();
  let requests = 0;
  const server = createServer((req, res) => {
    requests++;
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString();
      if (req.method === "POST" && body === "{}") {
        res.writeHead(400, { "content-type": "application/json", "request-id": "req_pre" });
        res.end(JSON.stringify({ type: "error", error: { type: "invalid_request_error", message: "model: field required" }, request_id: "req_pre" }));
        return;
      }
      behaviour(req, res, body);
    });
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get requests() {
      return requests;
    },
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

interface Figure {
  readonly name: string;
  readonly requests: number;
  readonly outcome: string;
  readonly wallMs: number;
  readonly peakGrowthBytes: number;
  readonly reportBytes: number;
  readonly consoleBytes: number;
}
const figures: Figure[] = [];

afterAll(() => {
  const rows = figures.map(
    (f) =>
      `  ${f.name.padEnd(34)} ${String(f.requests).padStart(4)} req  ${(f.wallMs / 1000).toFixed(1).padStart(5)} s  peak RSS +${(f.peakGrowthBytes / MiB).toFixed(1).padStart(5)} MiB  reports ${(f.reportBytes / 1024).toFixed(0).padStart(4)} KiB  console ${(f.consoleBytes / 1024).toFixed(0).padStart(3)} KiB  ${f.outcome}`,
  );
  console.info(`hostile targets for the runner (${figures.length} runs, ${figures.reduce((n, f) => n + f.requests, 0)} requests):\n${rows.join("\n")}`);
});

/** Runs the suite against a hostile target, with every report rendered and the console captured. */
async function runAgainst(name: string, behaviour: Behaviour, options: Partial<RunOptions>) {
  const target = await hostileTarget(behaviour);
  let consoleText = "";
  const reporter = consoleReporter({ write: (t) => void (consoleText += t), tty: false, color: false });
  const base = process.memoryUsage.rss();
  let peak = base;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
  const started = performance.now();
  let report: RunReport;
  try {
    report = await runConformance({ target: target.url, apiKey: key, fixturesDir: false, concurrency: 2, ...options }, reporter);
  } finally {
    clearInterval(sampler);
    await target.close();
  }
  const wallMs = performance.now() - started;
  reporter.finish(report, []);
  const reports = Object.fromEntries(reportFormats.map((f) => [f, renderReport(report, f)]));
  const reportBytes = Object.values(reports).reduce((n, text) => n + Buffer.byteLength(text), 0);
  const outcome = report.stopped ? "stopped early" : `${report.summary.fail} failed, ${report.summary.pass} passed, ${report.summary.skip} skipped`;
  figures.push({ name, requests: target.requests, outcome, wallMs, peakGrowthBytes: peak - base, reportBytes, consoleBytes: Buffer.byteLength(consoleText) });
  return { report, reports, consoleText, growth: peak - base, all: [consoleText, ...Object.values(reports)].join("\n") };
}

const sseHead = { "content-type": "text/event-stream", "request-id": "req_sse" };
const messageStart = `event: message_start\ndata: ${JSON.stringify({ type: "message_start", message: { id: "msg_1", type: "message", role: "assistant", model: "m", content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 1, output_tokens: 0 } } })}\n\n`;
const ping = 'event: ping\ndata: {"type":"ping"}\n\n';

/** Answers a streaming request with `stream`, anything else with a small valid-looking JSON. */
const streams = (stream: (res: ServerResponse) => void): Behaviour => (_, res, body) => {
  if (body.includes('"stream":true')) return stream(res);
  res.writeHead(200, { "content-type": "application/json" });
  res.end("{}");
};

const endlessPings = streams((res) => {
  res.writeHead(200, sseHead);
  res.write(messageStart);
  let closed = false;
  res.on("close", () => (closed = true));
  const block = ping.repeat(256);
  const pump = () => {
    while (!closed && res.write(block));
    if (!closed) res.once("drain", pump);
  };
  pump();
});

function streamingCases(report: RunReport) {
  return report.cases.filter((c) => c.id.startsWith("streaming/") && c.status !== "skip");
}

describe("the runner against hostile targets", () => {
  it("an endless ping stream: each stream is stopped at --max-events, and says so", async () => {
    const { report, reports, consoleText, growth } = await runAgainst("endless pings", endlessPings, { only: ["streaming/*"], maxEvents: 2_000, timeoutMs: 20_000 });
    const ran = streamingCases(report);
    expect(ran.length).toBeGreaterThan(3);
    for (const c of ran) {
      expect(c.status, c.id).toBe("fail");
      expect(c.exchanges.some((x) => /went past 2,000 events \(--max-events\); the first 2,000 were kept/.test(x.error ?? "")), c.id).toBe(true);
    }
    expect(growth).toBeLessThan(memoryBound);
    for (const [format, text] of Object.entries(reports)) expect(Buffer.byteLength(text), format).toBeLessThan(2 * MiB);
    expect(Math.max(...consoleText.split("\n").map((l) => l.length))).toBeLessThan(4_000);
  });

  it("a stream that drips forever: the case is cut at --case-timeout, and says so", async () => {
    const drip = streams((res) => {
      res.writeHead(200, sseHead);
      res.write(messageStart);
      const timer = setInterval(() => res.write(ping), 50);
      res.on("close", () => clearInterval(timer));
    });
    const { report } = await runAgainst("endless drip", drip, { only: ["streaming/grammar", "streaming/ping"], timeoutMs: 30_000, caseTimeoutMs: 1_500 });
    const ran = streamingCases(report);
    expect(ran).toHaveLength(2);
    for (const c of ran) {
      expect(c.status).toBe("fail");
      expect(c.reason, c.id).toMatch(/^case-deadline: case stopped after \d+\.\d s \(bound 1500 ms, --case-timeout\)/);
    }
  });

  it("one SSE line that never ends (a gzip bomb): the stream is stopped at the kept bytes", async () => {
    const bomb = gzipSync(Buffer.concat([Buffer.from(`${messageStart}event: content_block_delta\ndata: `), Buffer.alloc(64 * MiB, "a")]));
    const lineBomb = streams((res) => {
      res.writeHead(200, { ...sseHead, "content-encoding": "gzip" });
      res.end(bomb);
    });
    const { report, growth } = await runAgainst("gzip SSE line bomb", lineBomb, { only: ["streaming/grammar", "streaming/usage"] });
    for (const c of streamingCases(report)) {
      expect(c.status).toBe("fail");
      expect(c.exchanges.some((x) => /a line or an event of the stream passed 4194304 bytes; reading stopped after \d+ bytes/.test(x.error ?? "")), c.id).toBe(true);
    }
    expect(growth).toBeLessThan(memoryBound);
  });

  it("a target that hangs after the preflight: the run stops after --max-hung-cases", async () => {
    const { report, consoleText } = await runAgainst("hangs after the preflight", () => {}, { only: ["messages/*", "models/*", "errors/*"], timeoutMs: 400, maxHungCases: 2 });
    expect(report.stopped).toMatch(/the target stopped answering: 2 cases in a row got no complete answer/);
    expect(report.summary.ok).toBe(false);
    const run = report.cases.filter((c) => !c.reason?.startsWith("not run:") && c.status !== "skip");
    const notRun = report.cases.filter((c) => c.reason?.startsWith("not run: the target stopped answering"));
    // At most the hung cases and those already in flight beside them (concurrency 2).
    expect(run.length).toBeLessThanOrEqual(3);
    expect(notRun.length).toBeGreaterThan(5);
    expect(consoleText).toContain("stopped early: the target stopped answering");
  });

  it("a target echoing the key everywhere: no report format and no console line holds it", async () => {
    const forms = (echoed: string) => [echoed, echoed.slice(20, 50), Buffer.from(echoed).toString("base64"), Buffer.from(`u:${echoed}`).toString("base64url"), encodeURIComponent(`${echoed}/`)].join(" | ");
    const echo: Behaviour = (req, res, body) => {
      const echoed = String(req.headers["x-api-key"] ?? req.headers.authorization ?? "");
      const headers = { "x-echo": echoed.slice(0, 60), "request-id": forms(echoed).slice(0, 200), "www-authenticate": `Basic ${Buffer.from(`u:${echoed}`).toString("base64")}` };
      if (body.includes('"stream":true')) {
        res.writeHead(200, { ...sseHead, ...headers });
        res.end(`${messageStart}event: error\ndata: ${JSON.stringify({ type: "error", error: { type: "overloaded_error", message: `busy ${forms(echoed)}` } })}\n\nevent: bad\ndata: {not json ${forms(echoed)}\n\n`);
        return;
      }
      res.writeHead(401, `Bad ${echoed.slice(0, 40)}`, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify({ type: "error", error: { type: "authentication_error", message: `invalid x-api-key ${forms(echoed)}` } }));
    };
    const { report, all } = await runAgainst("key echoed everywhere", echo, { only: ["streaming/grammar", "streaming/ping", "messages/*", "auth/*"] });
    expect(report.summary.fail).toBeGreaterThan(3);
    const echoes = [key, Buffer.from(key).toString("base64"), Buffer.from(`u:${key}`).toString("base64url").slice(4), Buffer.from(`u:${key}`).toString("base64").slice(4)];
    const windows = echoes.flatMap((form) => Array.from({ length: form.length - 7 }, (_, i) => form.slice(i, i + 8)));
    expect(windows.filter((w) => all.includes(w))).toEqual([]);
    expect(all).toContain("[redacted]");
  });

  it("a target that echoes the key refusing it at the preflight: the setup error does not", async () => {
    const target = await (async () => {
      const server = createServer((req, res) => {
        req.resume();
        res.writeHead(401, { "content-type": "application/json" });
        res.end(JSON.stringify({ type: "error", error: { type: "authentication_error", message: `invalid x-api-key ${String(req.headers["x-api-key"]).slice(5, 45)}` } }));
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(r)) };
    })();
    const error = (await runConformance({ target: target.url, apiKey: key, fixturesDir: false, only: ["models/*"] }).catch((e: unknown) => e)) as Error;
    await target.close();
    expect(error.message).toMatch(/the target refused the API key \(401 authentication_error: invalid x-api-key \[redacted\]\)/);
    expect(error.message).not.toContain(key.slice(5, 45).slice(10, 18));
  });
});
