/**
 * The standing hostile-peer suite for the reference server: a seeded generator sends a
 * bounded number of malformed and adversarial requests (broken HTTP, bad and deep JSON, huge
 * fields, wrong content types, schema bombs, aborted uploads, pipelined junk, slow bodies
 * and slow header senders), mixed, 16 at a time. It asserts that the server stays up (a
 * health request between rounds), that every answer is a status below 500 and, for errors,
 * the spec's error envelope, and that memory stays under a stated bound. It prints its
 * figures: requests sent, outcomes by status, peak memory.
 *
 * Bounds: 1,800 generated requests (plus health checks), at most 45 s of generation (a
 * slower machine sends fewer and says so); memory: heap growth under 160 MiB and RSS growth
 * under 512 MiB over the run (server and clients share this process).
 */
import { connect, type Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { apiHeaders, simpleMessage, testKey, useServer } from "./helpers/server.ts";
import { checkEnvelope, parseResponses, pool, rng, type Rng } from "./helpers/hostile.ts";

const total = 1800;
const generationBudgetMs = 45_000;
const heapBound = 160 * 1024 * 1024;
const rssBound = 512 * 1024 * 1024;
const bodyLimit = 64 * 1024;
const uploadLimit = 1024 * 1024;

type Kind = "json" | "deep-json" | "huge-field" | "content-type" | "schema-bomb" | "raw-http" | "pipelined" | "aborted-upload" | "slow-body";
const kinds: readonly Kind[] = ["json", "deep-json", "huge-field", "content-type", "schema-bomb", "raw-http", "pipelined", "aborted-upload", "slow-body"];

/** Kinds every case of which must get at least one answer (the others may be cut off by design). */
const alwaysAnswered: ReadonlySet<Kind> = new Set(["json", "deep-json", "huge-field", "content-type", "schema-bomb", "pipelined"]);

const auth = `x-api-key: ${testKey}\r\nanthropic-version: 2023-06-01\r\n`;

interface Tally {
  sent: number;
  byStatus: Record<string, number>;
  byKind: Record<string, number>;
}

/**
 * Writes `chunks` on a fresh socket (pausing `gapMs` between them), then collects answers
 * until `answers` whole responses came, the server closed, or `waitMs` passed.
 */
function rawExchange(url: string, chunks: (string | Buffer)[], options: { gapMs?: number; waitMs?: number; cut?: boolean; answers?: number } = {}): Promise<Buffer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket: Socket = connect(Number(port), hostname);
    const got: Buffer[] = [];
    let settled = false;
    const done = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(Buffer.concat(got));
    };
    const timer = setTimeout(done, options.waitMs ?? 3000);
    socket.on("data", (c) => {
      got.push(c);
      if (parseResponses(Buffer.concat(got)).length >= (options.answers ?? 1)) done();
    });
    socket.on("close", done);
    socket.on("error", done);
    socket.on("connect", async () => {
      for (const chunk of chunks) {
        if (socket.destroyed) return;
        socket.write(chunk);
        if (options.gapMs) await new Promise((r) => setTimeout(r, options.gapMs));
      }
      if (options.cut) setTimeout(done, 1);
    });
  });
}

function jsonRequest(path: string, body: string | Buffer, contentType = "application/json", extra = ""): Buffer {
  const bytes = typeof body === "string" ? Buffer.from(body) : body;
  return Buffer.concat([Buffer.from(`POST ${path} HTTP/1.1\r\nhost: x\r\n${auth}content-type: ${contentType}\r\ncontent-length: ${bytes.length}\r\n${extra}\r\n`), bytes]);
}

/** A schema that asks tool-input synthesis for too much, in one of several ways, sometimes required. */
function schemaBomb(r: Rng): Record<string, unknown> {
  const n = 10 ** (2 + r.int(8));
  const required = r.next() < 0.5;
  const props = Object.fromEntries(Array.from({ length: 1 + r.int(6) }, (_, i) => [`p${i}`, { $ref: "#" }]));
  const bombs: Record<string, unknown>[] = [
    { type: "object", minProperties: n },
    { type: "object", properties: { a: { type: "array", minItems: n, items: { type: "array", minItems: n } } }, ...(required ? { required: ["a"] } : {}) },
    { type: "object", properties: { a: { type: "string", minLength: n } }, required: ["a"] },
    { type: "object", properties: props, ...(required ? { required: Object.keys(props) } : {}) },
    { type: "object", properties: { s: { type: "string", pattern: `^(a{${1 + r.int(5000)}}){${1 + r.int(5000)}}$` } }, required: ["s"] },
    { type: "object", $defs: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`d${i}`, { allOf: [{ $ref: `#/$defs/d${i + 1}` }, { $ref: `#/$defs/d${i + 1}` }] }])), $ref: "#/$defs/d0" },
  ];
  return r.pick(bombs);
}

/** One generated case: the bytes to send and how; every answer that comes back is checked. */
function generate(r: Rng, kind: Kind): { chunks: (string | Buffer)[]; gapMs?: number; cut?: boolean; answers?: number; path: string; method: string } {
  const valid = JSON.stringify(simpleMessage);
  switch (kind) {
    case "json": {
      const at = r.int(valid.length);
      const broken = r.pick([valid.slice(0, at), valid.slice(0, at) + r.pick(["{", "]", '"', "\\", "\u0000", "NaN", ",,"]) + valid.slice(at), valid.replace(/"/g, "'"), "null", "[]", "", "\ufeff" + valid]);
      const path = r.pick(["/v1/messages", "/v1/messages/count_tokens", "/v1/messages/batches"]);
      return { chunks: [jsonRequest(path, broken)], path, method: "POST" };
    }
    case "deep-json": {
      const depth = 200 + r.int(20_000);
      const open = r.pick(["[", '{"a":']);
      const body = `{"model":"claude-sonnet-4-5","max_tokens":5,"messages":${open.repeat(depth)}1${(open === "[" ? "]" : "}").repeat(r.next() < 0.5 ? depth : r.int(depth))}}`;
      return { chunks: [jsonRequest("/v1/messages", body)], path: "/v1/messages", method: "POST" };
    }
    case "huge-field": {
      const size = r.pick([bodyLimit - 200, bodyLimit + 1, 4 * bodyLimit, 8_000]);
      const field = r.pick(["model", "system", "stop_sequences", "metadata"]);
      const value = field === "stop_sequences" ? Array.from({ length: size / 8 }, (_, i) => `s${i}`) : field === "metadata" ? { user_id: "u".repeat(size) } : "x".repeat(size);
      return { chunks: [jsonRequest("/v1/messages", JSON.stringify({ ...simpleMessage, [field]: value }))], path: "/v1/messages", method: "POST" };
    }
    case "content-type": {
      const type = r.pick(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1", "", "application/jsonx", "*/*"]);
      const path = r.pick(["/v1/messages", "/v1/files", "/v1/skills", "/v1/messages/batches"]);
      return { chunks: [jsonRequest(path, valid, type)], path, method: "POST" };
    }
    case "schema-bomb": {
      const body = { ...simpleMessage, max_tokens: r.pick([16, 4096, 64_000]), stream: r.next() < 0.3, tools: [{ name: "bomb", input_schema: schemaBomb(r) }], tool_choice: { type: "any" } };
      return { chunks: [jsonRequest("/v1/messages", JSON.stringify(body))], path: "/v1/messages", method: "POST" };
    }
    case "raw-http": {
      const junk = r.pick<string | Buffer>([
        Buffer.from(Array.from({ length: 1 + r.int(400) }, () => r.int(256))),
        "GET / HTTP/9.9\r\n\r\n",
        `GET /v1/models HTTP/1.1\r\nhost: x\r\n${auth}bad header: v\r\n\r\n`,
        `GET /v1/models HTTP/1.1\r\nhost: x\r\n${auth}x-big: ${"a".repeat(20_000)}\r\n\r\n`,
        `POST /v1/messages HTTP/1.1\r\nhost: x\r\n${auth}content-length: 5\r\ntransfer-encoding: chunked\r\n\r\n0\r\n\r\n`,
        `POST /v1/messages HTTP/1.1\r\nhost: x\r\n${auth}content-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n${r.pick(["zz", "-1", "fffffffffffffffff"])}\r\n{}\r\n0\r\n\r\n`,
        `GET /v1/models HTTP/1.1\r\n${auth}\r\n`,
        `GET /v1/models HTTP/1.1\r\nhost: x\r\n${auth}${Array.from({ length: 2100 }, (_, i) => `x${i}: v\r\n`).join("")}\r\n`,
      ]);
      return { chunks: [junk], path: "/v1/models", method: "GET" };
    }
    case "pipelined": {
      const first = `GET /v1/models HTTP/1.1\r\nhost: x\r\n${auth}\r\n`;
      const junk = r.pick([
        "NOT HTTP AT ALL\r\n\r\n",
        jsonRequest("/v1/messages", "{bad").toString("latin1"),
        `GET /v1/models HTTP/1.1\r\nhost: x\r\n${auth}x-big: ${"b".repeat(20_000)}\r\n\r\n`,
        jsonRequest("/v1/messages", JSON.stringify({ pad: "p".repeat(bodyLimit + 10) })).toString("latin1"),
      ]);
      return { chunks: [first + junk + first.replace("host: x", "host: x\r\nconnection: close")], answers: 3, path: "/v1/models", method: "GET" };
    }
    case "aborted-upload": {
      const boundary = "hostile";
      const head = `POST /v1/files HTTP/1.1\r\nhost: x\r\n${auth}anthropic-beta: files-api-2025-04-14\r\ncontent-type: multipart/form-data; boundary=${boundary}\r\ncontent-length: ${uploadLimit}\r\n\r\n--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="f.bin"\r\n\r\n`;
      const sent = r.int(head.length + 200_000);
      const whole = Buffer.concat([Buffer.from(head), Buffer.alloc(200_000, 120)]);
      return { chunks: [whole.subarray(0, sent)], cut: true, path: "/v1/files", method: "POST" };
    }
    case "slow-body": {
      // A valid request whose body dribbles in; sometimes it stops short (a short-bounded slow client).
      const bytes = jsonRequest("/v1/messages/count_tokens", JSON.stringify({ model: simpleMessage.model, messages: simpleMessage.messages }));
      const pieces = 3 + r.int(5);
      const step = Math.ceil(bytes.length / pieces);
      const chunks = Array.from({ length: pieces }, (_, i) => bytes.subarray(i * step, (i + 1) * step));
      return { chunks: r.next() < 0.3 ? chunks.slice(0, -1) : chunks, gapMs: 10 + r.int(30), cut: false, path: "/v1/messages/count_tokens", method: "POST" };
    }
  }
}

describe("hostile peers", () => {
  const s = useServer({
    bodySizeLimits: { "messages.create": bodyLimit, "messages.countTokens": bodyLimit, "messages.batches.create": bodyLimit, "files.upload": uploadLimit, "skills.create": uploadLimit },
    maxHeaderSize: 16_384,
    earlyAnswerDrain: { ms: 500, bytes: 4 * 1024 * 1024 },
  });

  it("stays up, answers every request with a valid envelope, and keeps memory bounded", { timeout: 120_000 }, async () => {
    const r = rng(17_2026);
    const tally: Tally = { sent: 0, byStatus: {}, byKind: {} };
    const start = process.memoryUsage();
    const peak = { rss: start.rss, heapUsed: start.heapUsed };
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peak.rss = Math.max(peak.rss, m.rss);
      peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
    }, 50);
    // Slow header senders hold connections open all along (slowloris): a few bytes every 200 ms.
    const slowloris = Array.from({ length: 16 }, () => connect(Number(new URL(s.url).port), "127.0.0.1"));
    for (const socket of slowloris) socket.on("error", () => {});
    const drip = setInterval(() => {
      for (const socket of slowloris) if (!socket.destroyed) socket.write("x-slow: a\r\n");
    }, 200);
    for (const socket of slowloris) socket.write(`GET /v1/models HTTP/1.1\r\nhost: x\r\n`);

    const began = performance.now();
    let stoppedEarly = false;
    const cases = Array.from({ length: total }, (_, i) => i);
    try {
      await pool(cases, 16, async (i) => {
        if (performance.now() - began > generationBudgetMs) {
          stoppedEarly = true;
          return;
        }
        const kind = kinds[i % kinds.length]!;
        const c = generate(r, kind);
        tally.sent++;
        tally.byKind[kind] = (tally.byKind[kind] ?? 0) + 1;
        const raw = await rawExchange(s.url, c.chunks, { gapMs: c.gapMs, cut: c.cut, answers: c.answers, waitMs: kind === "slow-body" ? 2000 : 3000 });
        const answers = parseResponses(raw);
        if (answers.length === 0) tally.byStatus["no answer"] = (tally.byStatus["no answer"] ?? 0) + 1;
        if (alwaysAnswered.has(kind)) expect(answers.length, `case ${i} (${kind}) got no answer`).toBeGreaterThan(0);
        for (const [k, a] of answers.entries()) {
          tally.byStatus[a.status] = (tally.byStatus[a.status] ?? 0) + 1;
          // Bombs get a small answer, whatever was asked.
          if (kind === "schema-bomb") expect(a.body.length, `case ${i}`).toBeLessThan(1024 * 1024);
          checkEnvelope({ ...a, method: k === 0 ? c.method : "GET", path: k === 0 ? c.path : "/v1/models" }, `case ${i} (${kind}) answer ${k}`);
        }
        if (kind === "pipelined") expect(answers[0]?.status, `case ${i}: the valid request before the junk is answered first`).toBe(200);
        // Still up: a plain request between cases.
        if (i % 100 === 99) {
          const health = await fetch(`${s.url}/v1/models`, { headers: apiHeaders() });
          expect(health.status, `health after case ${i}`).toBe(200);
        }
      });
    } finally {
      clearInterval(drip);
      for (const socket of slowloris) socket.destroy();
      clearInterval(sampler);
    }
    const end = process.memoryUsage();
    const health = await fetch(`${s.url}/v1/messages`, { method: "POST", headers: apiHeaders(), body: JSON.stringify(simpleMessage) });
    expect(health.status).toBe(200);

    const mib = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MiB`;
    console.log(
      [
        `hostile-peer suite: ${tally.sent} requests sent in ${((performance.now() - began) / 1000).toFixed(1)} s${stoppedEarly ? ` (stopped at the ${generationBudgetMs / 1000} s budget)` : ""}, 16 slow header senders held open`,
        `  by kind: ${JSON.stringify(tally.byKind)}`,
        `  outcomes by status: ${JSON.stringify(tally.byStatus)}`,
        `  memory: rss ${mib(start.rss)} → peak ${mib(peak.rss)} → ${mib(end.rss)}; heap ${mib(start.heapUsed)} → peak ${mib(peak.heapUsed)} → ${mib(end.heapUsed)}`,
      ].join("\n"),
    );
    expect(tally.sent).toBeGreaterThan(kinds.length * 20);
    expect(peak.heapUsed - start.heapUsed).toBeLessThan(heapBound);
    expect(peak.rss - start.rss).toBeLessThan(rssBound);
  });
});
