/**
 * The server context a call sees: the same as the server's, with the files, skills and
 * batches of the caller's workspace only (store/workspaces.ts). Views are cached per
 * workspace, so a request costs one map lookup; the cache is bounded because with
 * `apiKeys: "any"` every new key is a new workspace (a dropped view is simply made again).
 */
import type { ServerContext } from "./server-context.ts";

const maxCachedWorkspaces = 4096;
const views = new WeakMap<ServerContext, Map<string, ServerContext>>();

export function workspaceContext(ctx: ServerContext, workspace: string): ServerContext {
  let byWorkspace = views.get(ctx);
  if (!byWorkspace) views.set(ctx, (byWorkspace = new Map()));
  let view = byWorkspace.get(workspace);
  if (!view) {
    if (byWorkspace.size >= maxCachedWorkspaces) byWorkspace.clear();
    view = { ...ctx, files: ctx.files.forWorkspace(workspace), skills: ctx.skills.forWorkspace(workspace), batches: ctx.batches.forWorkspace(workspace) };
    byWorkspace.set(workspace, view);
  }
  return view;
}
