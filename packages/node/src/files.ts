/**
 * Uploads from the file system. `fs.openAsBlob` gives a Blob backed by the file: fetch
 * streams it from disk as the request is sent (nothing is read into memory first), and,
 * unlike a one-shot stream, it can be sent again if the request is retried.
 */
import type { UploadFile } from "@claude-spec/client";
import { openAsBlob } from "node:fs";
import { readdir } from "node:fs/promises";
import { basename, join, relative, sep } from "node:path";

export interface FileFromPathOptions {
  /** The name the upload carries. @default the file's base name */
  readonly name?: string;
  /** @default "application/octet-stream" */
  readonly type?: string;
}

export async function fileFromPath(path: string, options: FileFromPathOptions = {}): Promise<UploadFile> {
  const content = await openAsBlob(path, options.type ? { type: options.type } : undefined);
  return { content, name: options.name ?? basename(path), ...(options.type ? { type: options.type } : {}) };
}

/**
 * A skill's files from its directory, each named by its path inside the skill and prefixed
 * with the directory's name (`my-skill/SKILL.md`, `my-skill/scripts/run.py`), as the Skills
 * API expects. Hidden entries (names starting with ".") are left out. Sorted, so the same
 * directory always uploads the same way.
 */
export async function skillFilesFromDirectory(directory: string): Promise<UploadFile[]> {
  const root = basename(directory);
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath ?? (entry as { path?: string }).path ?? directory, entry.name)))
    .filter((path) => !path.split(sep).some((part) => part.startsWith(".")))
    .sort();
  return Promise.all(
    files.map(async (path) => ({ content: await openAsBlob(join(directory, path)), path: [root, ...path.split(sep)].join("/") })),
  );
}
