/**
 * Anchors brought up to date: after the text was edited and saved, each decision's place is found again and its
 * offsets and context taken from the text as it is now, so the next edits are measured from here rather than
 * from a text long gone. A decision whose place is not found keeps its old anchor untouched.
 */

import { createOffsetMap } from '../base/offsets';
import type { Anchor, Correction } from '../types';
import { createAnchor, findAnchor } from './anchors';

export function reanchorCorrections(text: string, corrections: readonly Correction[]): Correction[] {
  const offsets = createOffsetMap(text);
  const refresh = (anchor: Anchor): Anchor => {
    const span = findAnchor(text, anchor);
    return span === null ? anchor : createAnchor(text, { start: offsets.toCodePoint(span.start), end: offsets.toCodePoint(span.end) });
  };
  return corrections.map((c): Correction => {
    switch (c.kind) {
      case 'removeAll':
      case 'tagAll':
        return c;
      case 'merge':
        return { ...c, anchor: refresh(c.anchor), into: refresh(c.into) };
      default:
        return { ...c, anchor: refresh(c.anchor) };
    }
  });
}
