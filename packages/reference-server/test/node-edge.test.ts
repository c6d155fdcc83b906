/**
 * The Node entry and the web-standard entry run the same core and differ only at the I/O
 * edge: the same requests get the same answers from both. Also checks the Node entry's
 * shortcut for request URLs against the URL parser, and, when the workspace has Deno, the
 * web entry under Deno (runtime-tests/deno/smoke.ts).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { needProgram } from "../../../scripts/lib/outside-programs.ts";
import { createApp } from "../src/index.ts";
import { parseRequestUrl, requestUrl } from "../src/node/request-url.ts";
import { apiHeaders, simpleMessage, testKey, useServer } from "./helpers/server.ts";
import { rng } from "./helpers/hostile.ts";

describe("request URLs on Node", () => {
  it("take the shortcut only where it gives what the URL parser gives", () => {
    // Seeded: a failure replays with the same targets.
    const random = rng(42).next;
    const pieces = ["v1", "messages", "models", "a", "Z", "0", "-", "_", "~", ".", "..", "/", "//", "?", "=", "&", "%", "%2e", "%2E", "%41", "%zz", "%20", "#", "'", '"', "<", ">", "`", "{", "}", "|", "^", "[", "]", "\\", "@", ":", ";", ",", "+", "*", "(", ")", "!", "$", "é"];
    const hosts = ["h", "h:80", "localhost:8080", "127.0.0.1:1", "[::1]:9", "H", "LOCALHOST:80", "a b", "a/b", "user@h", "h:x", ""];
    for (let i = 0; i < 5000; i++) {
      const target = `/${Array.from({ length: 1 + Math.floor(random() * 8) }, () => pieces[Math.floor(random() * pieces.length)]).join("")}`;
      const host = hosts[Math.floor(random() * hosts.length)]!;
      expect(requestUrl(target, host), `${host} ${target}`).toBe(parseRequestUrl(target, host));
    }
  });

  it("refuse what was always refused", () => {
    expect(requestUrl("/v1/models", "h")).toBe("http://h/v1/models");
    expect(requestUrl("/v1/models?beta=true", "h:80")).toBe("http://h/v1/models?beta=true");
    expect(requestUrl("/v1/./models", "h")).toBe("http://h/v1/models");
    expect(requestUrl("http://other.example/v1/models", "h")).toBe("http://other.example/v1/models");
    for (const [target, host] of [["/v1\\models", "h"], ["*", "h"], ["/v1/models", "LOCALHOST:80"], ["/v1/models", "a b"], ["/v1/models", "user@h"]]) {
      expect(requestUrl(target!, host), `${host} ${target}`).toBeUndefined();
    }
  });
});

/** What may differ between the two entries: transport headers, per-request ids, the moving rate-limit numbers. */
function comparable(status: number, headers: Headers, body: string) {
  const kept: [string, string][] = [];
  headers.forEach((value, name) => {
    if (["date", "connection", "keep-alive", "content-length", "transfer-encoding"].includes(name)) return;
    if (/^anthropic-ratelimit-.*-(remaining|reset)$/.test(name) || name === "request-id") kept.push([name, "*"]);
    else kept.push([name, value]);
  });
  return { status, headers: kept.sort(), body: body.replace(/req_011C[0-9A-Za-z]{20}/g, "req_*") };
}

describe("the Node entry and the web entry", () => {
  const s = useServer();
  const app = createApp({ apiKeys: [testKey] });
  const message = JSON.stringify(simpleMessage);
  const requests: [string, RequestInit][] = [
    ["/v1/messages", { method: "POST", headers: apiHeaders(), body: message }],
    ["/v1/messages?beta=true", { method: "POST", headers: apiHeaders(), body: JSON.stringify({ ...simpleMessage, stream: true }) }],
    ["/v1/messages/count_tokens", { method: "POST", headers: apiHeaders(), body: JSON.stringify({ model: simpleMessage.model, messages: simpleMessage.messages }) }],
    ["/v1/messages", { method: "POST", headers: apiHeaders(), body: "{" }],
    ["/v1/messages", { method: "POST", headers: apiHeaders({ "x-api-key": "wrong" }), body: message }],
    ["/v1/messages", { method: "POST", headers: apiHeaders({ "anthropic-version": "" }), body: message }],
    ["/v1/messages", { method: "POST", headers: apiHeaders(), body: JSON.stringify({ ...simpleMessage, metadata: { user_id: 'claude-spec-fault:{"status":529}' } }) }],
    ["/v1/messages", { method: "POST", headers: apiHeaders(), body: JSON.stringify({ ...simpleMessage, metadata: { user_id: 'claude-spec-fault:{"chunk_bytes":50}' } }) }],
    ["/v1/models", { headers: apiHeaders() }],
    ["/v1/models/claude%2Dsonnet-4-5", { headers: apiHeaders() }],
    ["/v1/models", { method: "HEAD", headers: apiHeaders() }],
    ["/v1/models", { method: "DELETE", headers: apiHeaders() }],
    ["/v1/nothing-here", { headers: apiHeaders() }],
    ["/v1/models", { headers: apiHeaders({ origin: "https://example.com" }) }],
  ];

  it("answer the same requests the same way", async () => {
    await app.ready;
    for (const [path, init] of requests) {
      const label = `${init.method ?? "GET"} ${path}`;
      const viaNode = await fetch(`${s.url}${path}`, init);
      const viaWeb = await app.fetch(new Request(`${s.url}${path}`, init));
      expect(comparable(viaWeb.status, viaWeb.headers, await viaWeb.text()), label).toEqual(comparable(viaNode.status, viaNode.headers, await viaNode.text()));
    }
  });

  it("differ in one kept detail: a preflight over Node carries the text/plain type it always had", async () => {
    const init = { method: "OPTIONS", headers: { origin: "https://example.com", "access-control-request-method": "POST" } };
    const viaNode = await fetch(`${s.url}/v1/messages`, init);
    const viaWeb = await app.fetch(new Request(`${s.url}/v1/messages`, init));
    expect(viaNode.status).toBe(204);
    expect(viaNode.headers.get("content-type")).toBe("text/plain; charset=UTF-8");
    const nodeHeaders = new Headers(viaNode.headers);
    nodeHeaders.delete("content-type");
    expect(comparable(viaWeb.status, viaWeb.headers, "")).toEqual(comparable(viaNode.status, nodeHeaders, ""));
  });
});

describe("the web entry under Deno", () => {
  // Deno comes with the runtime matrix (`pnpm runtimes:install`), DENO_PATH or PATH; where it is
  // missing the test is skipped and the run ends saying so.
  const deno = needProgram("deno", "the reference server's web entry under Deno (packages/reference-server/test/node-edge.test.ts)");
  it.skipIf(!deno)("serves a stream and the error envelope (runtime-tests/deno/smoke.ts)", { timeout: 60_000 }, () => {
    const denoDir = mkdtempSync(join(tmpdir(), "reference-server-deno-"));
    try {
      const result = spawnSync(
        deno!,
        ["run", "--no-remote", "--allow-net", "--allow-read", "--allow-env", "--node-modules-dir=manual", "runtime-tests/deno/smoke.ts"],
        { cwd: join(import.meta.dirname, ".."), encoding: "utf8", timeout: 55_000, env: { ...process.env, DENO_DIR: denoDir, DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" } },
      );
      expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
      expect(result.stdout).toContain("deno smoke: ok");
    } finally {
      rmSync(denoDir, { recursive: true, force: true });
    }
  });
});
