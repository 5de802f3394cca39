/**
 * The document's decisions on quotations written in its text (`[QUOTE … | Speaker]`). Written quotations join
 * the analysis after the sections are joined (`withInlineTags`), where no section's quotation corrections
 * reach them; here "not a quotation" and "set speaker" apply to them in order, so a decision made in the
 * editor overrides a written quotation as it overrides a written entity tag, and the actions offered on it act.
 */

import { createOffsetMap } from '../base/offsets';
import { clusterNamed, INLINE_TAG_RULE } from '../text/inlineTags';
import type { Cluster, Correction, Quote } from '../types';
import { findAnchor } from './anchors';

/** `quotes` and `clusters` in code points into `source`, as the façade returns them. */
export function applyWrittenQuoteCorrections(source: string, quotes: readonly Quote[], clusters: readonly Cluster[], corrections: readonly Correction[]): Quote[] {
  if (!quotes.some(isWritten)) {
    return [...quotes];
  }
  const offsets = createOffsetMap(source);
  let result = [...quotes];
  for (const correction of corrections) {
    if (correction.kind !== 'notQuote' && correction.kind !== 'setSpeaker') {
      continue;
    }
    const found = findAnchor(source, correction.anchor);
    if (found === null) {
      continue;
    }
    const start = offsets.toCodePoint(found.start);
    const end = offsets.toCodePoint(found.end);
    const here = (q: Quote): boolean => isWritten(q) && q.start === start && q.end === end;
    if (correction.kind === 'notQuote') {
      result = result.filter((q) => !here(q));
    } else {
      const speakerCluster = clusterNamed(clusters, correction.speakerName);
      result = result.map((q) => (here(q) ? { ...q, speakerName: correction.speakerName, speakerCluster, resolution: 'manual' } : q));
    }
  }
  return result;
}

function isWritten(quote: Quote): boolean {
  return quote.rule === INLINE_TAG_RULE;
}
