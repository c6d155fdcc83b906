/**
 * An async iterator over items that arrive in batches (one batch per body chunk): each
 * `next()` hands out the next item of the current batch and reads a new batch only when it
 * runs out. The chunk's work happens once, synchronously, in `readBatch`; handed-out items
 * are released at once, so a long body is held one chunk at a time.
 */
export function batchIterator<T>(readBatch: () => Promise<T[] | null>, onReturn: () => void): AsyncIterator<T> {
  let batch: T[] = [];
  let at = 0;
  return {
    next: async () => {
      while (at >= batch.length) {
        const next = await readBatch();
        if (next === null) return { done: true, value: undefined };
        batch = next;
        at = 0;
      }
      const value = batch[at]!;
      batch[at++] = undefined as T;
      return { done: false, value };
    },
    return: async () => {
      onReturn();
      return { done: true, value: undefined };
    },
  };
}
