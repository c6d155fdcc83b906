/**
 * Read access to request headers: the part of the `Headers` interface the server uses. The
 * web version is the `Request`'s own `Headers`; on Node the entry passes one backed by
 * `IncomingMessage.headers`, which saves building and validating a `Headers` object per
 * request.
 */
export interface RequestHeaders {
  /** The value (repeated headers joined with ", "), or null; names are lower-case. */
  get(name: string): string | null;
  has(name: string): boolean;
  forEach(callback: (value: string, name: string) => void): void;
}

type HeaderRecord = Readonly<Record<string, string | string[] | undefined>>;

function joined(v: string | string[] | undefined): string | null {
  return v === undefined ? null : Array.isArray(v) ? v.join(", ") : v;
}

/** Headers from a plain lower-case record, as Node's `IncomingMessage.headers` is. A class: one is made per request. */
export class RecordHeaders implements RequestHeaders {
  readonly #record: HeaderRecord;

  constructor(record: HeaderRecord) {
    this.#record = record;
  }

  get(name: string): string | null {
    return joined(this.#record[name]);
  }

  has(name: string): boolean {
    return this.#record[name] !== undefined;
  }

  forEach(callback: (value: string, name: string) => void): void {
    for (const [name, v] of Object.entries(this.#record)) if (v !== undefined) callback(joined(v)!, name);
  }
}
