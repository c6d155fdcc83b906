/**
 * Bad input ends with one clear line on stderr and exit status 2, never a stack trace: an
 * unreachable target, a wrong key, a target that answers HTML or not HTTP at all, and
 * options that make no sense. --dry-run sends nothing.
 */
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer as createTcpServer } from "node:net";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedServer, type EmbeddedServer } from "../src/target/embedded-server.ts";
import { runCli, type CliRun } from "./helpers/cli-process.ts";
import { freePort } from "./helpers/nginx.ts";

function expectCleanFailure(run: CliRun, message: RegExp) {
  expect(run.code, run.stdout + run.stderr).toBe(2);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stderr.trim().split("\n").length).toBeLessThanOrEqual(2);
}

let html: Server;
let htmlUrl = "";
let garbageUrl = "";
let garbage: ReturnType<typeof createTcpServer>;
let reference: EmbeddedServer;
let dir = "";
const key = "sk-ant-bad-input-right-key-0123456789";

beforeAll(async () => {
  html = createHttpServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end("<!doctype html><html><head><title>Welcome to nginx!</title></head><body>hi</body></html>");
  });
  await new Promise<void>((r) => html.listen(0, "127.0.0.1", () => r()));
  htmlUrl = `http://127.0.0.1:${(html.address() as { port: number }).port}`;
  garbage = createTcpServer((socket) => socket.end("SSH-2.0-OpenSSH_9.2\r\n"));
  await new Promise<void>((r) => garbage.listen(0, "127.0.0.1", () => r()));
  garbageUrl = `http://127.0.0.1:${(garbage.address() as { port: number }).port}`;
  dir = await mkdtemp(join(tmpdir(), "conformance-bad-input-"));
  reference = await startEmbeddedServer({ apiKey: key, recordFile: join(dir, "received.jsonl") });
}, 60_000);

afterAll(async () => {
  html?.close();
  garbage?.close();
  await reference?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("bad input", () => {
  it("an unreachable target", async () => {
    const run = await runCli(["--target", `http://127.0.0.1:${await freePort()}`, "--api-key", "sk-ant-whatever-123456"]);
    expectCleanFailure(run, /cannot reach the target .*connection refused/);
    expect(run.stderr).not.toContain("sk-ant-whatever-123456");
  });

  it("a wrong key", async () => {
    const run = await runCli(["--target", reference.url, "--api-key", "sk-ant-wrong-key-000000000"]);
    expectCleanFailure(run, /refused the API key \(401 authentication_error: invalid x-api-key\); check --api-key/);
    expect(run.stderr).not.toContain("sk-ant-wrong-key-000000000");
  });

  it("a target that answers HTML", async () => {
    expectCleanFailure(await runCli(["--target", htmlUrl, "--api-key", "k"]), /answers HTML \(200: Welcome to nginx!\) where the Claude API answers JSON/);
  });

  it("a target that does not speak HTTP", async () => {
    expectCleanFailure(await runCli(["--target", garbageUrl, "--api-key", "k"]), /cannot reach the target .*not HTTP/);
  });

  it("options that make no sense", async () => {
    expectCleanFailure(await runCli(["--target", "localhost:8080", "--api-key", "k"]), /is not a URL|must be an http/);
    expectCleanFailure(await runCli(["--target", htmlUrl]), /--api-key \(or ANTHROPIC_API_KEY\) is needed/);
    expectCleanFailure(await runCli(["--tier", "gold"]), /unknown tier "gold"/);
  });

  it("takes the key from ANTHROPIC_API_KEY and runs a selection against any target", async () => {
    const run = await runCli(["--target", reference.url, "--only", "auth/x-api-key,streaming/grammar,errors/500-api-error"], { ANTHROPIC_API_KEY: key });
    expect(run.code, run.stderr).toBe(0);
    // Without --upstream the fault case cannot run against an unknown target, so it is skipped.
    expect(run.stdout).toMatch(/2 passed, 0 failed, 1 skipped/);
    expect(run.stdout).not.toContain(key);
  }, 60_000);

  it("--dry-run lists what would be sent and sends nothing", async () => {
    const run = await runCli(["--target", `http://127.0.0.1:${await freePort()}`, "--dry-run", "--only", "body-size/messages-over-limit,batches/list-limit,batches/lifecycle"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/batches\/lifecycle .* skipped: needs reference/);
    expect(run.stdout).toMatch(/batches\/list-limit .* POST +http:\/\/127\.0\.0\.1:\d+\/v1\/messages\/batches/);
    expect(run.stdout).toMatch(/body-size\/messages-over-limit .* skipped: bulk/);
    expect(run.stdout).toMatch(/nothing was sent/);
  });
});
