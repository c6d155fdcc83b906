/** RFC 6901 JSON pointers, for reading values the cases point at. */

export function unescapeSegment(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

const missing = Symbol("missing");

/** The value at `pointer`, or `undefined` when nothing is there ("" is the whole value). */
export function getPointer(value: unknown, pointer: string): unknown {
  const found = resolvePointer(value, pointer);
  return found === missing ? undefined : found;
}

export function hasPointer(value: unknown, pointer: string): boolean {
  return resolvePointer(value, pointer) !== missing;
}

function resolvePointer(value: unknown, pointer: string): unknown {
  if (pointer === "") return value;
  let at: unknown = value;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = unescapeSegment(raw);
    if (Array.isArray(at)) {
      if (!/^(0|[1-9]\d*)$/.test(segment) || Number(segment) >= at.length) return missing;
      at = at[Number(segment)];
    } else if (at !== null && typeof at === "object" && Object.prototype.hasOwnProperty.call(at, segment)) {
      at = (at as Record<string, unknown>)[segment];
    } else {
      return missing;
    }
  }
  return at;
}
