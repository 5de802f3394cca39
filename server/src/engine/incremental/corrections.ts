/**
 * A user's corrections handed to the section that holds their place. An anchor is found in the whole source
 * first, as it would be without sections (the best-matching place wins once, not once per section), then
 * re-anchored on the section's own text so that the section finds exactly that place. The workspace lists
 * (`removeAll`, `tagAll`) name texts, not places, and go to every section. A merge of mentions in two sections
 * is placed in the whole text and applied after the sections are stitched and linked (`merges.ts`); a decision
 * whose place crosses a section boundary cannot be applied by a section and is returned to be reported as
 * detached, never dropped silently.
 */

import type { Anchor, Correction, Span } from '../types';
import { createOffsetMap } from '../base/offsets';
import { createAnchor, findAnchor } from '../corrections/anchors';
import type { MentionMove } from './merges';

export interface SectionCorrections {
  /** The corrections each section applies, re-anchored on its text. */
  readonly bySection: readonly (readonly Correction[])[];
  /** Merges across sections, in code points of the whole text. */
  readonly across: readonly MentionMove[];
  /** Decisions found in the text but across a section boundary. */
  readonly unplaced: readonly Correction[];
}

export function correctionsBySection(source: string, sections: readonly Span[], corrections: readonly Correction[]): SectionCorrections {
  if (sections.length === 1) {
    return { bySection: [corrections], across: [], unplaced: [] };
  }
  const bySection: Correction[][] = sections.map(() => []);
  const across: MentionMove[] = [];
  const unplaced: Correction[] = [];
  /** The section holding an anchor's place and the anchor re-made on it; null when the text lacks it, -1 across a boundary. */
  const place = (anchor: Anchor): { section: number; anchor: Anchor; found: Span } | null | -1 => {
    const found = findAnchor(source, anchor);
    if (found === null) {
      return null;
    }
    const k = sections.findIndex((s) => s.start <= found.start && found.end <= s.end);
    if (k < 0) {
      return -1;
    }
    const { start, end } = sections[k];
    const text = source.slice(start, end);
    const offsets = createOffsetMap(text);
    return { section: k, found, anchor: createAnchor(text, { start: offsets.toCodePoint(found.start - start), end: offsets.toCodePoint(found.end - start) }) };
  };
  let sourceOffsets: ReturnType<typeof createOffsetMap> | undefined;
  const inCodePoints = (span: Span): Span => {
    sourceOffsets ??= createOffsetMap(source);
    return { start: sourceOffsets.toCodePoint(span.start), end: sourceOffsets.toCodePoint(span.end) };
  };
  for (const correction of corrections) {
    switch (correction.kind) {
      case 'removeAll':
      case 'tagAll':
        bySection.forEach((list) => list.push(correction));
        break;
      case 'merge': {
        const mention = place(correction.anchor);
        const into = place(correction.into);
        if (mention === -1 || into === -1) {
          unplaced.push(correction);
        } else if (mention !== null && into !== null && mention.section === into.section) {
          bySection[mention.section].push({ ...correction, anchor: mention.anchor, into: into.anchor });
        } else if (mention !== null && into !== null) {
          across.push({ mention: inCodePoints(mention.found), into: inCodePoints(into.found) });
        }
        break;
      }
      default: {
        const placed = place(correction.anchor);
        if (placed === -1) {
          unplaced.push(correction);
        } else if (placed !== null) {
          bySection[placed.section].push({ ...correction, anchor: placed.anchor });
        }
      }
    }
  }
  return { bySection, across, unplaced };
}
