/**
 * String equality whose running time does not depend on where two strings differ, so a
 * caller cannot find a key character by character from response times. It compares UTF-16
 * code units, always walking the longer string; web-standard, no node:crypto, so the
 * handler stays runnable under Deno.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const length = Math.max(a.length, b.length);
  let diff = a.length ^ b.length;
  for (let i = 0; i < length; i++) diff |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  return diff === 0;
}
