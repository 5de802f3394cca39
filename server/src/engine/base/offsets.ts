/**
 * Conversion between JavaScript string indices (UTF-16 code units) and Unicode code points.
 * Stages work on string indices; the façade converts to the contract's code points once, here.
 */

import { countBelow, firstIndexWhere } from './sorted';

export interface OffsetMap {
  toCodePoint(utf16: number): number;
  toUtf16(codePoint: number): number;
}

const IDENTITY: OffsetMap = { toCodePoint: (i) => i, toUtf16: (i) => i };

/** The regular expression engine finds pairs several times faster than a loop over a long text's characters. */
const SURROGATE_PAIRS = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** Builds a map for `text`; texts without astral characters (the usual case) get the identity. */
export function createOffsetMap(text: string): OffsetMap {
  return offsetMapOfPairs(surrogatePairStarts(text));
}

/** Where the surrogate pairs of `text` start, in order. */
export function surrogatePairStarts(text: string): number[] {
  const starts: number[] = [];
  // Each match resumes after the pair before, so pairs are taken from left to right as code points are.
  SURROGATE_PAIRS.lastIndex = 0;
  for (let m = SURROGATE_PAIRS.exec(text); m !== null; m = SURROGATE_PAIRS.exec(text)) {
    starts.push(m.index);
  }
  return starts;
}

/** The map of a text whose surrogate pairs start at `surrogateStarts` (sorted). */
export function offsetMapOfPairs(surrogateStarts: readonly number[]): OffsetMap {
  if (surrogateStarts.length === 0) {
    return IDENTITY;
  }
  return {
    toCodePoint(utf16: number): number {
      // Pairs that start before utf16 each fold two units into one code point.
      return utf16 - countBelow(surrogateStarts, utf16 - 1);
    },
    toUtf16(codePoint: number): number {
      // The pairs that start before the code point's position (the k-th pair starts at code point start − k).
      return codePoint + firstIndexWhere(surrogateStarts.length, (k) => surrogateStarts[k] - k >= codePoint);
    },
  };
}
