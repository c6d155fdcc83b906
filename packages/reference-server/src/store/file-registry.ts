/**
 * Uploaded files: their metadata in memory (persisted through the object store, so a data
 * dir survives a restart) and their bytes in the store under `files/<id>`. The object
 * shape is the real one: `{type:"file", id, filename, mime_type, size_bytes, created_at,
 * downloadable}` (spec/recorded/README.md).
 */
import { ApiError } from "../http/api-error.ts";
import type { ObjectStore } from "./object-store.ts";
import { WorkspaceIndex, withoutWorkspace } from "./workspaces.ts";

export interface FileMetadata {
  readonly type: "file";
  readonly id: string;
  readonly filename: string;
  readonly mime_type: string;
  readonly size_bytes: number;
  readonly created_at: string;
  readonly downloadable: boolean;
  /** Set when the upload gave `expires_in_seconds`. */
  readonly expires_at?: string;
}

/**
 * All files, or one workspace's view of them (`forWorkspace`): the views share the same
 * maps, and a file of another workspace is answered like one that does not exist.
 */
export class FileRegistry {
  readonly #files: Map<string, FileMetadata>;
  readonly #owners: WorkspaceIndex;
  readonly #store: ObjectStore;
  readonly #workspace: string | undefined;

  constructor(store: ObjectStore, shared?: { files: Map<string, FileMetadata>; owners: WorkspaceIndex }, workspace?: string) {
    this.#store = store;
    this.#files = shared?.files ?? new Map();
    this.#owners = shared?.owners ?? new WorkspaceIndex();
    this.#workspace = workspace;
  }

  /** The view of one workspace. */
  forWorkspace(workspace: string): FileRegistry {
    return new FileRegistry(this.#store, { files: this.#files, owners: this.#owners }, workspace);
  }

  /** Loads metadata saved by an earlier run with the same data dir. */
  async load(): Promise<void> {
    const docs = (await this.#store.loadMeta("files")) as FileMetadata[];
    docs.sort((a, b) => a.created_at.localeCompare(b.created_at));
    for (const doc of docs) {
      if (doc?.type !== "file" || typeof doc.id !== "string") continue;
      const { value, workspace } = withoutWorkspace(doc);
      this.#files.set(doc.id, value);
      if (workspace !== undefined) this.#owners.assign(doc.id, workspace);
    }
  }

  get(id: string): FileMetadata {
    const file = this.#files.get(id);
    if (!file || !this.#owners.visible(id, this.#workspace)) throw new ApiError(404, `File not found: ${id.slice(0, 100)}`);
    return file;
  }

  async add(file: FileMetadata): Promise<void> {
    await this.#store.saveMeta("files", file.id, this.#workspace === undefined ? file : { ...file, workspace: this.#workspace });
    if (this.#workspace !== undefined) this.#owners.assign(file.id, this.#workspace);
    this.#files.set(file.id, file);
  }

  async delete(id: string): Promise<void> {
    this.get(id);
    this.#files.delete(id);
    this.#owners.forget(id);
    await this.#store.removeMeta("files", id);
    await this.#store.remove(`files/${id}`);
  }

  /** Newest first. */
  list(): FileMetadata[] {
    const all = [...this.#files.values()].reverse();
    return this.#workspace === undefined ? all : all.filter((f) => this.#owners.visible(f.id, this.#workspace));
  }
}

/** A MIME type from the part's header, else from the extension, else octet-stream. */
export function mimeTypeFor(filename: string, declared: string | null): string {
  const clean = declared?.split(";")[0]?.trim().toLowerCase();
  if (clean && clean !== "application/octet-stream" && /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(clean)) return clean;
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase() ?? "";
  const byExtension: Record<string, string> = {
    txt: "text/plain",
    md: "text/markdown",
    csv: "text/csv",
    json: "application/json",
    pdf: "application/pdf",
    png: "image/png",
    jpg: "image/jpeg",
    jpeg: "image/jpeg",
    gif: "image/gif",
    webp: "image/webp",
    html: "text/html",
    xml: "application/xml",
    zip: "application/zip",
  };
  return byExtension[ext] ?? clean ?? "application/octet-stream";
}
