/**
 * Reads the reference server's record file (one JSON line per request it received) to
 * find what a proxy actually forwarded. A request is found by its marker (in a header, the
 * query or the body: whichever the gateway kept), else by the `request-id` the client got
 * back, else by method, path and body digest.
 */
import { createHmac } from "node:crypto";
import { open } from "node:fs/promises";
import type { RecordEntry } from "@claude-spec/reference-server";
import { markerHeader, markerQuery } from "../run/request-marker.ts";

export interface RecordQuery {
  /** The request's marker (header, query or body; see request-marker.ts). */
  readonly marker?: string;
  readonly requestId: string | null;
  readonly method: string;
  readonly path: string;
  readonly sha256: string | null;
  /** When the request was sent (epoch ms): the request-id and digest fallbacks look only at entries recorded since. */
  readonly since?: number;
}

export class UpstreamRecord {
  private offset = 0;
  private partial = "";
  private readonly entries: RecordEntry[] = [];

  /** `salt`: the record's --record-salt, when the suite started the server and knows it. */
  constructor(
    readonly file: string,
    private readonly salt: string | null = null,
  ) {}

  /** The fingerprint the record gives this secret (the reference server's HMAC), or null without the salt. */
  fingerprint(secret: string): string | null {
    return this.salt === null ? null : `hmac-sha256:${createHmac("sha256", this.salt).update(secret).digest("hex").slice(0, 32)}`;
  }

  private reading: Promise<void> = Promise.resolve();

  /** Reads whatever the server appended since the last call; calls are serialised (one offset). */
  refresh(): Promise<void> {
    this.reading = this.reading.then(() => this.readMore());
    return this.reading;
  }

  private async readMore(): Promise<void> {
    let handle;
    try {
      handle = await open(this.file, "r");
    } catch {
      return;
    }
    try {
      const buffer = Buffer.alloc(64 * 1024);
      for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, this.offset);
        if (bytesRead === 0) break;
        this.offset += bytesRead;
        const text = this.partial + buffer.subarray(0, bytesRead).toString("utf8");
        const lines = text.split("\n");
        this.partial = lines.pop() ?? "";
        for (const line of lines) {
          if (line.trim() === "") continue;
          try {
            this.entries.push(JSON.parse(line) as RecordEntry);
          } catch {
            // A line we cannot read says nothing about this request.
          }
        }
      }
    } finally {
      await handle.close();
    }
  }

  private byMarker(marker: string): RecordEntry | undefined {
    return this.entries.find((e) => e.headers[markerHeader] === marker || new URLSearchParams(e.query ?? "").get(markerQuery) === marker || (e.body.text?.includes(marker) ?? false));
  }

  /** The marker or the request id the client got back: either names this request alone. */
  private exact(q: RecordQuery): RecordEntry | undefined {
    return (q.marker ? this.byMarker(q.marker) : undefined) ?? (q.requestId ? this.entries.find((e) => e.request_id === q.requestId) : undefined);
  }

  /** By method, path and digest, recorded since the request was sent: what is left when a gateway lost every marker. */
  private byDigest(q: RecordQuery): RecordEntry | undefined {
    // An identical body sent by an earlier case or run must not stand in for this one.
    const recent = (e: RecordEntry) => q.since === undefined || Date.parse(e.time) >= q.since;
    if (q.sha256) {
      for (let i = this.entries.length - 1; i >= 0; i--) {
        const e = this.entries[i]!;
        if (e.method === q.method && e.path === q.path && e.body.sha256 === q.sha256 && recent(e)) return e;
      }
    }
    return undefined;
  }

  /**
   * Finds the entry, waiting briefly for the server to flush it (bounded). The marker and
   * request id are waited for; the digest only once they have not come, so an older entry
   * with the same body never stands in for this request's own.
   */
  async find(q: RecordQuery, waitMs = 1500): Promise<RecordEntry | undefined> {
    const deadline = Date.now() + waitMs;
    for (;;) {
      await this.refresh();
      const found = this.exact(q);
      if (found) return found;
      if (Date.now() >= deadline) return this.byDigest(q);
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}
