/**
 * The case format as TypeScript types. The source of truth is `case.schema.json`; these
 * types mirror it so the runner can read a validated case without casts everywhere.
 */
import type { RecordedAnswer } from "../fixtures/recorded-answer.ts";

export type Tier = "required" | "recommended" | "optional";

/** What a case needs from the target besides an API key. */
export type Capability =
  /**
   * The target is (or fronts) the claude-spec reference server: it misbehaves on request,
   * answers deterministically and fast (batches end in moments), and replays fixtures.
   */
  | "reference"
  /** The reference server behind the target records what it received (forwarded-unchanged checks). */
  | "upstream-record";

/** How much a case costs against a live, paid target. */
export type Cost = "none" | "tokens" | "bulk";

export interface Fact {
  /** The contract fact, in one sentence. */
  readonly statement: string;
  /** Where the fact is documented (a URL, or a CONTRACT.md section). */
  readonly source: string;
  /** Items of CONTRACT.md §3 ("Failure-mode checklist") this case checks. */
  readonly checklist?: readonly number[];
}

export type AuthMode = "api-key" | "bearer" | "none" | "wrong-key" | "wrong-bearer";

/** A body size: bytes, or relative to the operation's `x-body-size-limit`. */
export type SizeSpec = number | { readonly limit: string; readonly offset: number };

export interface GeneratedBody {
  /** What to generate: a Messages, count_tokens or batch JSON body, or a multipart file/skill upload. */
  readonly kind: "messages" | "count-tokens" | "batch" | "file" | "skill";
  readonly size: SizeSpec;
}

export interface MultipartField {
  readonly name: string;
  readonly filename?: string;
  readonly contentType?: string;
  readonly text: string;
}

export interface CaseRequest {
  /** An operationId of the spec's operation table; gives the method and the path template. */
  readonly operation?: string;
  /** For requests outside the spec (routing, preflights): the method. */
  readonly method?: string;
  /** For requests outside the spec: the path. */
  readonly path?: string;
  /** An absolute URL (usually a template such as `{{batch.body.results_url}}`), followed verbatim. */
  readonly url?: string;
  readonly pathParams?: Readonly<Record<string, string>>;
  /** The raw query string, without `?`. */
  readonly query?: string;
  /** `anthropic-version`; null sends none. @default "2023-06-01" */
  readonly version?: string | null;
  /** @default "api-key" */
  readonly auth?: AuthMode;
  /** Extra headers (lower-case names); null removes a default header. */
  readonly headers?: Readonly<Record<string, string | null>>;
  readonly body?: unknown;
  /** A raw body, sent as is. */
  readonly bodyText?: string;
  /** Whether `body` is meant to be valid against the spec (negative cases say "invalid"). @default "valid" */
  readonly bodyIntent?: "valid" | "invalid";
  readonly generate?: GeneratedBody;
  readonly multipart?: readonly MultipartField[];
  /** A reference-server fault directive, placed where the operation takes it. */
  readonly fault?: Readonly<Record<string, unknown>>;
}

export interface HeaderExpectations {
  readonly present?: readonly string[];
  readonly absent?: readonly string[];
  readonly equal?: Readonly<Record<string, string>>;
  readonly match?: Readonly<Record<string, string>>;
  /** Validate the response headers the spec declares for the status (required ones must be there). */
  readonly spec?: boolean;
}

export interface BodyExpectations {
  readonly equal?: Readonly<Record<string, unknown>>;
  /** Pointer → a value the body's value must differ from (a page after another is not the same page). */
  readonly differ?: Readonly<Record<string, unknown>>;
  readonly match?: Readonly<Record<string, string>>;
  readonly present?: readonly string[];
  readonly absent?: readonly string[];
  readonly min?: Readonly<Record<string, number>>;
  /** The whole body, as text. */
  readonly text?: string;
  /** Pointers to URLs that must point at the target's own origin. */
  readonly sameOrigin?: readonly string[];
}

export interface SseExpectations {
  readonly grammar?: boolean;
  readonly complete?: boolean;
  /** The first event must arrive at least this many ms before the stream ends (no buffering). */
  readonly firstEventLeadMs?: number;
  readonly usage?: boolean;
  readonly toolInput?: boolean;
  readonly thinking?: boolean;
  readonly ping?: boolean;
  readonly errorEvent?: string;
  readonly stopReason?: string;
  readonly stopSequence?: string;
  readonly blockTypes?: readonly string[];
  readonly deltaTypes?: readonly string[];
}

export interface JsonlExpectations {
  readonly minLines?: number;
  readonly resultTypes?: readonly string[];
}

export interface ForwardedExpectations {
  /** Headers the upstream must have received exactly as sent. */
  readonly headers?: readonly string[];
  /** Headers the upstream must not have received. */
  readonly absent?: readonly string[];
  /** Header-name prefix: the upstream must not receive such headers beyond the ones sent. */
  readonly noExtra?: string;
  /** The upstream must have received the body byte for byte. */
  readonly body?: boolean;
}

export interface StepExpectations {
  readonly status?: number | readonly number[];
  readonly errorType?: string;
  readonly contentType?: string;
  readonly headers?: HeaderExpectations;
  /** Validate the body (JSON, each SSE event, each JSONL line) against the spec. @default true */
  readonly schema?: boolean;
  readonly body?: BodyExpectations;
  readonly sse?: SseExpectations;
  readonly jsonl?: JsonlExpectations;
  readonly forwarded?: ForwardedExpectations;
  /**
   * Pass-through facts: what holds only when the claude-spec reference server is the
   * upstream (its habits: a ping in every stream, x-should-retry on every 4xx). Checked
   * only then; everything else in `expect` is a contract fact, held against any target.
   */
  readonly passThrough?: Pick<StepExpectations, "headers" | "body" | "sse">;
}

export interface Poll {
  /** Pointer → value the JSON body must reach; the step is repeated until it does. */
  readonly until: Readonly<Record<string, unknown>>;
  readonly attempts: number;
  readonly intervalMs: number;
}

export interface CaseStep {
  /** Names the step so later steps can use its answer: `{{name.body.id}}`. */
  readonly name?: string;
  readonly request: CaseRequest;
  readonly expect?: StepExpectations;
  readonly poll?: Poll;
  /** @default 30000 */
  readonly timeoutMs?: number;
  /** Run even when an earlier step failed (clean-up). */
  readonly always?: boolean;
  /** Not in the file format: set by generated cases whose bodies are sent without filling references. */
  readonly literal?: boolean;
  /** Not in the file format: the recording a fixture case compares the answer with. */
  readonly recorded?: RecordedAnswer;
}

export interface ConformanceCase {
  readonly id: string;
  readonly description: string;
  readonly tier: Tier;
  readonly fact: Fact;
  readonly requires?: readonly Capability[];
  /** @default "tokens" */
  readonly cost?: Cost;
  readonly steps: readonly CaseStep[];
}

/** The area is the first segment of the id (`streaming/grammar` → `streaming`). */
export function areaOf(id: string): string {
  return id.split("/")[0] ?? id;
}
