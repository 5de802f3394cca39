/**
 * Gold spans → our tokens, by character offsets, so evaluation and training follow whatever the segmenter
 * does: a token belongs to a span when it lies inside it (tokens straddling a span edge count as inside when
 * most of their letters are).
 */

import { loadMorphology, type Morphology } from '../../../server/src/engine/tokens/morphology';
import { segment } from '../../../server/src/engine/segments/segment';
import { tagTokens, type TaggedDocument } from '../../../server/src/engine/tokens/tag';
import { createResourceReader } from '../../../server/src/host/resources';
import type { GoldSpan } from './corpora';

let morphology: Morphology | undefined;

/** The project's own segment() + tagTokens() over a Russian text. */
export function tagRussian(text: string): TaggedDocument {
  morphology ??= loadMorphology(createResourceReader());
  const segments = segment(text);
  return { text, language: 'ru', segments, tokens: tagTokens(segments, morphology) };
}

/** Index of the gold span covering each token (or -1), in the order of `spans`. */
export function tokenSpans(document: TaggedDocument, spans: readonly GoldSpan[]): Int32Array {
  const owner = new Int32Array(document.tokens.length).fill(-1);
  const sorted = spans.map((s, k) => ({ s, k })).sort((a, b) => a.s.start - b.s.start);
  let from = 0;
  document.tokens.forEach((t, i) => {
    while (from < sorted.length && sorted[from].s.end <= t.start) {
      from++;
    }
    for (let j = from; j < sorted.length && sorted[j].s.start < t.end; j++) {
      const s = sorted[j].s;
      const overlap = Math.min(s.end, t.end) - Math.max(s.start, t.start);
      if (overlap * 2 > t.end - t.start) {
        owner[i] = sorted[j].k;
        break;
      }
    }
  });
  return owner;
}
