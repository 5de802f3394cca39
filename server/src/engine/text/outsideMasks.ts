/**
 * Nothing is tagged inside a masked region (Markdown code, link targets, HTML, syntax markers): stages read the
 * masked text as blanks, and the rules that join words stop at a line break or a long run of blanks, but a mask
 * of one or two characters (`*`, `**`, `_`) reads as an ordinary space, so a name could still run over it
 * («А. В.*А»). The machine's mentions that overlap a mask are dropped here, whatever rule made them.
 */

import type { Span } from '../types';
import { firstIndexWhere } from '../base/sorted';

/** The masks that overlap `span`, in offsets from its start. */
export function masksWithin(masked: readonly Span[], span: Span): Span[] {
  return masked.filter((m) => m.start < span.end && span.start < m.end).map((m) => ({ start: m.start - span.start, end: m.end - span.start }));
}

/** `spans` without those that overlap one of `masks` (sorted, disjoint), by binary search per span. */
export function outsideMasks<T extends Span>(spans: readonly T[], masks: readonly Span[]): T[] {
  if (masks.length === 0) {
    return [...spans];
  }
  return spans.filter((s) => {
    const k = firstIndexWhere(masks.length, (i) => masks[i].end > s.start);
    return !(k < masks.length && masks[k].start < s.end);
  });
}
