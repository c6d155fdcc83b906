/**
 * A small misbehaving gateway for the suite's own tests: a loopback HTTP proxy in front of
 * the reference server that, well-behaved by default (it keeps Host, streams both ways,
 * passes every header and byte), plants one defect at a time: the behaviours real
 * gateways were found to have. It can also play a gateway that routes on its own header
 * and one that authenticates its own users and sends its own key upstream.
 *
 * Test code only: it listens on 127.0.0.1 and talks to the one upstream it is given.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from "node:http";

export type Defect =
  /** Answers every error in its own JSON shape, a 500 with a stack trace and absolute paths. */
  | "stack-trace-500"
  /** Unknown paths get a web framework's 404 (`{"detail":"Not Found"}`). */
  | "framework-404"
  /** Errors reshaped into another envelope (`{"error":{"message","code"}}`). */
  | "reshaped-envelope"
  /** Drops request and response headers it does not know (request-id, x-*) and re-serialises JSON bodies. */
  | "drop-request-id-rewrite-body"
  /** Forwards without the query string (`?beta=true` lost). */
  | "drop-query"
  /** Sends /v1/messages/count_tokens to /v1/messages. */
  | "rewrite-count-tokens-path"
  /** Sends /v1/files to /v1 (a prefix rule that eats the last segment). */
  | "rewrite-files-path"
  /** Answers count_tokens itself with a local estimate; nothing reaches the upstream. */
  | "count-tokens-local"
  /** Replaces the client's key with the gateway's own. */
  | "replace-key"
  /** Sends the key twice: x-api-key and Authorization: Bearer. */
  | "two-credentials"
  /** Strips anthropic-dangerous-direct-browser-access. */
  | "strip-browser-access"
  /** Drops context_management and output_config from Messages bodies. */
  | "drop-agentic-fields"
  /** Rewrites the model to another one. */
  | "rewrite-model"
  /** Adds stream:false to bodies without stream. */
  | "add-stream-false"
  /** Injects an anthropic-beta value when the client sends none. */
  | "inject-beta"
  /** Rewrites anthropic-version 2026-10-21 to 2023-06-01. */
  | "rewrite-version"
  /** Fails batch creation (500) and batch results (502 text) through the gateway. */
  | "break-batches"
  /** Holds a stream's bytes until it ends, then sends them at once. */
  | "buffer-sse"
  /** Answers bodies over 1 MiB with nginx's 413 HTML page. */
  | "html-413"
  /** Rewrites Host to the upstream's, so results_url names the upstream. */
  | "rewrite-host";

export const allDefects: readonly Defect[] = [
  "stack-trace-500", "framework-404", "reshaped-envelope", "drop-request-id-rewrite-body", "drop-query", "rewrite-count-tokens-path",
  "rewrite-files-path", "count-tokens-local", "replace-key", "two-credentials", "strip-browser-access", "drop-agentic-fields", "rewrite-model",
  "add-stream-false", "inject-beta", "rewrite-version", "break-batches", "buffer-sse", "html-413", "rewrite-host",
];

export interface PlantedProxyOptions {
  readonly upstream: string;
  readonly defect?: Defect | null;
  /** Refuse requests without this routing header (as gateways that route by provider do), and consume it. */
  readonly routingHeader?: readonly [string, string];
  /** Authenticate clients by this key and send `upstreamKey` instead (a gateway with its own keys). */
  readonly gatewayKeys?: { readonly client: string; readonly upstream: string };
  /** The gateway's own upstream key, for "replace-key". */
  readonly ownKey?: string;
  /**
   * Answer like a conformant implementation that is not ours: no ping events, other ids
   * (message, tool use, request), other text, none of our optional headers.
   */
  readonly unlikeOurs?: boolean;
}

export interface PlantedProxy {
  readonly url: string;
  close(): Promise<void>;
}

const hopByHop = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "proxy-connection", "te", "trailer"]);
const maxBuffered = 40 * 1024 * 1024;

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": String(Buffer.byteLength(text)), ...headers });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBuffered) throw new Error("body over the test proxy's buffer");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function editJson(body: Buffer, edit: (value: Record<string, unknown>) => void): Buffer {
  try {
    const value = JSON.parse(body.toString("utf8")) as Record<string, unknown>;
    if (!value || typeof value !== "object" || Array.isArray(value)) return body;
    edit(value);
    return Buffer.from(JSON.stringify(value));
  } catch {
    return body;
  }
}

const stackTrace = `Traceback (most recent call last):\n  File "/srv/gateway/app/handlers.py", line 88, in forward\n    raise UpstreamError(resp)\ngateway.errors.UpstreamError: upstream said no`;

export async function startPlantedProxy(options: PlantedProxyOptions): Promise<PlantedProxy> {
  const upstream = new URL(options.upstream);
  const defect = options.defect ?? null;
  const server: Server = createServer((req, res) => {
    void handle(req, res).catch((error: Error) => {
      if (!res.headersSent) json(res, 502, { type: "error", error: { type: "api_error", message: `test proxy: ${error.message}` } });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://proxy");
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined && !hopByHop.has(name)) headers[name] = Array.isArray(value) ? value.join(", ") : value;

    if (options.routingHeader) {
      const [name, wanted] = options.routingHeader;
      if (headers[name] !== wanted) return json(res, 400, { status: "failure", message: `missing or unknown provider: set the ${name} header` });
      delete headers[name];
    }
    if (options.gatewayKeys) {
      const presented = headers["x-api-key"] ?? headers.authorization?.replace(/^Bearer\s+/i, "");
      if (presented !== options.gatewayKeys.client) {
        return json(res, 401, { type: "error", error: { type: "authentication_error", message: "invalid gateway key" }, request_id: "req_gateway_refused" }, { "request-id": "req_gateway_refused" });
      }
      delete headers.authorization;
      headers["x-api-key"] = options.gatewayKeys.upstream;
    }
    if (defect === "html-413" && Number(headers["content-length"] ?? 0) > 1024 * 1024) {
      res.writeHead(413, { "content-type": "text/html", connection: "close" });
      res.end("<html><head><title>413 Request Entity Too Large</title></head><body><center><h1>413 Request Entity Too Large</h1></center><hr><center>nginx</center></body></html>\n");
      req.resume();
      return;
    }
    if (defect === "framework-404" && !/^\/v1\/(messages|models|files|skills)/.test(url.pathname)) {
      req.resume();
      return json(res, 404, { detail: "Not Found" });
    }
    if (defect === "count-tokens-local" && url.pathname === "/v1/messages/count_tokens") {
      const body = await readBody(req);
      return json(res, 200, { input_tokens: Math.ceil(body.length / 4) });
    }
    if (defect === "break-batches" && url.pathname === "/v1/messages/batches" && req.method === "POST") {
      req.resume();
      return json(res, 500, { type: "error", error: { type: "api_error", message: "batch creation is not supported by this gateway" }, request_id: "req_gateway" });
    }
    if (defect === "break-batches" && /\/results$/.test(url.pathname)) {
      req.resume();
      res.writeHead(502, { "content-type": "text/plain" });
      return void res.end("upstream connect error");
    }

    let body = req.method === "GET" || req.method === "HEAD" ? Buffer.alloc(0) : await readBody(req);
    let path = url.pathname + url.search;
    if (defect === "drop-query") path = url.pathname;
    if (defect === "rewrite-count-tokens-path" && url.pathname === "/v1/messages/count_tokens") path = `/v1/messages${url.search}`;
    if (defect === "rewrite-files-path" && url.pathname === "/v1/files") path = `/v1${url.search}`;
    if (defect === "replace-key") {
      delete headers.authorization;
      headers["x-api-key"] = options.ownKey ?? "sk-ant-gateway-own-key-000000000000";
    }
    if (defect === "two-credentials") {
      const key = headers["x-api-key"] ?? headers.authorization?.replace(/^Bearer\s+/i, "");
      if (key) {
        headers["x-api-key"] = key;
        headers.authorization = `Bearer ${key}`;
      }
    }
    if (defect === "strip-browser-access") delete headers["anthropic-dangerous-direct-browser-access"];
    if (defect === "inject-beta" && !headers["anthropic-beta"]) headers["anthropic-beta"] = "prompt-caching-2024-07-31";
    if (defect === "rewrite-version" && headers["anthropic-version"] === "2026-10-21") headers["anthropic-version"] = "2023-06-01";
    if (defect === "rewrite-host") headers.host = upstream.host;
    // Its body rewriting reads answers as plain bytes.
    if (defect === "drop-request-id-rewrite-body" || options.unlikeOurs) delete headers["accept-encoding"];
    // An allow-list gateway: headers it does not know (ours among them) stay behind.
    if (defect === "drop-request-id-rewrite-body") for (const name of Object.keys(headers)) if (name.startsWith("x-") && name !== "x-api-key") delete headers[name];
    const isJson = /json/.test(headers["content-type"] ?? "");
    if (isJson && body.length && url.pathname.startsWith("/v1/messages")) {
      if (defect === "drop-agentic-fields") body = editJson(body, (v) => void (delete v.context_management, delete v.output_config));
      if (defect === "rewrite-model") body = editJson(body, (v) => void (typeof v.model === "string" && (v.model = "claude-haiku-4-5")));
      if (defect === "add-stream-false") body = editJson(body, (v) => void (v.stream === undefined && (v.stream = false)));
      if (defect === "drop-request-id-rewrite-body") body = Buffer.from(JSON.stringify(JSON.parse(body.toString("utf8")), null, 2));
    }
    if (body.length || headers["content-length"] !== undefined) headers["content-length"] = String(body.length);

    const upstreamReq = httpRequest({ host: upstream.hostname, port: upstream.port, method: req.method, path, headers });
    upstreamReq.once("error", (error) => {
      if (!res.headersSent) json(res, 502, { type: "error", error: { type: "api_error", message: `upstream unreachable (${error.message})` }, request_id: null });
    });
    upstreamReq.once("response", (up) => void answer(up, res).catch(() => res.destroy()));
    upstreamReq.end(body);
  }

  async function answer(up: IncomingMessage, res: ServerResponse): Promise<void> {
    const status = up.statusCode ?? 502;
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(up.headers)) if (value !== undefined && !hopByHop.has(name)) headers[name] = value;
    const sse = /event-stream/.test(String(headers["content-type"] ?? ""));
    if (status >= 400 && defect === "stack-trace-500") {
      await readBody(up);
      return json(res, 500, { success: false, error: "InternalServerError", trace: stackTrace });
    }
    if (status >= 400 && defect === "reshaped-envelope" && !sse) {
      const original = JSON.parse((await readBody(up)).toString("utf8") || "{}") as { error?: { type?: string; message?: string } };
      return json(res, status, { error: { message: original.error?.message ?? "error", code: status } }, { "request-id": String(headers["request-id"] ?? "") });
    }
    if (defect === "drop-request-id-rewrite-body") {
      for (const name of Object.keys(headers)) if (!["content-type", "content-length", "content-encoding", "retry-after"].includes(name)) delete headers[name];
      if (!sse && /json/.test(String(headers["content-type"] ?? ""))) {
        const text = (await readBody(up)).toString("utf8");
        let out = text;
        try {
          out = JSON.stringify(JSON.parse(text), null, 1);
        } catch {
          // not JSON after all: pass it on
        }
        delete headers["content-length"];
        delete headers["content-encoding"];
        res.writeHead(status, headers);
        return void res.end(out);
      }
    }
    if (sse && defect === "buffer-sse") {
      const all = await readBody(up);
      res.writeHead(status, headers);
      return void res.end(all);
    }
    if (options.unlikeOurs) return unlike(up, res, status, headers, sse);
    res.writeHead(status, headers);
    up.pipe(res);
  }

  let serial = 0;
  const ids = new Map<string, string>();
  /** Our ids mapped to ids of another shape, the same id always to the same other one. */
  const otherId = (id: string) => {
    if (!ids.has(id)) ids.set(id, `${id.slice(0, id.indexOf("_") + 1)}0therImpl${String(++serial).padStart(6, "0")}`);
    return ids.get(id)!;
  };
  const reshape = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(reshape);
    if (!value || typeof value !== "object") return typeof value === "string" && /^(msg|toolu|req|srvtoolu)_[A-Za-z0-9]+$/.test(value) ? otherId(value) : value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = k === "text" && typeof v === "string" && v.length > 0 ? `Another implementation answers (${v.length})` : reshape(v);
    return out;
  };

  async function unlike(up: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string | string[]>, sse: boolean): Promise<void> {
    delete headers["x-should-retry"];
    delete headers["anthropic-organization-id"];
    delete headers["content-length"];
    delete headers["content-encoding"];
    if (typeof headers["request-id"] === "string") headers["request-id"] = otherId(headers["request-id"]);
    if (!sse) {
      const text = (await readBody(up)).toString("utf8");
      let out = text;
      try {
        out = JSON.stringify(reshape(JSON.parse(text)));
      } catch {
        // not JSON: as it is
      }
      res.writeHead(status, headers);
      return void res.end(out);
    }
    res.writeHead(status, headers);
    let pending = "";
    up.setEncoding("utf8");
    for await (const chunk of up) {
      pending += chunk as string;
      let end: number;
      while ((end = pending.indexOf("\n\n")) !== -1) {
        const block = pending.slice(0, end);
        pending = pending.slice(end + 2);
        if (/^event: ping$/m.test(block)) continue;
        res.write(`${block.replace(/^data: (.*)$/m, (_, data: string) => `data: ${JSON.stringify(reshape(JSON.parse(data)))}`)}\n\n`);
      }
    }
    res.end(pending);
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
