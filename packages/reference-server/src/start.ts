/**
 * Starts the reference server on Node: plain node:http in front of the core (the Node
 * entry in node/ reads requests and writes replies directly), files on disk under the data
 * dir, fixtures from conformance/fixtures/, and an optional record file.
 * `start(options)` → `{ url, close() }`.
 */
import { createServer } from "node:http";
import { existsSync } from "node:fs";
import { mkdtemp, rm, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AddressInfo, Socket } from "node:net";
import { webApp, type ReferenceApp } from "./app.ts";
import { createCore } from "./core.ts";
import { AnswerOrder } from "./node/answer-order.ts";
import { answerClientError, answerEnvelope } from "./node/connection.ts";
import { createDiskStore } from "./node/disk-store.ts";
import { defaultDrainBounds, type DrainBounds } from "./node/drain-body.ts";
import { loadFixtures } from "./node/load-fixtures.ts";
import { openRecordFile, type RecordFile } from "./node/record-file.ts";
import { createRequestListener } from "./node/request-listener.ts";
import { resolveOptions, type AppOptions } from "./options.ts";

export interface StartOptions extends AppOptions {
  /** @default "127.0.0.1" */
  host?: string;
  /** 0 picks a free port. @default 0 */
  port?: number;
  /**
   * Where uploaded files, skills and their metadata are kept; a later start with the same
   * directory finds them again. @default a fresh directory under the OS temp dir, removed by close()
   */
  dataDir?: string;
  /** Record mode: append one JSON line per request to this file. @default off */
  record?: string;
  /** The HMAC key of the record's credential fingerprints. @default random per start */
  recordSalt?: string;
  /**
   * Recorded interactions to replay; `false` for none. Ignored when `fixtures` is given.
   * @default the repository's conformance/fixtures/, when present
   */
  fixturesDir?: string | false;
  /** Largest request header block, in bytes; larger ones get a 413 envelope. @default 32768 */
  maxHeaderSize?: number;
  /**
   * Most header fields in one request; more get a 431 envelope (Node would otherwise drop
   * the fields past its `maxHeadersCount` silently). @default 2000 (Node's own default)
   */
  maxHeaderCount?: number;
  /**
   * After answering before the request body has fully arrived (a 413 over the size limit, an
   * early 401), the server keeps reading and discarding the rest of the body for at most
   * `ms` milliseconds and `bytes` bytes, so the client can read the answer before the
   * connection closes; past either bound the connection is closed.
   * @default { ms: 5000, bytes: 268435456 } (256 MiB)
   */
  earlyAnswerDrain?: Partial<DrainBounds>;
}

export interface RunningServer {
  /** `http://HOST:PORT`, without a trailing slash. */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  /** The same server as a web-standard handler, for in-process calls. */
  readonly app: ReferenceApp;
  /** Stops accepting connections, ends open ones, flushes the record file. */
  close(): Promise<void>;
}

export const defaultFixturesDir = fileURLToPath(new URL("../../../conformance/fixtures", import.meta.url));

function bracketed(host: string): string {
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}

export async function start(options: StartOptions = {}): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  const ownDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), "claude-spec-reference-server-")));
  await mkdir(dataDir, { recursive: true });
  const fixturesDir = options.fixturesDir === undefined ? defaultFixturesDir : options.fixturesDir;
  const fixtures = options.fixtures ?? (fixturesDir && existsSync(fixturesDir) ? await loadFixtures(fixturesDir) : []);
  const recorder: RecordFile | undefined = options.record ? openRecordFile(options.record, options.recordSalt) : undefined;
  const organizationId = resolveOptions(options).organizationId;

  const core = createCore({ ...options, fixtures }, { store: createDiskStore(dataDir), recorder });
  await core.ready;

  const maxHeaderCount = options.maxHeaderCount ?? 2000;
  const listener = createRequestListener(core.handle, {
    hostname: host,
    organizationId,
    drain: { ...defaultDrainBounds, ...options.earlyAnswerDrain },
    maxHeaderCount,
  });
  const order = new AnswerOrder();
  const server = createServer({ maxHeaderSize: options.maxHeaderSize ?? 32_768, requireHostHeader: false }, (incoming, outgoing) => {
    order.track(incoming, outgoing);
    listener(incoming, outgoing);
  });
  // One field more than allowed is kept, so a request over the limit can be told from one at it.
  server.maxHeadersCount = maxHeaderCount + 1;
  // A refused request's answer goes after the answers to the requests before it (pipelining).
  server.on("clientError", (error, socket) => order.afterPending(socket as Socket, () => answerClientError(error, socket, organizationId)));
  // Node answers an unknown `Expect` itself with a bare 417; ours carries the envelope.
  server.on("checkExpectation", (_request, response) => answerEnvelope(response, 417, "unsupported Expect header", organizationId));

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${bracketed(host)}:${port}`;

  let closing: Promise<void> | undefined;
  return {
    url,
    host,
    port,
    dataDir,
    app: webApp(core),
    close() {
      closing ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await closed;
        await recorder?.close();
        if (ownDataDir) await rm(dataDir, { recursive: true, force: true });
      })();
      return closing;
    },
  };
}
