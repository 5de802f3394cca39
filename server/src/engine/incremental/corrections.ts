/**
 * A user's corrections handed to the section that holds their place. An anchor is found in the whole source
 * first, as it would be without sections (the best-matching place wins once, not once per section), then
 * re-anchored on the section's own text so that the section finds exactly that place. The workspace lists
 * (`removeAll`, `tagAll`) name texts, not places, and go to every section.
 */

import type { Anchor, Correction, Span } from '../types';
import { createOffsetMap } from '../base/offsets';
import { createAnchor, findAnchor } from '../corrections/anchors';

export function correctionsBySection(source: string, sections: readonly Span[], corrections: readonly Correction[]): readonly (readonly Correction[])[] {
  if (sections.length === 1) {
    return [corrections];
  }
  const bySection: Correction[][] = sections.map(() => []);
  const place = (anchor: Anchor): { section: number; anchor: Anchor } | null => {
    const found = findAnchor(source, anchor);
    const k = found === null ? -1 : sections.findIndex((s) => s.start <= found.start && found.end <= s.end);
    if (found === null || k < 0) {
      return null;
    }
    const { start, end } = sections[k];
    const text = source.slice(start, end);
    const offsets = createOffsetMap(text);
    return { section: k, anchor: createAnchor(text, { start: offsets.toCodePoint(found.start - start), end: offsets.toCodePoint(found.end - start) }) };
  };
  for (const correction of corrections) {
    switch (correction.kind) {
      case 'removeAll':
      case 'tagAll':
        bySection.forEach((list) => list.push(correction));
        break;
      case 'merge': {
        // Sections are grouped apart, so a mention can join an entity of its own section only.
        const mention = place(correction.anchor);
        const into = place(correction.into);
        if (mention !== null && into !== null && mention.section === into.section) {
          bySection[mention.section].push({ ...correction, anchor: mention.anchor, into: into.anchor });
        }
        break;
      }
      default: {
        const placed = place(correction.anchor);
        if (placed !== null) {
          bySection[placed.section].push({ ...correction, anchor: placed.anchor });
        }
      }
    }
  }
  return bySection;
}
