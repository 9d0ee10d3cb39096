/** The value a memo holds for a key, worked out and kept the first time it is asked for. */
export function remembered<K, V>(memo: Map<K, V>, key: K, work: () => V): V {
  let value = memo.get(key);
  if (value === undefined) {
    value = work();
    memo.set(key, value);
  }
  return value;
}

/** The most values a bounded memo holds before it starts again empty. */
const BOUNDED_MEMO_SIZE = 200_000;

/**
 * remembered, for keys without bound (the words of every archive a long run meets): the memo is
 * emptied once it is full, so it never keeps more than a few hundred thousand values.
 */
export function rememberedBounded<K, V>(memo: Map<K, V>, key: K, work: () => V): V {
  if (memo.size >= BOUNDED_MEMO_SIZE && !memo.has(key)) memo.clear();
  return remembered(memo, key, work);
}
