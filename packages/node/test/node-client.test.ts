import { execFileSync } from "node:child_process";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { connect, type AddressInfo, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Agent } from "undici";
import { createClient, dispatcherFor, fileFromPath, nodeFetchHeadersTimeout, optionsFromEnv, skillFilesFromDirectory, UserAbortError } from "../src/index.ts";

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

async function listen(server: Server): Promise<string> {
  const sockets = new Set<Socket>();
  server.on("connection", (s: Socket) => (sockets.add(s), s.on("close", () => sockets.delete(s))));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  closers.push(() => new Promise((r) => (sockets.forEach((s) => s.destroy()), server.close(() => r()))));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** An API stand-in that records each request and its raw body. */
async function apiServer() {
  const seen: { req: IncomingMessage; body: Buffer }[] = [];
  const url = await listen(
    createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        seen.push({ req, body: Buffer.concat(chunks) });
        res.writeHead(200, { "content-type": "application/json", "request-id": "req_node" });
        res.end(JSON.stringify({ type: "file", id: "file_1", filename: "x", mime_type: "x", size_bytes: 1, created_at: "x", id2: req.url }));
      });
    }),
  );
  return { url, seen };
}

describe("optionsFromEnv", () => {
  it("reads the three variables", () => {
    expect(optionsFromEnv({ ANTHROPIC_API_KEY: "k-1234567890", ANTHROPIC_AUTH_TOKEN: "t-1234567890", ANTHROPIC_BASE_URL: "http://x" })).toEqual({
      apiKey: "k-1234567890",
      authToken: "t-1234567890",
      baseURL: "http://x",
    });
    expect(optionsFromEnv({})).toEqual({});
  });
});

describe("createClient", () => {
  let saved: NodeJS.ProcessEnv;
  beforeEach(() => {
    saved = { ...process.env };
    for (const name of ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ANTHROPIC_AUTH_TOKEN"]) delete process.env[name];
  });
  afterEach(() => {
    process.env = saved;
  });

  it("takes the key and base URL from the environment", async () => {
    const api = await apiServer();
    process.env.ANTHROPIC_API_KEY = "sk-ant-env-key-000";
    process.env.ANTHROPIC_BASE_URL = api.url;
    await createClient().models.retrieve("m");
    expect(api.seen[0]!.req.headers["x-api-key"]).toBe("sk-ant-env-key-000");
  });

  it("lets explicit options win over the environment", async () => {
    const api = await apiServer();
    process.env.ANTHROPIC_API_KEY = "sk-ant-env-key-000";
    await createClient({ apiKey: "sk-ant-explicit-001", baseURL: api.url }).models.retrieve("m");
    expect(api.seen[0]!.req.headers["x-api-key"]).toBe("sk-ant-explicit-001");
  });

  it("uses the auth token from the environment as Bearer", async () => {
    const api = await apiServer();
    delete process.env.ANTHROPIC_API_KEY;
    process.env.ANTHROPIC_AUTH_TOKEN = "oauth-env-token-1";
    await createClient({ baseURL: api.url }).models.retrieve("m");
    expect(api.seen[0]!.req.headers.authorization).toBe("Bearer oauth-env-token-1");
  });

  it("sends requests through an HTTP proxy (CONNECT tunnel)", async () => {
    const api = await apiServer();
    const tunnels: string[] = [];
    const proxy = createServer();
    proxy.on("connect", (req, client: Socket, head) => {
      tunnels.push(req.url!);
      const [host, port] = req.url!.split(":");
      const upstream = connect(Number(port), host!, () => {
        client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
        upstream.write(head);
        upstream.pipe(client).pipe(upstream);
      });
      upstream.on("error", () => client.destroy());
      client.on("error", () => upstream.destroy());
    });
    const proxyURL = await listen(proxy);
    const client = createClient({ apiKey: "sk-ant-proxy-key-01", baseURL: api.url, proxy: proxyURL });
    expect((await client.models.retrieve("m")).requestId).toBe("req_node");
    // undici's own fetch takes the runtime's FormData and streams too.
    await client.files.upload({ file: new File(["through the proxy"], "p.txt") });
    await client.skills.create({ files: [{ path: "s/SKILL.md", content: new Blob(["body"]).stream() }] });
    expect(tunnels.length).toBeGreaterThanOrEqual(1);
    expect(new Set(tunnels)).toEqual(new Set([new URL(api.url).host]));
    expect(api.seen[1]!.body.toString()).toContain("through the proxy");
    expect(api.seen[2]!.body.toString()).toContain('filename="s/SKILL.md"');
  });

  it("tells the client how long Node's fetch waits by itself, only where those are undici's defaults", () => {
    const limit = (options: Parameters<typeof createClient>[0]) => createClient({ apiKey: "sk-ant-limit-key-01", ...options }).context.fetchHeadersTimeout;
    expect(nodeFetchHeadersTimeout).toBe(310_000);
    expect(limit({})).toBe(nodeFetchHeadersTimeout);
    expect(limit({ proxy: "http://127.0.0.1:9" })).toBe(nodeFetchHeadersTimeout);
    expect(limit({ proxy: new URL("http://127.0.0.1:9") })).toBe(nodeFetchHeadersTimeout);
    // Another fetch, or a dispatcher the caller configured: its limits are unknown.
    expect(limit({ fetch: (input, init) => fetch(input, init) })).toBe(0);
    expect(limit({ proxy: new Agent({ headersTimeout: 0 }) })).toBe(0);
    expect(limit({ fetchHeadersTimeout: 20_000 })).toBe(20_000);
  });

  it("still hands the caller's signal to Node's fetch: an abort ends a stalled call and its connection at once", async () => {
    let closed!: () => void;
    const connectionClosed = new Promise<void>((resolve) => (closed = resolve));
    const url = await listen(createServer((req) => req.socket.once("close", () => closed())));
    // A budget past Node's own limits, so only the caller's signal can end this call.
    const client = createClient({ apiKey: "sk-ant-stall-key-01", baseURL: url, maxRetries: 0, timeout: 320_000 });
    const caller = new AbortController();
    const pending = client.models.retrieve("m", undefined, { signal: caller.signal });
    setTimeout(() => caller.abort(), 50);
    await expect(pending).rejects.toBeInstanceOf(UserAbortError);
    await connectionClosed;
  });

  it("picks the proxy up from HTTPS_PROXY / HTTP_PROXY, and not otherwise", () => {
    expect(dispatcherFor(undefined, {})).toBeNull();
    expect(dispatcherFor(undefined, { HTTPS_PROXY: "http://127.0.0.1:9" })).not.toBeNull();
    expect(dispatcherFor(false, { HTTPS_PROXY: "http://127.0.0.1:9" })).toBeNull();
  });
});

describe("importing the package", () => {
  // In a fresh process: importing undici installs its Agent as Node's global dispatcher.
  const probe = (code: string) =>
    execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], { cwd: fileURLToPath(new URL("..", import.meta.url)), encoding: "utf8" }).trim();
  const dispatcherInstalled = "String(globalThis[Symbol.for('undici.globalDispatcher.1')] !== undefined)";

  it("leaves Node's global dispatcher alone, and loads undici only for a proxy", () => {
    expect(probe(`await import("./src/index.ts"); console.log(${dispatcherInstalled})`)).toBe("false");
    const withProxy = `const { createClient } = await import("./src/index.ts"); createClient({ apiKey: "k", proxy: "http://127.0.0.1:9" }); console.log(${dispatcherInstalled})`;
    expect(probe(withProxy)).toBe("true");
  });
});

describe("uploads from paths", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "claude-spec-node-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("uploads a file from its path, streamed from disk", async () => {
    const api = await apiServer();
    const path = join(dir, "notes.txt");
    await writeFile(path, "x".repeat(100_000));
    const client = createClient({ apiKey: "sk-ant-files-key-01", baseURL: api.url, proxy: false });
    await client.files.upload({ file: await fileFromPath(path, { type: "text/plain" }) });
    const body = api.seen[0]!.body.toString();
    expect(body).toContain('name="file"; filename="notes.txt"');
    expect(body).toContain("Content-Type: text/plain");
    expect(body).toContain("x".repeat(100_000));
  });

  it("reads a skill directory with its relative paths", async () => {
    const skill = join(dir, "greeter");
    await mkdir(join(skill, "scripts"), { recursive: true });
    await mkdir(join(skill, ".git"));
    await writeFile(join(skill, "SKILL.md"), "---\nname: greeter\n---\n");
    await writeFile(join(skill, "scripts", "hi.py"), "print('hi')");
    await writeFile(join(skill, ".git", "HEAD"), "ref");
    await writeFile(join(skill, ".DS_Store"), "junk");
    const files = await skillFilesFromDirectory(skill);
    expect(files.map((f) => f.path)).toEqual(["greeter/SKILL.md", "greeter/scripts/hi.py"]);

    const api = await apiServer();
    await createClient({ apiKey: "sk-ant-files-key-01", baseURL: api.url, proxy: false }).skills.create({ files });
    const body = api.seen[0]!.body.toString();
    expect(body).toContain('name="files[]"; filename="greeter/SKILL.md"');
    expect(body).toContain('name="files[]"; filename="greeter/scripts/hi.py"');
    expect(body).toContain("print('hi')");
  });
});
