/**
 * Identifiers shaped like the real API's: a prefix and 24 base62 characters
 * (`req_011C…`, `msg_011C…`; spec/recorded/README.md). Request ids are random; the ids
 * inside a synthetic reply are derived from the request so the reply is deterministic.
 */
const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** Newer real ids start with `011C`; keeping it makes ours look like them to pattern checks. */
const era = "011C";

function base62(bytes: Uint8Array, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[bytes[i % bytes.length]! % 62];
  return out;
}

/** Random bytes are drawn in blocks: one getRandomValues call per 200 ids instead of one per id. */
const pool = new Uint8Array(4000);
let poolAt = pool.length;

export function randomId(prefix: string): string {
  if (poolAt + 20 > pool.length) {
    crypto.getRandomValues(pool);
    poolAt = 0;
  }
  const bytes = pool.subarray(poolAt, (poolAt += 20));
  return `${prefix}_${era}${base62(bytes, 20)}`;
}

export function requestId(): string {
  return randomId("req");
}

/** FNV-1a (32-bit) over a string: fast, deterministic, not cryptographic. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** `length` deterministic pseudo-random bytes from a seed string (xorshift over FNV seeds). */
export function seededBytes(seed: string, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let state = fnv1a(seed) || 0x9e3779b9;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    out[i] = state & 0xff;
  }
  return out;
}

export function deterministicId(prefix: string, seed: string): string {
  return `${prefix}_${era}${base62(seededBytes(`${prefix}:${seed}`, 20), 20)}`;
}
