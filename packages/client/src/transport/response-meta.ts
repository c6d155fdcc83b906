/** What every result carries besides its data. */
export interface ResponseMeta {
  /** The `request-id` header: quote it when asking for support. */
  readonly requestId: string | null;
  /** The `anthropic-ratelimit-*` and `anthropic-priority-*` headers, plus `retry-after`. */
  readonly rateLimit: Readonly<Record<string, string>>;
  /** The raw response (its body already read, except for streams and downloads). */
  readonly response: Response;
}

export type WithMeta<T> = T & ResponseMeta;

/** Collects the rate-limit family from response headers. */
export function rateLimitOf(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (name.startsWith("anthropic-ratelimit-") || name.startsWith("anthropic-priority-") || name === "retry-after") {
      out[name] = value;
    }
  });
  return out;
}

const rateLimits = new WeakMap<object, Record<string, string>>();

// Accessors shared by every result: objects given the same property definitions keep sharing
// one hidden class (a closure or a fresh descriptor per result would give each its own), and
// nothing is read from the headers until asked for.
const rateLimit = {
  get(this: ResponseMeta): Record<string, string> {
    let value = rateLimits.get(this);
    if (!value) rateLimits.set(this, (value = rateLimitOf(this.response.headers)));
    return value;
  },
  configurable: true,
};
const requestId = {
  get(this: ResponseMeta): string | null {
    return this.response.headers.get("request-id");
  },
  configurable: true,
};

/**
 * Attaches the metadata to a result as non-enumerable properties: the data still serialises
 * (and spreads) as exactly what the API sent.
 */
export function withMeta<T extends object>(data: T, response: Response): WithMeta<T> {
  Object.defineProperty(data, "response", { value: response, configurable: true });
  Object.defineProperty(data, "requestId", requestId);
  return Object.defineProperty(data, "rateLimit", rateLimit) as WithMeta<T>;
}
