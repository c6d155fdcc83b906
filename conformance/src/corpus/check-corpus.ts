/**
 * The corpus checked as data, the way JSON-Schema-Test-Suite checks its own: every file is
 * JSON and a valid case whose id is its path; ids and descriptions are unique, short and
 * phrased as facts; request bodies validate against the spec for their operation (and
 * bodies marked invalid do not); expected statuses, error types and content types are
 * ones the spec declares; references name earlier steps; fault and forwarded checks
 * declare what they require; and every item of the failure-mode checklist has a case.
 */
import type { OperationId } from "@claude-spec/contract";
import type { CaseStep, ConformanceCase } from "../cases/case-types.ts";
import { caseShapeProblems } from "../cases/case-schema.ts";
import { listCaseFiles } from "../cases/load-cases.ts";
import { specValidator } from "../checks/spec-validator.ts";
import { operationRow } from "../run/build-request.ts";
import { resolveSize } from "../run/generate-body.ts";
import { referencesIn } from "../run/templates.ts";

export const checklistItems = 32;
export const defaultCorpusModel = "claude-sonnet-4-5";

export interface CorpusReport {
  readonly files: number;
  readonly problems: readonly string[];
  readonly cases: readonly ConformanceCase[];
}

// "x-should-retry" is a header name, not advice.
const forbiddenPhrases = /(?<![\w-])(should|test that|tests that)(?![\w-])/i;

/** Fills references with stand-ins so a body can be validated before any run. */
function standIn(value: unknown): unknown {
  if (typeof value === "string") {
    if (/^\{\{\s*model\s*\}\}$/.test(value)) return defaultCorpusModel;
    return value.replace(/\{\{[^}]+\}\}/g, "x");
  }
  if (Array.isArray(value)) return value.map(standIn);
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, standIn(v)]));
  return value;
}

function stepProblems(c: ConformanceCase, step: CaseStep, index: number, earlier: Set<string>): string[] {
  const at = `${c.id} step ${step.name ?? index}`;
  const out: string[] = [];
  const v = specValidator();
  const r = step.request;
  const op = r.operation ? operationRow(r.operation) : undefined;
  if (r.operation && !op) out.push(`${at}: unknown operation ${r.operation}`);
  for (const ref of referencesIn({ ...r, expect: step.expect })) {
    const head = ref.split(".")[0]!;
    if (!["model", "target", "upstream", "run"].includes(head) && !earlier.has(head)) out.push(`${at}: {{${ref}}} names no earlier step`);
  }
  if (r.fault && !(c.requires ?? []).includes("reference")) out.push(`${at}: uses a fault but does not require "reference"`);
  if (step.expect?.forwarded && !(c.requires ?? []).includes("upstream-record")) out.push(`${at}: checks forwarding but does not require "upstream-record"`);
  if (r.generate) {
    try {
      if (resolveSize(r.generate.size) < 1) out.push(`${at}: generated size is not positive`);
    } catch (error) {
      out.push(`${at}: ${(error as Error).message}`);
    }
  }
  if (op && r.body !== undefined && op.requestContentType === "application/json") {
    const violations = v.requestBody(op.operationId as OperationId, standIn(r.body));
    const intent = r.bodyIntent ?? "valid";
    if (intent === "valid" && violations.length) out.push(`${at}: the request body is not valid for ${op.operationId}: ${violations[0]!.pointer} ${violations[0]!.message}`);
    if (intent === "invalid" && violations.length === 0) out.push(`${at}: the body is marked invalid but validates against the spec`);
  }
  const e = step.expect;
  if (op && e?.status !== undefined) {
    const statuses = typeof e.status === "number" ? [e.status] : e.status;
    for (const status of statuses) {
      if (!v.declaresStatus(op.operationId as OperationId, status)) out.push(`${at}: ${op.operationId} does not declare status ${status}`);
    }
    if (e.errorType !== undefined) {
      for (const status of statuses.filter((s) => s >= 400)) {
        const envelope = { type: "error", error: { type: e.errorType, message: "m" }, request_id: "req_x" };
        const violations = v.responseBody(op.operationId as OperationId, status, "application/json", envelope);
        if (violations.length) out.push(`${at}: error type ${e.errorType} with status ${status} is not valid against the spec: ${violations[0]!.message}`);
      }
    }
    if (e.contentType !== undefined && statuses.every((s) => !v.responseMediaTypes(op.operationId as OperationId, s).includes(e.contentType!))) {
      out.push(`${at}: ${op.operationId} declares no ${e.contentType} answer for ${statuses.join("/")}`);
    }
  }
  for (const pattern of Object.values(e?.headers?.match ?? {})) {
    try {
      new RegExp(pattern);
    } catch {
      out.push(`${at}: invalid header pattern ${pattern}`);
    }
  }
  return out;
}

export async function checkCorpus(dir?: string): Promise<CorpusReport> {
  const problems: string[] = [];
  const cases: ConformanceCase[] = [];
  const files = await listCaseFiles(dir);
  const ids = new Map<string, string>();
  const descriptions = new Map<string, string>();
  const covered = new Set<number>();

  for (const file of files) {
    let value: unknown;
    try {
      value = JSON.parse(file.text);
    } catch (error) {
      problems.push(`${file.pathId}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    const shape = caseShapeProblems(value);
    if (shape.length) {
      problems.push(...shape.map((p) => `${file.pathId}: ${p}`));
      continue;
    }
    const c = value as ConformanceCase;
    cases.push(c);
    if (c.id !== file.pathId) problems.push(`${file.pathId}: id ${c.id} differs from the file's path`);
    if (ids.has(c.id)) problems.push(`${c.id}: duplicate id (also ${ids.get(c.id)})`);
    ids.set(c.id, file.pathId);
    const key = c.description.trim().toLowerCase();
    if (descriptions.has(key)) problems.push(`${c.id}: same description as ${descriptions.get(key)}`);
    descriptions.set(key, c.id);
    if (forbiddenPhrases.test(c.description)) problems.push(`${c.id}: the description says "should"/"test that"; state the fact`);
    for (const n of c.fact.checklist ?? []) covered.add(n);
    const names = new Set<string>();
    c.steps.forEach((step, i) => {
      problems.push(...stepProblems(c, step, i, names));
      if (step.name) {
        if (names.has(step.name)) problems.push(`${c.id}: two steps are named ${step.name}`);
        names.add(step.name);
      }
    });
  }
  for (let n = 1; n <= checklistItems; n++) if (!covered.has(n)) problems.push(`checklist item ${n} (CONTRACT.md §3) has no case`);
  return { files: files.length, problems, cases };
}
