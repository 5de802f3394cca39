/**
 * The tokens of a span, found by binary search: stages ask this for every mention, and a linear scan per
 * mention would make long documents quadratic.
 */

import type { Span } from '../types';
import type { TaggedDocument, TaggedToken } from '../tokens/tag';
import { firstIndexWhere } from '../base/sorted';

/** Tokens lying wholly inside the span, in text order. */
export function tokensIn(document: TaggedDocument, span: Span): TaggedToken[] {
  const tokens = document.tokens;
  const out: TaggedToken[] = [];
  for (let i = firstEndingAfter(tokens, span.start); i < tokens.length && tokens[i].start < span.end; i++) {
    if (tokens[i].start >= span.start && tokens[i].end <= span.end) {
      out.push(tokens[i]);
    }
  }
  return out;
}

/** The last token ending at or before `offset`, or null. */
export function tokenBefore(document: TaggedDocument, offset: number): TaggedToken | null {
  const i = firstEndingAfter(document.tokens, offset) - 1;
  return i >= 0 ? document.tokens[i] : null;
}

/** Index of the first token whose end is greater than `offset`. */
function firstEndingAfter(tokens: readonly TaggedToken[], offset: number): number {
  return firstIndexWhere(tokens.length, (i) => tokens[i].end > offset);
}
