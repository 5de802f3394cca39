/**
 * Where a document's decisions are in the text now, so an editor can offer to take back the ones at the cursor.
 * Only decisions anchored to a place are found; the lists name texts, not places.
 */

import { createOffsetMap } from '../base/offsets';
import type { Correction, Span } from '../types';
import { findAnchor } from './anchors';

/** The decisions whose place (or, for a merge, either place) overlaps or touches `span`, given in code points. */
export function correctionsAt(source: string, corrections: readonly Correction[], span: Span): Correction[] {
  const offsets = createOffsetMap(source);
  const start = offsets.toUtf16(span.start);
  const end = offsets.toUtf16(span.end);
  const touches = (place: Span | null): boolean => place !== null && place.start <= end && start <= place.end;
  return corrections.filter((c) => {
    switch (c.kind) {
      case 'removeAll':
      case 'tagAll':
        return false;
      case 'merge':
        return touches(findAnchor(source, c.anchor)) || touches(findAnchor(source, c.into));
      default:
        return touches(findAnchor(source, c.anchor));
    }
  });
}
