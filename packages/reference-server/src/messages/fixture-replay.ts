/**
 * Replays recorded interactions (conformance/fixtures/, format in its README) for the
 * requests they were recorded with. A request matches a fixture when it is for the same
 * operation and its JSON body is the same value (key order and whitespace aside); the
 * recorded answer comes back with its status, its body and, for streams, its SSE bytes
 * exactly as recorded. Only stateless operations replay (Messages and count_tokens):
 * batches, files and skills keep their own state. Recorded 401s and 403s do not replay:
 * they were caused by the recorder's credentials, not by the body, and this server decides
 * authentication itself.
 */
export interface Fixture {
  readonly id: string;
  readonly operationId: string;
  readonly request: {
    readonly method: string;
    readonly path: string;
    readonly query: string | null;
    readonly headers: Readonly<Record<string, string>>;
    readonly body: unknown;
  };
  readonly response: {
    readonly status: number;
    readonly headers: Readonly<Record<string, string>>;
    readonly body?: unknown;
    readonly sse?: string;
    readonly jsonl?: string;
  };
}

export const replayableOperations: ReadonlySet<string> = new Set(["messages.create", "messages.countTokens"]);

/** Whether a recording can stand for the answer to its body. */
export function isReplayable(fixture: Fixture): boolean {
  const { status } = fixture.response;
  return replayableOperations.has(fixture.operationId) && fixture.request.body !== null && fixture.request.body !== undefined && status !== 401 && status !== 403;
}

/** JSON with object keys sorted at every level: equal values give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export interface FixtureIndex {
  find(operationId: string, body: unknown): Fixture | undefined;
  readonly size: number;
}

/**
 * `"stream": false` asks for what an absent `stream` does, so both find the same recording;
 * it matters for the platform wires, whose paths decide streaming and whose bodies carry no
 * `stream` (Bedrock InvokeModel).
 */
function replayBody(body: unknown): unknown {
  const b = body as Record<string, unknown> | null;
  if (!b || typeof b !== "object" || b.stream !== false) return body;
  const { stream: _stream, ...rest } = b;
  return rest;
}

/** A cheap fingerprint checked first, so most requests never pay for canonical JSON. */
function roughKey(operationId: string, body: unknown): string {
  const b = (body ?? {}) as Record<string, unknown>;
  const messages = Array.isArray(b.messages) ? b.messages.length : -1;
  return `${operationId}|${String(b.model)}|${String(b.stream === true)}|${messages}`;
}

export function indexFixtures(fixtures: readonly Fixture[]): FixtureIndex {
  const byKey = new Map<string, Fixture>();
  const rough = new Set<string>();
  for (const fixture of fixtures) {
    if (!isReplayable(fixture)) continue;
    const key = `${fixture.operationId}\n${canonicalJson(replayBody(fixture.request.body))}`;
    // Several recordings of one request: the first (files are read in name order) wins.
    if (!byKey.has(key)) byKey.set(key, fixture);
    rough.add(roughKey(fixture.operationId, fixture.request.body));
  }
  return {
    size: byKey.size,
    find(operationId, body) {
      if (byKey.size === 0 || !rough.has(roughKey(operationId, body))) return undefined;
      return byKey.get(`${operationId}\n${canonicalJson(replayBody(body))}`);
    },
  };
}

/** Recorded response headers worth replaying; transport, CDN and cookie headers are not. */
export const replayedHeaders: ReadonlySet<string> = new Set([
  "content-type",
  "content-disposition",
  "cache-control",
  "retry-after",
  "retry-after-ms",
  "x-should-retry",
]);
