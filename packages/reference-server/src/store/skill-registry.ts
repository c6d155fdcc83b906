/**
 * Skills and their versions. A version is a directory upload (one multipart part per
 * file, the filename carrying its relative path) with a `SKILL.md` at the top of the one
 * top-level directory; its YAML front matter gives the version's `name` and `description`
 * (https://platform.claude.com/docs/en/build-with-claude/skills-guide). Files go to the
 * object store under numbered keys; the paths the client sent are only metadata, never
 * file-system paths.
 */
import { ApiError } from "../http/api-error.ts";
import type { ObjectStore } from "./object-store.ts";
import { WorkspaceIndex, withoutWorkspace } from "./workspaces.ts";

export interface SkillFile {
  readonly path: string;
  readonly key: string;
  readonly size_bytes: number;
}

export interface SkillVersionRecord {
  readonly type: "skill_version";
  readonly id: string;
  readonly skill_id: string;
  readonly version: string;
  readonly name: string;
  readonly description: string;
  readonly directory: string;
  readonly created_at: string;
  readonly files: readonly SkillFile[];
}

export interface SkillRecord {
  readonly type: "skill";
  readonly id: string;
  display_name: string;
  /** The beta form's name for `display_name`. */
  display_title: string;
  latest_version_id: string | null;
  latest_version: string | null;
  readonly source: string;
  readonly created_at: string;
  updated_at: string;
}

/**
 * A skill as the API shows it. Skills are generally available: without the
 * `skills-2025-10-02` beta header the object is `{display_name, latest_version_id,
 * source: {type}}`; with it, the older beta shape `{display_title, latest_version (a
 * Unix-epoch version string), source: "custom"}` (release notes, 2026-08-27).
 */
export function skillView(skill: SkillRecord, betaShape: boolean): Record<string, unknown> {
  const common = { type: skill.type, id: skill.id };
  const times = { created_at: skill.created_at, updated_at: skill.updated_at };
  if (betaShape) {
    return { ...common, display_title: skill.display_title, latest_version: skill.latest_version, source: skill.source, ...times };
  }
  return { ...common, display_name: skill.display_name, latest_version_id: skill.latest_version_id, source: { type: skill.source }, ...times };
}

/**
 * A version's public view (the stored file list stays private). The beta shape adds the
 * Unix-epoch `version` it is addressed by and the upload's top-level `directory`.
 */
export function versionView(v: SkillVersionRecord, betaShape: boolean): { readonly id: string } & Record<string, unknown> {
  const ga = { type: v.type, id: v.id, skill_id: v.skill_id, name: v.name, description: v.description, created_at: v.created_at };
  return betaShape ? { ...ga, version: v.version, directory: v.directory } : ga;
}

/**
 * All skills, or one workspace's view of them (`forWorkspace`): the views share the same
 * maps, and a skill of another workspace is answered like one that does not exist.
 */
export class SkillRegistry {
  readonly #skills: Map<string, SkillRecord>;
  readonly #versions: Map<string, SkillVersionRecord[]>;
  readonly #owners: WorkspaceIndex;
  readonly #store: ObjectStore;
  readonly #workspace: string | undefined;

  constructor(store: ObjectStore, shared?: SkillRegistry, workspace?: string) {
    this.#store = store;
    this.#skills = shared ? shared.#skills : new Map();
    this.#versions = shared ? shared.#versions : new Map();
    this.#owners = shared ? shared.#owners : new WorkspaceIndex();
    this.#workspace = workspace;
  }

  /** The view of one workspace. */
  forWorkspace(workspace: string): SkillRegistry {
    return new SkillRegistry(this.#store, this, workspace);
  }

  async load(): Promise<void> {
    const skills = (await this.#store.loadMeta("skills")) as SkillRecord[];
    const versions = (await this.#store.loadMeta("skill-versions")) as SkillVersionRecord[];
    skills.sort((a, b) => a.created_at.localeCompare(b.created_at));
    versions.sort((a, b) => a.version.localeCompare(b.version));
    for (const doc of skills) {
      if (doc?.type !== "skill") continue;
      const { value, workspace } = withoutWorkspace(doc);
      this.#skills.set(value.id, value);
      this.#versions.set(value.id, []);
      if (workspace !== undefined) this.#owners.assign(value.id, workspace);
    }
    for (const v of versions) this.#versions.get(v.skill_id)?.push(v);
  }

  /** Saves the skill's document with its workspace beside it (stripped again on load). */
  async #save(skill: SkillRecord): Promise<void> {
    const workspace = this.#owners.ownerOf(skill.id);
    await this.#store.saveMeta("skills", skill.id, workspace === undefined ? skill : { ...skill, workspace });
  }

  get(id: string): SkillRecord {
    const skill = this.#skills.get(id);
    if (!skill || !this.#owners.visible(id, this.#workspace)) throw new ApiError(404, `Skill not found: ${id.slice(0, 100)}`);
    return skill;
  }

  list(): SkillRecord[] {
    const all = [...this.#skills.values()].reverse();
    return this.#workspace === undefined ? all : all.filter((skill) => this.#owners.visible(skill.id, this.#workspace));
  }

  versions(skillId: string): SkillVersionRecord[] {
    this.get(skillId);
    return [...(this.#versions.get(skillId) ?? [])].reverse();
  }

  /** A version by its ID (GA shape) or, with the beta header, by its Unix-epoch `version` string. */
  version(skillId: string, version: string, betaShape: boolean): SkillVersionRecord {
    const found = this.versions(skillId).find((v) => (betaShape ? v.version === version : v.id === version));
    if (!found) throw new ApiError(404, `Skill version not found: ${version.slice(0, 100)}`);
    return found;
  }

  async create(skill: SkillRecord, first: SkillVersionRecord): Promise<SkillRecord> {
    this.#skills.set(skill.id, skill);
    this.#versions.set(skill.id, []);
    if (this.#workspace !== undefined) this.#owners.assign(skill.id, this.#workspace);
    await this.#save(skill);
    await this.addVersion(first);
    return this.get(skill.id);
  }

  async addVersion(v: SkillVersionRecord): Promise<void> {
    const skill = this.get(v.skill_id);
    const existing = this.#versions.get(v.skill_id)!;
    if (existing.length > 0 && existing[0]!.name !== v.name) {
      throw new ApiError(400, `SKILL.md name ${JSON.stringify(v.name)} does not match the skill's name ${JSON.stringify(existing[0]!.name)}`);
    }
    existing.push(v);
    skill.latest_version_id = v.id;
    skill.latest_version = v.version;
    skill.updated_at = v.created_at;
    await this.#store.saveMeta("skill-versions", v.id, v);
    await this.#save(skill);
  }

  async deleteVersion(skillId: string, version: string, betaShape: boolean): Promise<SkillVersionRecord> {
    return this.#removeVersion(skillId, this.version(skillId, version, betaShape));
  }

  async #removeVersion(skillId: string, v: SkillVersionRecord): Promise<SkillVersionRecord> {
    const list = this.#versions.get(skillId)!;
    list.splice(list.indexOf(v), 1);
    const skill = this.get(skillId);
    const latest = list[list.length - 1];
    skill.latest_version_id = latest?.id ?? null;
    skill.latest_version = latest?.version ?? null;
    await this.#store.removeMeta("skill-versions", v.id);
    await this.#save(skill);
    for (const file of v.files) await this.#store.remove(file.key);
    return v;
  }

  /**
   * Deletes a skill. The GA API deletes it with all its versions; the beta shape keeps the
   * older rule that its versions must be deleted first (release notes, 2026-08-27).
   */
  async delete(skillId: string, withVersions: boolean): Promise<void> {
    this.get(skillId);
    const versions = this.#versions.get(skillId) ?? [];
    if (versions.length > 0 && !withVersions) {
      throw new ApiError(400, "Cannot delete a skill that still has versions; delete its versions first.");
    }
    for (const v of [...versions]) await this.#removeVersion(skillId, v);
    this.#skills.delete(skillId);
    this.#versions.delete(skillId);
    this.#owners.forget(skillId);
    await this.#store.removeMeta("skills", skillId);
  }
}

/** `name` and `description` from a SKILL.md's YAML front matter (simple `key: value` lines). */
export function parseSkillFrontMatter(text: string): { name?: string; description?: string } {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(text);
  if (!match) return {};
  const out: Record<string, string> = {};
  for (const line of match[1]!.split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv) continue;
    let value = kv[2]!.trim();
    if (/^(["']).*\1$/.test(value)) value = value.slice(1, -1);
    out[kv[1]!] = value;
  }
  return { name: out.name, description: out.description };
}

/** Checks an uploaded path is relative and clean; returns it normalized to `/` separators. */
export function cleanSkillPath(raw: string): string {
  const path = raw.replace(/\\/g, "/");
  const parts = path.split("/");
  if (path === "" || path.startsWith("/") || /^[A-Za-z]:/.test(path) || parts.some((p) => p === ".." || p === "." || p === "")) {
    throw new ApiError(400, `files: invalid file path ${JSON.stringify(raw.slice(0, 200))}`);
  }
  return path;
}

/** The top-level directory all paths share ("" when the files sit at the root); 400 when they do not share one. */
export function commonDirectory(paths: readonly string[]): string {
  const tops = new Set(paths.map((p) => (p.includes("/") ? p.slice(0, p.indexOf("/")) : "")));
  if (tops.size > 1) throw new ApiError(400, "files: all files must be in the same top-level directory");
  return [...tops][0] ?? "";
}
