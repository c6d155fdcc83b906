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

/**
 * How many batch requests the server holds (their results stay in memory until the batch
 * is deleted): per workspace and in all. A batch that would go past either is refused.
 */
export interface BatchLimits {
  readonly requestsPerWorkspace: number;
  readonly requestsTotal: number;
}

/** Two full batches (100,000 requests each, the API's cap) per workspace, four in all. */
export const defaultBatchLimits: BatchLimits = { requestsPerWorkspace: 200_000, requestsTotal: 400_000 };

/** What the views of one store share: the batches, who owns them, and the requests held and promised. */
interface Shared {
  readonly batches: Map<string, BatchRecord>;
  readonly owners: WorkspaceIndex;
  readonly held: Map<string, number>;
  total: number;
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
  readonly #shared: Shared;
  readonly #timing: BatchTiming;
  readonly #limits: BatchLimits;
  readonly #workspace: string | undefined;

  constructor(timing: BatchTiming, limits: BatchLimits = defaultBatchLimits, shared?: Shared, workspace?: string) {
    this.#timing = timing;
    this.#limits = limits;
    this.#shared = shared ?? { batches: new Map(), owners: new WorkspaceIndex(), held: new Map(), total: 0 };
    this.#batches = this.#shared.batches;
    this.#owners = this.#shared.owners;
    this.#workspace = workspace;
  }

  /** The view of one workspace. */
  forWorkspace(workspace: string): BatchStore {
    return new BatchStore(this.#timing, this.#limits, this.#shared, workspace);
  }

  #count(workspace: string | undefined, by: number): void {
    const key = workspace ?? "";
    this.#shared.held.set(key, (this.#shared.held.get(key) ?? 0) + by);
    this.#shared.total += by;
  }

  /**
   * Takes room for `requests` more held requests, or refuses with a 429 naming the cap;
   * the returned function gives the room back (call it whether or not the batch was added,
   * `add` counts the batch itself).
   */
  reserve(requests: number): () => void {
    const mine = this.#shared.held.get(this.#workspace ?? "") ?? 0;
    const { requestsPerWorkspace, requestsTotal } = this.#limits;
    if (mine + requests > requestsPerWorkspace || this.#shared.total + requests > requestsTotal) {
      const [limit, now] = mine + requests > requestsPerWorkspace ? [requestsPerWorkspace, mine] : [requestsTotal, this.#shared.total];
      throw new ApiError(
        429,
        `This batch of ${requests} requests would exceed the reference server's limit of ${limit} batch requests held ${limit === requestsPerWorkspace ? "per workspace" : "in all"} (${now} held now). Delete ended batches to make room.`,
        // Waiting does not help, deleting batches does: clients must not retry on their own.
        { headers: { "x-should-retry": "false" } },
      );
    }
    this.#count(this.#workspace, requests);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#count(this.#workspace, -requests);
    };
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
    this.#count(this.#workspace, lines.length);
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
    const owner = this.#owners.ownerOf(id);
    this.#count(owner, -this.#get(id).lines.length);
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
