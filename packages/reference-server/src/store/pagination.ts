/**
 * The API's two list styles (CONTRACT.md §1.7). `page`: `limit`, `before_id`, `after_id`
 * in, `{data, has_more, first_id, last_id}` out (models, batches, files). `cursor`:
 * `limit`, `page` in, `{data, has_more, next_page}` out (skills). Files answer by cursor in
 * the GA shape and both ways in the beta shape (older clients page them by id). Items are
 * listed newest first.
 */
import { ApiError } from "../http/api-error.ts";

export type PageStyle = "page" | "cursor" | "both";

export interface Identified {
  readonly id: string;
  /** When present (files, skills, batches), cursors also carry it, so a page survives its anchor's deletion. */
  readonly created_at?: string;
}

function limitOf(query: URLSearchParams, maxLimit: number): number {
  const raw = query.get("limit");
  if (raw === null || raw === "") return 20;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > maxLimit) {
    throw new ApiError(400, `limit: must be an integer between 1 and ${maxLimit}`);
  }
  return Number(raw);
}

interface Cursor {
  /** The last item already seen. */
  readonly after: string;
  /** Its creation time: where the next page starts when that item was deleted meanwhile. */
  readonly at?: string;
}

/** The opaque `page` cursor (prefixed `page_`, as the docs describe it): the last item already seen. */
function encodeCursor(item: Identified): string {
  const cursor: Cursor = item.created_at ? { after: item.id, at: item.created_at } : { after: item.id };
  return `page_${btoa(JSON.stringify(cursor)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_")}`;
}

function decodeCursor(page: string): Cursor {
  try {
    const cursor = JSON.parse(atob(page.replace(/^page_/, "").replace(/-/g, "+").replace(/_/g, "/"))) as Partial<Cursor>;
    if (typeof cursor.after === "string" && (cursor.at === undefined || typeof cursor.at === "string")) return cursor as Cursor;
  } catch {
    // fall through
  }
  throw new ApiError(400, "page: invalid page cursor");
}

/**
 * Where the page after `cursor` starts in a newest-first list. Another client may delete the
 * item the cursor names between two pages (the list is shared by the workspace): the page
 * then starts at the first item created before it, as a cursor over a changing list should,
 * instead of coming back empty.
 */
function startAfter(items: readonly Identified[], cursor: Cursor): number {
  const at = items.findIndex((item) => item.id === cursor.after);
  if (at !== -1) return at + 1;
  if (cursor.at === undefined) return items.length;
  const older = items.findIndex((item) => item.created_at !== undefined && item.created_at < cursor.at!);
  return older === -1 ? items.length : older;
}

/** Skills lists allow at most 100 per page; the others 1000. */
export function paginate<T extends Identified>(items: readonly T[], query: URLSearchParams, style: PageStyle, maxLimit = 1000): Record<string, unknown> {
  const limit = limitOf(query, maxLimit);
  const page = query.get("page");
  const beforeId = query.get("before_id");
  const afterId = query.get("after_id");
  if (beforeId && afterId) throw new ApiError(400, "before_id and after_id cannot both be given");
  let start = 0;
  let end = items.length;
  const indexOf = (id: string) => items.findIndex((item) => item.id === id);
  if (page && style !== "page") {
    start = startAfter(items, decodeCursor(page));
  } else if (afterId) {
    const at = indexOf(afterId);
    start = at === -1 ? items.length : at + 1;
  } else if (beforeId) {
    const at = indexOf(beforeId);
    end = at === -1 ? 0 : at;
    start = Math.max(0, end - limit);
  }
  const data = items.slice(start, Math.min(end, start + limit));
  const hasMore = beforeId && !page ? start > 0 : start + data.length < end;
  const out: Record<string, unknown> = { data, has_more: hasMore };
  if (style !== "cursor") {
    out.first_id = data[0]?.id ?? null;
    out.last_id = data[data.length - 1]?.id ?? null;
  }
  if (style !== "page") out.next_page = hasMore && data.length > 0 && !beforeId ? encodeCursor(data[data.length - 1]!) : null;
  return out;
}
