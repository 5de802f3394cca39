/**
 * The trained sequence model for PER, ORG and LOC names in Russian text.
 */

import type { EntityType, ResourceReader } from '../types';
import type { TaggedDocument } from '../tokens/tag';

/** A name span the model predicts; offsets are string indices. */
export interface NameSpan {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  /** Stable id of what produced it ('ner-model', or a rule id). */
  readonly rule: string;
}

export interface NerModel {
  predict(document: TaggedDocument): NameSpan[];
}

export function loadNerModel(read: ResourceReader): NerModel {
  // FIXME(issue-3): replaced by the trained model.
  void read;
  return {
    predict(document: TaggedDocument): NameSpan[] {
      const spans: NameSpan[] = [];
      for (const t of document.tokens) {
        const g = t.parses[0]?.grammemes;
        if (g === undefined || !/^\p{Lu}/u.test(t.text)) {
          continue;
        }
        const type: EntityType | null = g.has('Name') || g.has('Surn') ? 'PER' : g.has('Geox') ? 'LOC' : g.has('Orgn') ? 'ORG' : null;
        if (type !== null) {
          spans.push({ start: t.start, end: t.end, type, rule: 'morph-grammeme' });
        }
      }
      return spans;
    },
  };
}
