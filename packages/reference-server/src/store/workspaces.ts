/**
 * Workspaces: which API keys see which files, skills and batches. The real API scopes them
 * to the workspace of the key that created them; here each key is its own workspace unless
 * the `workspaces` option says otherwise. A resource of another workspace is answered
 * exactly like one that does not exist (404 with the same message).
 */
import { fnv1a } from "../http/ids.ts";

/**
 * - `"per-key"`: every API key is its own workspace (the API's isolation).
 * - `"shared"`: every key sees everything (the behaviour before workspaces existed).
 * - a map from API key to workspace name: keys with the same name share; keys not listed
 *   are their own workspace.
 */
export type WorkspaceOption = "per-key" | "shared" | Readonly<Record<string, string>>;

/** The one workspace of `"shared"` mode, also given to resources stored before workspaces existed. */
export const sharedWorkspace = "shared";

/**
 * The workspace id for a key. A key's own workspace is named by a digest of it (two
 * independent 32-bit FNV-1a hashes and the length), so no key, nor part of one, is kept in
 * memory or written to the data dir.
 */
export function workspaceFor(key: string, option: WorkspaceOption): string {
  if (option === "shared") return sharedWorkspace;
  if (option !== "per-key" && Object.hasOwn(option, key)) return `named:${option[key]}`;
  return `key:${fnv1a(key).toString(36)}.${fnv1a(key, 0x01000193 ^ 0x5bd1e995).toString(36)}.${key.length}`;
}

/**
 * Which workspace owns each resource id, shared by every workspace's view of a registry.
 * A registry view asks `visible(id)` before answering, and treats a hidden id as absent.
 */
export class WorkspaceIndex {
  readonly #owners = new Map<string, string>();

  assign(id: string, workspace: string): void {
    this.#owners.set(id, workspace);
  }

  forget(id: string): void {
    this.#owners.delete(id);
  }

  ownerOf(id: string): string | undefined {
    return this.#owners.get(id);
  }

  /** Resources stored before workspaces existed have no owner and are visible to every key. */
  visible(id: string, workspace: string | undefined): boolean {
    if (workspace === undefined) return true;
    const owner = this.#owners.get(id);
    return owner === undefined || owner === workspace;
  }
}

/** Splits a stored metadata document into the resource and its workspace (kept beside it on disk, never answered). */
export function withoutWorkspace<T>(doc: T & { workspace?: unknown }): { value: T; workspace: string | undefined } {
  const { workspace, ...value } = doc;
  return { value: value as T, workspace: typeof workspace === "string" ? workspace : undefined };
}
