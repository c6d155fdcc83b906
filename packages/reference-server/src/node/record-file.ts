/** Record mode on Node: JSON lines appended to a file, SHA-256 from node:crypto. */
import { createHash, createHmac, randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Recorder } from "../record/recorder.ts";

export interface RecordFile extends Recorder {
  close(): Promise<void>;
}

/** `salt` keys the credential fingerprints; without one they still tell one key from another within a run. */
export function openRecordFile(path: string, salt: string = randomBytes(32).toString("hex")): RecordFile {
  const out = createWriteStream(path, { flags: "a" });
  // A failing record file must not take the server down; the error is reported once.
  let failed = false;
  out.on("error", (error) => {
    if (!failed) console.error(`record file ${path}: ${(error as Error).message}`);
    failed = true;
  });
  return {
    createDigest() {
      const hash = createHash("sha256");
      return { update: (chunk) => void hash.update(chunk), hex: () => hash.digest("hex") };
    },
    fingerprint(secret) {
      return `hmac-sha256:${createHmac("sha256", salt).update(secret).digest("hex").slice(0, 32)}`;
    },
    write(entry) {
      if (!failed) out.write(`${JSON.stringify(entry)}\n`);
    },
    async close() {
      if (failed || out.closed) return;
      out.end();
      await once(out, "close").catch(() => {});
    },
  };
}
