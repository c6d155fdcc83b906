/**
 * Message Batches and their life cycle: `in_progress` for a configurable time, then
 * `ended`; a cancel moves an unfinished batch to `canceling` and, shortly after, `ended`
 * with every request `canceled` (CONTRACT.md §1.6). The state is derived from the clock
 * when read, so there are no timers to leak or to wait for. Results are computed when the
 * batch is created and kept as JSONL lines. Batches live in memory.
 */
import { ApiError } from "../http/api-error.ts";
import { WorkspaceIndex } from "./workspaces.ts";

type Json = Record<string, any>;

export interface BatchResultLine {
  readonly custom_id: string;
  readonly result: Json;
}

interface BatchRecord {
  readonly id: string;
  readonly createdAt: number;
  readonly lines: readonly BatchResultLine[];
  canceledAt?: number;
}

export interface BatchTiming {
  readonly processingMs: number;
  readonly cancelingMs: number;
  readonly now: () => number;
}

const day = 24 * 60 * 60 * 1000;

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * All batches, or one workspace's view of them (`forWorkspace`): the views share the same
 * map, and a batch of another workspace is answered like one that does not exist.
 */
export class BatchStore {
  readonly #batches: Map<string, BatchRecord>;
  readonly #owners: WorkspaceIndex;
  readonly #timing: BatchTiming;
  readonly #workspace: string | undefined;

  constructor(timing: BatchTiming, shared?: BatchStore, workspace?: string) {
    this.#timing = timing;
    this.#batches = shared ? shared.#batches : new Map();
    this.#owners = shared ? shared.#owners : new WorkspaceIndex();
    this.#workspace = workspace;
  }

  /** The view of one workspace. */
  forWorkspace(workspace: string): BatchStore {
    return new BatchStore(this.#timing, this, workspace);
  }

  #endedAt(b: BatchRecord): number {
    const natural = b.createdAt + this.#timing.processingMs;
    if (b.canceledAt !== undefined && b.canceledAt < natural) return b.canceledAt + this.#timing.cancelingMs;
    return natural;
  }

  #get(id: string): BatchRecord {
    const batch = this.#batches.get(id);
    if (!batch || !this.#owners.visible(id, this.#workspace)) throw new ApiError(404, `message_batch_id: batch ${JSON.stringify(id.slice(0, 100))} not found`);
    return batch;
  }

  isEnded(id: string): boolean {
    return this.#timing.now() >= this.#endedAt(this.#get(id));
  }

  /** The batch as the API shows it now; `resultsUrl` is where its results can be fetched. */
  view(id: string, resultsUrl: (id: string) => string): Json {
    const b = this.#get(id);
    const now = this.#timing.now();
    const endedAt = this.#endedAt(b);
    const ended = now >= endedAt;
    const wasCanceled = b.canceledAt !== undefined && b.canceledAt < b.createdAt + this.#timing.processingMs;
    const counts = { processing: 0, succeeded: 0, errored: 0, canceled: 0, expired: 0 };
    if (!ended) counts.processing = b.lines.length;
    else if (wasCanceled) counts.canceled = b.lines.length;
    else for (const line of b.lines) counts[line.result.type === "succeeded" ? "succeeded" : "errored"]++;
    return {
      id: b.id,
      type: "message_batch",
      processing_status: ended ? "ended" : wasCanceled ? "canceling" : "in_progress",
      request_counts: counts,
      ended_at: ended ? iso(endedAt) : null,
      created_at: iso(b.createdAt),
      expires_at: iso(b.createdAt + day),
      archived_at: null,
      cancel_initiated_at: b.canceledAt !== undefined ? iso(b.canceledAt) : null,
      results_url: ended ? resultsUrl(b.id) : null,
    };
  }

  add(id: string, lines: readonly BatchResultLine[]): void {
    this.#batches.set(id, { id, createdAt: this.#timing.now(), lines });
    if (this.#workspace !== undefined) this.#owners.assign(id, this.#workspace);
  }

  cancel(id: string): void {
    const b = this.#get(id);
    if (b.canceledAt === undefined && !this.isEnded(id)) b.canceledAt = this.#timing.now();
  }

  delete(id: string): void {
    if (!this.isEnded(id)) {
      throw new ApiError(400, "Batch cannot be deleted while it is still processing; cancel it first and wait until it has ended.");
    }
    this.#batches.delete(id);
    this.#owners.forget(id);
  }

  /** The result lines once the batch has ended (canceled requests say so). */
  results(id: string): BatchResultLine[] {
    const b = this.#get(id);
    if (!this.isEnded(id)) throw new ApiError(400, `Batch ${id} has not ended yet; results are available once processing_status is "ended".`);
    const canceled = b.canceledAt !== undefined && b.canceledAt < b.createdAt + this.#timing.processingMs;
    return canceled ? b.lines.map((line) => ({ custom_id: line.custom_id, result: { type: "canceled" } })) : [...b.lines];
  }

  /** Ids newest first, as the list endpoint pages them. */
  ids(): string[] {
    const all = [...this.#batches.keys()].reverse();
    return this.#workspace === undefined ? all : all.filter((id) => this.#owners.visible(id, this.#workspace));
  }
}
