/**
 * Binary search over items sorted by a numeric position: the later stages' lookups "what comes before this
 * offset" without scanning the document.
 */

/** How many of the `sorted` items lie before `offset` by `position`, i.e. the index of the first at or after it. */
export function countBefore<T>(sorted: ArrayLike<T>, offset: number, position: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (position(sorted[mid]) < offset) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

/** How many of the sorted numbers are below `limit`. */
export function countBelow(sorted: ArrayLike<number>, limit: number): number {
  return countBefore(sorted, limit, (value) => value);
}
