/**
 * Corpora → training sequences for the name model: each document segmented and tagged by the project's own
 * pipeline, its PER/ORG/LOC spans aligned to our tokens as BIO labels, and its features computed once.
 */

import { extractFeatures, type FeatureOptions } from '../../server/src/engine/entities/ner/features';
import type { NameLexicon } from '../../server/src/engine/entities/ner/lexicon';
import { OUTSIDE, beginLabel, type NameType } from '../../server/src/engine/entities/ner/labels';
import type { TaggedDocument } from '../../server/src/engine/tokens/tag';
import { tokenSpans } from '../eval/lib/align';
import { dropOverlaps, type GoldDocument, type GoldSpan } from '../eval/lib/corpora';
import type { TrainingSequence } from './perceptron';

export interface PreparedDocument extends TrainingSequence {
  readonly id: string;
  readonly document: TaggedDocument;
  /** Per-token gold name type (null outside names), for token-level scoring. */
  readonly goldTypes: readonly (string | null)[];
}

const NAMES = new Set(['PER', 'ORG', 'LOC']);

/**
 * `tagged[k]` is document k segmented and tagged (tagRussian), so several feature settings share one tagging;
 * `lexiconOf(k)`, when given, is the name lexicon document k's features see (its own names left out).
 */
export function prepareDocuments(
  docs: readonly GoldDocument[],
  tagged: readonly TaggedDocument[],
  options: FeatureOptions,
  lexiconOf?: (k: number) => NameLexicon,
): PreparedDocument[] {
  return docs.map((d, k) => {
    const document = tagged[k];
    // Outermost name spans win where they still nest.
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
    return { id: d.id, document, gold, goldTypes, features: extractFeatures(document, lexiconOf === undefined ? options : { ...options, lexicon: lexiconOf(k) }) };
  });
}

/**
 * NEREL → factRuEval conventions, for training. factRuEval names no lower-case descriptor («правительство»,
 * «пресс-служба», «киргизских» are not names), so ORG and LOC spans lose their leading words without a
 * capital letter and vanish when nothing is left. And where NEREL puts a place after an organisation's head
 * («Министерство иностранных дел России», «мэрия Москвы»), factRuEval names the place as LOC and only the
 * capitalised rest as ORG, so an ORG ending in a LOC is cut before it. A place leading an organisation's name
 * («Принстонский университет») stays inside it.
 */
export function toFactRuConventions(doc: GoldDocument): GoldDocument {
  const text = doc.text;
  const out: GoldSpan[] = [];
  for (const s of doc.spans) {
    if (s.type !== 'ORG' && s.type !== 'LOC') {
      out.push(s);
      continue;
    }
    const place = s.type === 'ORG' ? doc.spans.find((p) => p.type === 'LOC' && p.end === s.end && p.start > s.start) : undefined;
    const trimmed = fromFirstCapitalised(text, s.start, place === undefined ? s.end : place.start);
    if (trimmed !== null) {
      out.push({ ...s, ...trimmed });
    }
  }
  return { ...doc, spans: out };
}

function fromFirstCapitalised(text: string, start: number, end: number): { start: number; end: number } | null {
  for (const m of text.slice(start, end).matchAll(/\S+/g)) {
    if (/\p{Lu}|\d/u.test(m[0])) {
      const cut = text.slice(start, end).replace(/[\s,(«"-]+$/u, '');
      return start + m.index < start + cut.length ? { start: start + m.index, end: start + cut.length } : null;
    }
  }
  return null;
}
