/** Files handled at once: enough to keep the disk busy, few enough to stay below a process's limit on open files. */
const BATCH = 64;

/** Runs `work` on every item, a batch at a time; the results in the items' order. */
export async function inBatches<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += BATCH) results.push(...(await Promise.all(items.slice(start, start + BATCH).map(work))));
  return results;
}
