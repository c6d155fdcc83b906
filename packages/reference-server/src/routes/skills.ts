/**
 * Skills and skill versions (https://platform.claude.com/docs/en/build-with-claude/skills-guide):
 * directory uploads as multipart (one part per file, its filename the path inside the
 * directory), cursor-paginated lists, retrieve and delete. A skill keeps at least one
 * version while it exists; deleting a skill needs its versions deleted first.
 */
import type { Reply } from "../http/reply.ts";
import { ApiError } from "../http/api-error.ts";
import { randomId } from "../http/ids.ts";
import { jsonReply } from "../http/respond.ts";
import { directiveField, directiveIn, directivePrefix, type FaultDirective } from "../faults/directive.ts";
import { paginate } from "../store/pagination.ts";
import {
  cleanSkillPath,
  commonDirectory,
  parseSkillFrontMatter,
  skillView,
  versionView,
  type SkillFile,
  type SkillRecord,
  type SkillVersionRecord,
} from "../store/skill-registry.ts";
import { beforeAnswer, shaped } from "./answer.ts";
import { betaShapeOf } from "./beta-shape.ts";
import type { Call } from "./call.ts";
import { multipartReader, readField } from "./uploads.ts";

/** SKILL.md is read into memory to parse its front matter; anything bigger is refused. */
const maxSkillMdBytes = 1024 * 1024;
const maxSkillFiles = 1000;

interface Upload {
  readonly files: SkillFile[];
  readonly skillMd: string | null;
  readonly displayName: string | null;
  readonly directive: FaultDirective | undefined;
}

async function readUpload(call: Call, prefix: string): Promise<Upload> {
  const files: SkillFile[] = [];
  let skillMd: string | null = null;
  let displayName: string | null = null;
  let directive = call.fallbackDirective;
  try {
    for await (const part of multipartReader(call).parts()) {
      if (part.filename !== null && (part.name === "files[]" || part.name === "files" || part.name === "file")) {
        if (files.length >= maxSkillFiles) throw new ApiError(400, `files: at most ${maxSkillFiles} files per upload`);
        const path = cleanSkillPath(part.filename);
        const key = `${prefix}/${files.length}`;
        const isSkillMd = path === "SKILL.md" || /^[^/]+\/SKILL\.md$/.test(path);
        if (isSkillMd) {
          const text = await readField(part.body, "SKILL.md", maxSkillMdBytes);
          skillMd = text;
          const bytes = new TextEncoder().encode(text);
          const size = await call.ctx.store.write(key, new ReadableStream({ start: (c) => (c.enqueue(bytes), c.close()) }));
          files.push({ path, key, size_bytes: size });
        } else {
          files.push({ path, key, size_bytes: await call.ctx.store.write(key, part.body) });
        }
      } else if (part.name === "display_name" || part.name === "display_title") {
        displayName = (await readField(part.body, part.name, 1024)).trim() || null;
      } else if (part.name === directiveField) {
        const text = await readField(part.body, directiveField, 4096);
        directive = directiveIn(text.startsWith(directivePrefix) ? text : directivePrefix + text);
      }
    }
  } catch (error) {
    for (const f of files) await call.ctx.store.remove(f.key);
    throw error;
  }
  return { files, skillMd, displayName, directive };
}

/** Checks the upload is one directory with a SKILL.md at its top and builds the version record. */
async function buildVersion(call: Call, skillId: string, upload: Upload): Promise<SkillVersionRecord> {
  try {
    if (upload.files.length === 0) throw new ApiError(400, "files: Field required");
    const directory = commonDirectory(upload.files.map((f) => f.path));
    const top = directory ? `${directory}/SKILL.md` : "SKILL.md";
    if (upload.skillMd === null || !upload.files.some((f) => f.path === top)) {
      throw new ApiError(400, "files: SKILL.md file must be exactly in the top-level folder.");
    }
    const meta = parseSkillFrontMatter(upload.skillMd);
    const name = meta.name ?? directory;
    if (!name) throw new ApiError(400, "SKILL.md: front matter must set name");
    if (!meta.description) throw new ApiError(400, "SKILL.md: front matter must set description");
    const now = call.ctx.options.now();
    // Versions are addressed by a microsecond Unix timestamp (beta form) or by their id.
    const version = `${now}${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`;
    return {
      type: "skill_version",
      id: randomId("skillver"),
      skill_id: skillId,
      version,
      name,
      description: meta.description,
      directory: directory || name,
      created_at: new Date(now).toISOString(),
      files: upload.files,
    };
  } catch (error) {
    for (const f of upload.files) await call.ctx.store.remove(f.key);
    throw error;
  }
}

export async function createSkill(call: Call): Promise<Reply> {
  const skillId = randomId("skill");
  const upload = await readUpload(call, `skills/${skillId}/${Date.now()}`);
  const version = await buildVersion(call, skillId, upload);
  await beforeAnswer(upload.directive);
  const displayName = upload.displayName ?? version.name;
  const skill: SkillRecord = {
    type: "skill",
    id: skillId,
    display_name: displayName,
    display_title: displayName,
    latest_version_id: null,
    latest_version: null,
    source: "custom",
    created_at: version.created_at,
    updated_at: version.created_at,
  };
  await call.ctx.skills.create(skill, version);
  return shaped(jsonReply(call.state, 200, skillView(call.ctx.skills.get(skillId), betaShapeOf(call))), upload.directive, call.reset);
}

export async function listSkills(call: Call): Promise<Reply> {
  await beforeAnswer(call.fallbackDirective);
  const source = call.url().searchParams.get("source");
  const beta = betaShapeOf(call);
  // A skill whose versions were all deleted (the beta flow deletes them before the skill)
  // has no `latest_version_id`, which the GA shape always carries: the GA list leaves it out.
  const skills = call.ctx.skills.list().filter((s) => (!source || source === "custom") && (beta || s.latest_version_id !== null));
  const page = paginate(skills, call.url().searchParams, "cursor", 100);
  page.data = (page.data as SkillRecord[]).map((s) => skillView(s, beta));
  return shaped(jsonReply(call.state, 200, page), call.fallbackDirective, call.reset);
}

export async function retrieveSkill(call: Call): Promise<Reply> {
  await beforeAnswer(call.fallbackDirective);
  return shaped(jsonReply(call.state, 200, skillView(call.ctx.skills.get(call.params.skill_id!), betaShapeOf(call))), call.fallbackDirective, call.reset);
}

export async function deleteSkill(call: Call): Promise<Reply> {
  await beforeAnswer(call.fallbackDirective);
  const id = call.params.skill_id!;
  await call.ctx.skills.delete(id, !betaShapeOf(call));
  return shaped(jsonReply(call.state, 200, { id, type: "skill_deleted" }), call.fallbackDirective, call.reset);
}

export async function createSkillVersion(call: Call): Promise<Reply> {
  const skillId = call.params.skill_id!;
  call.ctx.skills.get(skillId);
  const upload = await readUpload(call, `skills/${skillId}/${Date.now()}`);
  const version = await buildVersion(call, skillId, upload);
  await beforeAnswer(upload.directive);
  await call.ctx.skills.addVersion(version);
  return shaped(jsonReply(call.state, 200, versionView(version, betaShapeOf(call))), upload.directive, call.reset);
}

export async function listSkillVersions(call: Call): Promise<Reply> {
  await beforeAnswer(call.fallbackDirective);
  const beta = betaShapeOf(call);
  const versions = call.ctx.skills.versions(call.params.skill_id!).map((v) => versionView(v, beta));
  return shaped(jsonReply(call.state, 200, paginate(versions, call.url().searchParams, "cursor", 100)), call.fallbackDirective, call.reset);
}

export async function retrieveSkillVersion(call: Call): Promise<Reply> {
  await beforeAnswer(call.fallbackDirective);
  const beta = betaShapeOf(call);
  const version = call.ctx.skills.version(call.params.skill_id!, call.params.version!, beta);
  return shaped(jsonReply(call.state, 200, versionView(version, beta)), call.fallbackDirective, call.reset);
}

export async function deleteSkillVersion(call: Call): Promise<Reply> {
  await beforeAnswer(call.fallbackDirective);
  const version = await call.ctx.skills.deleteVersion(call.params.skill_id!, call.params.version!, betaShapeOf(call));
  return shaped(jsonReply(call.state, 200, { id: version.id, type: "skill_version_deleted" }), call.fallbackDirective, call.reset);
}
