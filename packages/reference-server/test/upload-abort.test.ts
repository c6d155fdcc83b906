/**
 * Clients that go away in the middle of an upload (Files, Skills, skill versions): the
 * server must stay up and leave nothing behind, wherever the cut falls (inside the part
 * headers, inside a file part, between parts). Before the fix the disk stream was destroyed
 * with a write in flight and its unhandled error took the process down within a few tries,
 * leaving a `.partial` file.
 */
import { connect } from "node:net";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testKey, useServer } from "./helpers/server.ts";

const boundary = "claude-spec-abort-boundary";
const megabyte = Buffer.alloc(1024 * 1024, 0x61);

/** Every file under `dir`, relative, recursively. */
async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    if (e.isDirectory()) out.push(...(await filesUnder(join(dir, e.name))).map((f) => `${e.name}/${f}`));
    else out.push(e.name);
  }
  return out;
}

type Cut = "part headers" | "file part" | "between parts";

/** The bytes sent before the connection is destroyed, for one cut point. */
function prefixFor(cut: Cut, fileField: string, filename: string): Buffer[] {
  const open = `--${boundary}\r\ncontent-disposition: form-data; name="${fileField}"; filename="${filename}"\r\ncontent-type: application/octet-stream\r\n\r\n`;
  if (cut === "part headers") return [Buffer.from(open.slice(0, open.length - 20))];
  const body = Array.from({ length: 6 }, () => megabyte);
  if (cut === "file part") return [Buffer.from(open), ...body];
  return [Buffer.from(open), ...body, Buffer.from(`\r\n--${boundary}\r\ncontent-disposition: form-data; name="other"\r\n\r\nab`)];
}

/**
 * Writes the request head and `chunks` on a raw socket (declaring a body far larger than
 * what is sent), waits until the server has taken them, then destroys the connection.
 */
function abortedUpload(url: string, path: string, chunks: Buffer[], delayMs: number): Promise<void> {
  const { hostname, port } = new URL(url);
  return new Promise<void>((resolve) => {
    const socket = connect(Number(port), hostname);
    const done = () => {
      socket.destroy();
      resolve();
    };
    socket.on("error", done);
    socket.on("close", done);
    socket.on("connect", async () => {
      socket.write(
        `POST ${path} HTTP/1.1\r\nhost: ${hostname}\r\nx-api-key: ${testKey}\r\nanthropic-version: 2026-10-21\r\n` +
          `content-type: multipart/form-data; boundary=${boundary}\r\ncontent-length: ${64 * 1024 * 1024}\r\n\r\n`,
      );
      for (const chunk of chunks) {
        if (socket.destroyed) return;
        if (!socket.write(chunk)) await new Promise((r) => socket.once("drain", r));
      }
      // The cut lands while the server is still taking (and storing) what was sent.
      setTimeout(done, delayMs);
    });
  });
}

async function createSkill(url: string): Promise<string> {
  const form = new FormData();
  form.append("files[]", new File(["---\nname: abort-skill\ndescription: for abort tests\n---\nbody\n"], "abort-skill/SKILL.md"));
  const res = await fetch(`${url}/v1/skills`, { method: "POST", headers: { "x-api-key": testKey, "anthropic-version": "2026-10-21" }, body: form });
  expect(res.status).toBe(200);
  return ((await res.json()) as { id: string }).id;
}

describe("aborted uploads", () => {
  const s = useServer({ bodySizeLimits: { "files.upload": 128 * 1024 * 1024, "skills.create": 128 * 1024 * 1024, "skills.versions.create": 128 * 1024 * 1024 } });

  it("keep the server up and leave no partial or temporary file, wherever the cut falls", async () => {
    const skillId = await createSkill(s.url);
    const before = await filesUnder(join(s.server.dataDir, "objects"));
    const targets = [
      { path: "/v1/files", field: "file", filename: "big.bin" },
      { path: "/v1/skills", field: "files[]", filename: "abort-skill/data.bin" },
      { path: `/v1/skills/${skillId}/versions`, field: "files[]", filename: "abort-skill/data.bin" },
    ];
    const cuts: Cut[] = ["part headers", "file part", "between parts"];
    let sent = 0;
    for (let round = 0; round < 4; round++) {
      for (const target of targets) {
        for (const cut of cuts) {
          await abortedUpload(s.url, target.path, prefixFor(cut, target.field, target.filename), round);
          sent++;
        }
      }
    }
    expect(sent).toBe(36);

    // Still answering.
    const models = await fetch(`${s.url}/v1/models`, { headers: { "x-api-key": testKey, "anthropic-version": "2026-10-21" } });
    expect(models.status).toBe(200);

    // Clean-up runs after the socket is gone; wait (bounded) until the store has settled.
    let left: string[] = [];
    for (let i = 0; i < 100; i++) {
      left = await filesUnder(join(s.server.dataDir, "objects"));
      if (left.length === before.length) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(left.filter((f) => /\.(partial|tmp)$/.test(f))).toEqual([]);
    expect(left.sort()).toEqual(before.sort());
    const meta = await filesUnder(join(s.server.dataDir, "meta"));
    expect(meta.filter((f) => /\.(partial|tmp)$/.test(f))).toEqual([]);
    // Nothing was registered by an aborted upload.
    const files = await fetch(`${s.url}/v1/files`, { headers: { "x-api-key": testKey, "anthropic-version": "2026-10-21" } });
    expect(((await files.json()) as { data: unknown[] }).data).toEqual([]);
  });
});
