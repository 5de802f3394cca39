/**
 * Binary search: the later stages' lookups "what comes before this offset" without scanning the document. One
 * loop, under every lookup of the engine.
 */

/** The first index in [0, n) where `reached` holds, for a predicate false and then true along the range; n if none. */
export function firstIndexWhere(n: number, reached: (index: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(mid)) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return lo;
}

/** How many of the `sorted` items lie before `offset` by `position`, i.e. the index of the first at or after it. */
export function countBefore<T>(sorted: ArrayLike<T>, offset: number, position: (item: T) => number): number {
  return firstIndexWhere(sorted.length, (i) => position(sorted[i]) >= offset);
}

/** How many of the sorted numbers are below `limit`. */
export function countBelow(sorted: ArrayLike<number>, limit: number): number {
  return firstIndexWhere(sorted.length, (i) => sorted[i] >= limit);
}
