/**
 * The upstream the proxy and fault tests run the suite against: the embedded reference server
 * with record mode on (so cases can compare what arrived with what was sent), in a temporary
 * directory, started under the heavy-test lock. Call it inside the `describe` (or at the top
 * of the file) whose tests use it: it registers that scope's beforeAll/afterAll.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { startEmbeddedServer, type EmbeddedServer } from "../../src/target/embedded-server.ts";
import { acquireHeavyLock } from "./heavy-lock.ts";

export interface RecordingUpstream {
  /** The running server (after beforeAll). */
  readonly server: EmbeddedServer;
  /** The temporary directory, removed after the tests; the record file lives in it. */
  readonly dir: string;
}

/** The record salt the upstream is started with: pass it as `upstreamRecordSalt` so credential checks run. */
export const recordSalt = "conformance-self-test-record-salt";

export function recordingUpstream(name: string, apiKey: string, batchMs: number): RecordingUpstream {
  let server: EmbeddedServer | undefined;
  let dir = "";
  let release: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    release = await acquireHeavyLock();
    dir = await mkdtemp(join(tmpdir(), `conformance-${name}-`));
    server = await startEmbeddedServer({ apiKey, recordFile: join(dir, "received.jsonl"), batchMs, recordSalt });
  }, 660_000);
  afterAll(async () => {
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
    await release?.();
  });
  return {
    get server() {
      if (!server) throw new Error("the recording upstream is used before its beforeAll ran");
      return server;
    },
    get dir() {
      return dir;
    },
  };
}
