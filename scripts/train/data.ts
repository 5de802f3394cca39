/**
 * Corpora → training sequences for the name model: each document segmented and tagged by the project's own
 * pipeline, its PER/ORG/LOC spans aligned to our tokens as BIO labels, and its features computed once.
 */

import { extractFeatures, type FeatureOptions } from '../../server/src/engine/entities/ner/features';
import { OUTSIDE, beginLabel, type NameType } from '../../server/src/engine/entities/ner/labels';
import type { TaggedDocument } from '../../server/src/engine/tokens/tag';
import { tagRussian, tokenSpans } from '../eval/lib/align';
import { dropOverlaps, type GoldDocument } from '../eval/lib/corpora';
import type { TrainingSequence } from './perceptron';

export interface PreparedDocument extends TrainingSequence {
  readonly id: string;
  readonly document: TaggedDocument;
  /** Per-token gold name type (null outside names), for token-level scoring. */
  readonly goldTypes: readonly (string | null)[];
}

const NAMES = new Set(['PER', 'ORG', 'LOC']);

export function prepareDocuments(docs: readonly GoldDocument[], options: FeatureOptions): PreparedDocument[] {
  return docs.map((d) => {
    const document = tagRussian(d.text);
    // Outermost name spans win: NEREL's «мэрия Москвы» is one ORG, not an ORG holding a LOC.
    const names = dropOverlaps(d.spans.filter((s) => NAMES.has(s.type)));
    const owner = tokenSpans(document, names);
    const gold = new Uint8Array(owner.length).fill(OUTSIDE);
    const goldTypes: (string | null)[] = [];
    for (let i = 0; i < owner.length; i++) {
      const k = owner[i];
      goldTypes.push(k < 0 ? null : names[k].type);
      if (k >= 0) {
        const begin = beginLabel(names[k].type as NameType);
        gold[i] = i > 0 && owner[i - 1] === k ? begin + 1 : begin;
      }
    }
    return { id: d.id, document, gold, goldTypes, features: extractFeatures(document, options) };
  });
}
