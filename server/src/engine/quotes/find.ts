/**
 * Quotations, direct and indirect, with their cues and speakers resolved to clusters.
 */

import type { Quote } from '../types';
import type { Grouped } from '../clusters/group';
import type { TaggedDocument } from '../tokens/tag';

/** A quotation as the stage finds it; offsets are string indices. */
export type FoundQuote = Quote;

export function findQuotes(document: TaggedDocument, grouped: Grouped): FoundQuote[] {
  // FIXME(issue-2): replaced by the quotation stage proper.
  void grouped;
  const quotes: FoundQuote[] = [];
  for (const m of document.text.matchAll(/«([^«»]{20,})»/g)) {
    const start = m.index + 1;
    quotes.push({ start, end: start + m[1].length, text: m[1], kind: 'direct', cue: null, speaker: null, speakerName: null, speakerCluster: null, resolution: 'none', rule: 'quote-marks', origin: 'rule' });
  }
  return quotes;
}
