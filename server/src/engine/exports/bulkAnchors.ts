/**
 * Anchors for many spans of one text at once (the W3C export's TextQuoteSelectors, an import's decisions).
 * `createAnchor` maps offsets over the whole text it is given, so each span is anchored within a window just
 * wide enough for its context: the result is the same, and the cost follows the spans, not the text length.
 */

import { createOffsetMap } from '../base/offsets';
import { ANCHOR_CONTEXT_LENGTH, createAnchor } from '../corrections/anchors';
import type { Anchor, Span } from '../types';

export function createAnchors(text: string, spans: readonly Span[]): Anchor[] {
  const offsets = createOffsetMap(text);
  return spans.map((span) => {
    const start = offsets.toUtf16(span.start);
    const end = offsets.toUtf16(span.end);
    // Two units more than the context on each side, widened so the window never splits a surrogate pair.
    let from = Math.max(0, start - ANCHOR_CONTEXT_LENGTH - 2);
    if (from > 0 && isLowSurrogate(text.charCodeAt(from))) {
      from--;
    }
    let to = Math.min(text.length, end + ANCHOR_CONTEXT_LENGTH + 2);
    if (to < text.length && isLowSurrogate(text.charCodeAt(to))) {
      to++;
    }
    const shift = offsets.toCodePoint(from);
    const anchor = createAnchor(text.slice(from, to), { start: span.start - shift, end: span.end - shift });
    return { ...anchor, start: span.start, end: span.end };
  });
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
