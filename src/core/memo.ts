/**
 * A function's results remembered by argument, for the few thousand values a workbook repeats down its columns
 * (dates, spellings, codes, headers). The store is emptied when it reaches `limit`, so memory stays bounded on a
 * workbook with millions of different values. `undefined` is not a result (it means "not computed yet").
 */
export function boundedMemo<K, V extends NonNullable<unknown> | null>(compute: (key: K) => V, limit: number): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      if (known.size >= limit) known.clear();
      known.set(key, value);
    }
    return value;
  };
}
