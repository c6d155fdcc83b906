/**
 * `--dry-run`: what each selected case would send, without sending anything: method,
 * URL (references to earlier answers left as written), body size and cost.
 */
import type { ConformanceCase } from "../cases/case-types.ts";
import { operationRow } from "./build-request.ts";
import { resolveSize } from "./generate-body.ts";

export interface PlannedRequest {
  readonly caseId: string;
  readonly tier: string;
  readonly cost: string;
  readonly method: string;
  readonly url: string;
  readonly bodyBytes: number;
  readonly repeats: string | null;
  /** Why the case would not run against this target, if it would not. */
  readonly skip: string | null;
}

export interface PlanTarget {
  readonly base: string;
  readonly capabilities: ReadonlySet<string>;
  /** Bulk cases run (the reference server is behind the target, or --allow-bulk). */
  readonly bulk: boolean;
}

export function planCases(cases: readonly ConformanceCase[], target: PlanTarget): PlannedRequest[] {
  const out: PlannedRequest[] = [];
  const base = target.base;
  for (const c of cases) {
    const missing = (c.requires ?? []).filter((cap) => !target.capabilities.has(cap));
    const skip = missing.length ? `skipped: needs ${missing.join(", ")}` : (c.cost ?? "tokens") === "bulk" && !target.bulk ? "skipped: bulk (--allow-bulk)" : null;
    for (const step of c.steps) {
      const r = step.request;
      const op = r.operation ? operationRow(r.operation) : undefined;
      let path = r.path ?? op?.path ?? "";
      for (const [k, v] of Object.entries(r.pathParams ?? {})) path = path.replace(`{${k}}`, v);
      const url = r.url ?? `${base}${path}${r.query ? `?${r.query}` : ""}`;
      let bodyBytes = 0;
      if (r.generate) bodyBytes = resolveSize(r.generate.size);
      else if (r.body !== undefined) bodyBytes = Buffer.byteLength(JSON.stringify(r.body));
      else if (r.bodyText !== undefined) bodyBytes = Buffer.byteLength(r.bodyText);
      else if (r.multipart) bodyBytes = r.multipart.reduce((n, f) => n + Buffer.byteLength(f.text) + 128, 0);
      out.push({
        caseId: c.id,
        tier: c.tier,
        cost: c.cost ?? "tokens",
        method: (r.method ?? op?.method ?? "GET").toUpperCase(),
        url,
        bodyBytes,
        repeats: step.poll ? `up to ${step.poll.attempts}×` : null,
        skip,
      });
      if (skip) break;
    }
  }
  return out;
}
