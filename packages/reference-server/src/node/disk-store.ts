/**
 * The object store on disk, under the data dir: `objects/<key>` for bytes and
 * `meta/<kind>/<id>.json` for metadata. Uploads are written chunk by chunk with
 * backpressure, so memory stays flat whatever the upload's size. Node only.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { Readable } from "node:stream";
import { once } from "node:events";
import type { WriteStream } from "node:fs";
import { assertSafeKey, type ObjectStore } from "../store/object-store.ts";

/** Resolves on 'drain'; rejects when the stream fails or closes first. */
function drained(out: WriteStream): Promise<void> {
  return settleOn(out, "drain");
}

/** Resolves once everything was written and flushed; rejects when the stream fails first. */
function finished(out: WriteStream): Promise<void> {
  return settleOn(out, "finish");
}

function settleOn(out: WriteStream, event: "drain" | "finish"): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      out.off(event, onEvent);
      out.off("error", done);
      out.off("close", onClose);
      if (error) reject(error);
      else resolve();
    };
    const onEvent = () => done();
    const onClose = () => done(new Error("upload stream closed before it was written"));
    out.on(event, onEvent);
    out.on("error", done);
    out.on("close", onClose);
  });
}

/** Resolves when the stream has released its file descriptor (at once if it already has). */
function closed(out: WriteStream): Promise<void> {
  if (out.closed) return Promise.resolve();
  return new Promise<void>((resolve) => out.once("close", () => resolve()));
}

export function createDiskStore(dataDir: string): ObjectStore {
  const objectPath = (key: string) => {
    assertSafeKey(key);
    return join(dataDir, "objects", ...key.split("/"));
  };
  const metaPath = (kind: string, id: string) => {
    assertSafeKey(`${kind}/${id}`);
    return join(dataDir, "meta", kind, `${id}.json`);
  };

  return {
    async write(key, body) {
      const path = objectPath(key);
      await mkdir(dirname(path), { recursive: true });
      // Written beside the target and renamed at the end: a failed upload leaves nothing half-written.
      const partial = `${path}.partial`;
      const out = createWriteStream(partial);
      // A write still in flight when the upload fails errors once the stream is destroyed; an
      // 'error' without a listener would take the process down, so one is always attached.
      let writeError: Error | undefined;
      out.on("error", (error) => (writeError ??= error));
      const reader = body.getReader();
      let size = 0;
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          if (writeError) throw writeError;
          size += value.byteLength;
          if (!out.write(value)) await drained(out);
        }
        out.end();
        await finished(out);
        await rename(partial, path);
        return size;
      } catch (error) {
        // The partial file is removed only once the stream has closed its descriptor, so a
        // pending open or write cannot recreate or extend it afterwards.
        out.destroy();
        await closed(out);
        await rm(partial, { force: true });
        throw error;
      } finally {
        reader.releaseLock();
      }
    },
    async read(key) {
      const path = objectPath(key);
      try {
        const stream = createReadStream(path);
        await once(stream, "open");
        return Readable.toWeb(stream) as unknown as ReadableStream<Uint8Array>;
      } catch {
        return null;
      }
    },
    async remove(key) {
      await rm(objectPath(key), { force: true, recursive: true });
    },
    async saveMeta(kind, id, value) {
      const path = metaPath(kind, id);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(`${path}.tmp`, JSON.stringify(value));
      await rename(`${path}.tmp`, path);
    },
    async removeMeta(kind, id) {
      await rm(metaPath(kind, id), { force: true });
    },
    async loadMeta(kind) {
      assertSafeKey(kind);
      const dir = join(dataDir, "meta", kind);
      let names: string[];
      try {
        names = await readdir(dir);
      } catch {
        return [];
      }
      const docs: unknown[] = [];
      for (const name of names.filter((n) => n.endsWith(".json"))) {
        try {
          docs.push(JSON.parse(await readFile(join(dir, name), "utf8")));
        } catch {
          // A damaged document is skipped rather than stopping the server from starting.
        }
      }
      return docs;
    },
  };
}
