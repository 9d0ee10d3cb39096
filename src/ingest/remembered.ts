/** The value a memo holds for a key, worked out and kept the first time it is asked for. */
export function remembered<K, V>(memo: Map<K, V>, key: K, work: () => V): V {
  let value = memo.get(key);
  if (value === undefined) {
    value = work();
    memo.set(key, value);
  }
  return value;
}
