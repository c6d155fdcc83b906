/**
 * Rate limits as token buckets, one set per API key: `requests`, `tokens`, `input-tokens`
 * and `output-tokens`, each refilling continuously over its window. Every response gets
 * the `anthropic-ratelimit-<family>-{limit,remaining,reset}` headers, with `reset` the RFC
 * 3339 time the bucket is full again (https://platform.claude.com/docs/en/api/rate-limits).
 */
export interface BucketConfig {
  /** Capacity, and the amount refilled per window. */
  readonly limit: number;
  readonly windowMs: number;
}

export interface RateLimitConfig {
  readonly requests: BucketConfig;
  readonly tokens: BucketConfig;
  readonly inputTokens: BucketConfig;
  readonly outputTokens: BucketConfig;
}

type Family = keyof RateLimitConfig;

const families: readonly Family[] = ["requests", "tokens", "inputTokens", "outputTokens"];

/** The three header names of each family, built once. */
const headerNames: Readonly<Record<Family, readonly [string, string, string]>> = Object.fromEntries(
  families.map((family) => {
    const name = family.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    return [family, [`anthropic-ratelimit-${name}-limit`, `anthropic-ratelimit-${name}-remaining`, `anthropic-ratelimit-${name}-reset`]];
  }),
) as never;

interface Bucket {
  level: number;
  at: number;
}

export interface RateLimitDecision {
  readonly allowed: boolean;
  /** Seconds until the request would be allowed (0 when allowed). */
  readonly retryAfterSeconds: number;
  readonly limitedBy: Family | null;
}

/**
 * Keys are stored by a digest, never as given, so a heap dump holds no secrets. Every request
 * goes through take() and writeHeaders(), so they read the clock once per call and loop
 * without allocating.
 */
export class RateLimiter {
  readonly #config: RateLimitConfig;
  readonly #now: () => number;
  readonly #buckets = new Map<string, Record<Family, Bucket>>();
  /** Each family's `-limit` header value, formatted once. */
  readonly #limitText: Readonly<Record<Family, string>>;

  constructor(config: RateLimitConfig, now: () => number) {
    this.#config = config;
    this.#now = now;
    this.#limitText = {
      requests: String(config.requests.limit),
      tokens: String(config.tokens.limit),
      inputTokens: String(config.inputTokens.limit),
      outputTokens: String(config.outputTokens.limit),
    };
  }

  #bucketsFor(owner: string): Record<Family, Bucket> {
    let buckets = this.#buckets.get(owner);
    if (!buckets) {
      const at = this.#now();
      buckets = {
        requests: { level: this.#config.requests.limit, at },
        tokens: { level: this.#config.tokens.limit, at },
        inputTokens: { level: this.#config.inputTokens.limit, at },
        outputTokens: { level: this.#config.outputTokens.limit, at },
      };
      // Unbounded key churn (a fuzzer sending random keys) must not grow memory forever.
      if (this.#buckets.size >= 10_000) this.#buckets.clear();
      this.#buckets.set(owner, buckets);
    }
    return buckets;
  }

  #refill(family: Family, bucket: Bucket, now: number): void {
    const { limit, windowMs } = this.#config[family];
    const elapsed = Math.max(0, now - bucket.at);
    bucket.level = Math.min(limit, bucket.level + (elapsed * limit) / windowMs);
    bucket.at = now;
  }

  /** Takes `amounts` from the owner's buckets if every one of them has enough; otherwise takes nothing. */
  take(owner: string, amounts: Partial<Record<Family, number>>): RateLimitDecision {
    const buckets = this.#bucketsFor(owner);
    const now = this.#now();
    let worst: Family | null = null;
    let worstWait = 0;
    for (const family in amounts) {
      const amount = amounts[family as Family] ?? 0;
      const bucket = buckets[family as Family];
      this.#refill(family as Family, bucket, now);
      const { limit, windowMs } = this.#config[family as Family];
      // A request larger than the whole bucket can never pass; it waits a full window.
      const need = Math.min(amount, limit);
      if (bucket.level < need || amount > limit) {
        const wait = amount > limit ? windowMs : ((need - bucket.level) * windowMs) / limit;
        if (worst === null || wait > worstWait) {
          worst = family as Family;
          worstWait = wait;
        }
      }
    }
    if (worst !== null) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(worstWait / 1000)), limitedBy: worst };
    for (const family in amounts) buckets[family as Family].level -= amounts[family as Family] ?? 0;
    return allowed;
  }

  /** Charges after the fact (output tokens are known only once the reply is built); may go negative. */
  charge(owner: string, amounts: Partial<Record<Family, number>>): void {
    const buckets = this.#bucketsFor(owner);
    const now = this.#now();
    for (const family in amounts) {
      this.#refill(family as Family, buckets[family as Family], now);
      buckets[family as Family].level -= amounts[family as Family] ?? 0;
    }
  }

  /** The `anthropic-ratelimit-*` headers for the owner's current state, written into `into`. */
  writeHeaders(owner: string, into: Record<string, string>): void {
    const buckets = this.#bucketsFor(owner);
    const now = this.#now();
    for (const family of families) {
      const bucket = buckets[family];
      this.#refill(family, bucket, now);
      const { limit, windowMs } = this.#config[family];
      const remaining = Math.max(0, Math.floor(bucket.level));
      const fullInMs = ((limit - Math.max(0, bucket.level)) * windowMs) / limit;
      const [limitName, remainingName, resetName] = headerNames[family];
      into[limitName] = this.#limitText[family];
      into[remainingName] = String(remaining);
      into[resetName] = rfc3339(now + Math.ceil(fullInMs / 1000) * 1000);
    }
  }
}

const allowed: RateLimitDecision = Object.freeze({ allowed: true, retryAfterSeconds: 0, limitedBy: null });

/** RFC 3339 without fractional seconds, as the real headers are (`2026-04-05T14:28:43Z`). */
export function rfc3339(ms: number): string {
  const second = Math.floor(ms / 1000);
  // Every response formats four of these, a handful of distinct seconds between them.
  let text = formatted.get(second);
  if (text === undefined) {
    if (formatted.size > 64) formatted.clear();
    text = new Date(second * 1000).toISOString().replace(".000Z", "Z");
    formatted.set(second, text);
  }
  return text;
}

const formatted = new Map<number, string>();
