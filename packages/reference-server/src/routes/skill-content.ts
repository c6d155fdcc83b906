/**
 * `GET /v1/skills/{skill_id}/versions/{version}/content`: a skill version's files as one zip
 * archive (https://platform.claude.com/docs/en/api/beta/skills/versions/download). Paths in
 * the archive are the uploaded ones, which all sit under the skill's top-level directory.
 */
import type { Reply } from "../http/reply.ts";
import { ApiError } from "../http/api-error.ts";
import { streamReply } from "../http/respond.ts";
import { zipArchive, type ZipEntry } from "../store/zip-archive.ts";
import { beforeAnswer, shaped } from "./answer.ts";
import { betaShapeOf } from "./beta-shape.ts";
import type { Call } from "./call.ts";

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function downloadSkillVersion(call: Call): Promise<Reply> {
  await beforeAnswer(call.fallbackDirective);
  const version = call.ctx.skills.version(call.params.skill_id!, call.params.version!, betaShapeOf(call));
  const entries: ZipEntry[] = [];
  for (const file of version.files) {
    const body = await call.ctx.store.read(file.key);
    if (!body) throw new ApiError(404, `Skill version content not found: ${version.id}`);
    entries.push({ path: file.path.includes("/") ? file.path : `${version.directory}/${file.path}`, data: await readAll(body) });
  }
  const zip = zipArchive(entries);
  const reply = streamReply(call.state, 200, zip, "application/zip", {
    "content-disposition": `attachment; filename="${encodeURIComponent(version.name)}.zip"`,
    "content-length": String(zip.length),
  });
  return shaped(reply, call.fallbackDirective, call.reset);
}
