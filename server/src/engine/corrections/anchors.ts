/**
 * Anchors: a user's correction remembers the exact text it applies to and a little context on each side
 * (as the W3C TextQuoteSelector does), so it is found again after the text around it was edited, and is
 * dropped rather than misapplied when its place is gone.
 */

import { createOffsetMap } from '../base/offsets';
import type { Anchor, Span } from '../types';

/** Characters of context kept on each side of an anchored text. */
export const ANCHOR_CONTEXT_LENGTH = 32;

/** Context characters that must still match for a place to count as found, unless the anchor has fewer. */
const MIN_MATCHING_CONTEXT = 8;

/** The anchor of a span of `text` given in code points (the public unit). */
export function createAnchor(text: string, span: Span): Anchor {
  const offsets = createOffsetMap(text);
  const start = offsets.toUtf16(span.start);
  const end = offsets.toUtf16(span.end);
  let prefixStart = Math.max(0, start - ANCHOR_CONTEXT_LENGTH);
  if (isLowSurrogate(text.charCodeAt(prefixStart))) {
    prefixStart++;
  }
  let suffixEnd = Math.min(text.length, end + ANCHOR_CONTEXT_LENGTH);
  if (isLowSurrogate(text.charCodeAt(suffixEnd))) {
    suffixEnd--;
  }
  return {
    start: span.start,
    end: span.end,
    text: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
}

/**
 * Where the anchored text is in `text` now, as string indices, or null when it is gone. Among the places
 * where the text occurs, the one whose surroundings match the remembered context best wins, the one
 * nearest the remembered offset on a tie.
 */
export function findAnchor(text: string, anchor: Anchor): Span | null {
  if (anchor.text.length === 0) {
    return null;
  }
  const hint = createOffsetMap(text).toUtf16(Math.min(anchor.start, text.length));
  const available = anchor.prefix.length + anchor.suffix.length;
  let best: { start: number; score: number; distance: number } | null = null;
  for (let at = text.indexOf(anchor.text); at >= 0; at = text.indexOf(anchor.text, at + 1)) {
    const score = matchingBefore(text, at, anchor.prefix) + matchingAfter(text, at + anchor.text.length, anchor.suffix);
    const distance = Math.abs(at - hint);
    if (best === null || score > best.score || (score === best.score && distance < best.distance)) {
      best = { start: at, score, distance };
    }
  }
  if (best === null) {
    return null;
  }
  const enough = best.score >= Math.min(available, MIN_MATCHING_CONTEXT);
  return enough ? { start: best.start, end: best.start + anchor.text.length } : null;
}

/** How many characters just before `at` equal the end of `prefix`. */
function matchingBefore(text: string, at: number, prefix: string): number {
  let n = 0;
  while (n < prefix.length && at - n - 1 >= 0 && text[at - n - 1] === prefix[prefix.length - n - 1]) {
    n++;
  }
  return n;
}

/** How many characters from `at` on equal the start of `suffix`. */
function matchingAfter(text: string, at: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && at + n < text.length && text[at + n] === suffix[n]) {
    n++;
  }
  return n;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
