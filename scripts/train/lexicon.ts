/**
 * The name lexicon of the name model (server/src/engine/entities/ner/lexicon.ts) learned from training
 * documents: every ORG and LOC span (nested ones too) keyed by its words' lemma keys, with the number of
 * documents that named it so. A training document's own features must not see its own names (the model would
 * learn to trust the lexicon more than it deserves on new text), so `leavingOut(k)` gives the lexicon as if
 * document k were not in the corpus.
 */

import { clusterKey } from '../../server/src/engine/entities/ner/clusters';
import { LEXICON_MAX_TOKENS, lexiconCode, type LexiconEntry, type NameLexicon } from '../../server/src/engine/entities/ner/lexicon';
import type { TaggedDocument } from '../../server/src/engine/tokens/tag';
import type { GoldSpan } from '../eval/lib/corpora';

export interface LearnedLexicon {
  /** Sorted by key, for the shipped file. */
  readonly entries: readonly LexiconEntry[];
  readonly full: NameLexicon;
  leavingOut(document: number): NameLexicon;
}

const TYPES = ['ORG', 'LOC'];

export function learnLexicon(documents: readonly { readonly tagged: TaggedDocument; readonly spans: readonly GoldSpan[] }[]): LearnedLexicon {
  const own = documents.map((d) => namesOf(d.tagged, d.spans));
  const counts = new Map<string, number[]>();
  for (const names of own) {
    for (const [key, types] of names) {
      let c = counts.get(key);
      if (c === undefined) {
        c = [0, 0];
        counts.set(key, c);
      }
      for (const t of types) {
        c[t]++;
      }
    }
  }
  const codeOf = (c: readonly number[]): number => (c[0] >= c[1] ? lexiconCode('ORG', c[0]) : lexiconCode('LOC', c[1]));
  const entries = [...counts.keys()].sort().map((key) => {
    const c = counts.get(key)!;
    const t = c[0] >= c[1] ? 0 : 1;
    return { key, type: TYPES[t], documents: c[t] };
  });
  return {
    entries,
    full: { codeOf: (key) => (counts.has(key) ? codeOf(counts.get(key)!) : 0) },
    leavingOut(document: number): NameLexicon {
      const mine = own[document];
      return {
        codeOf(key: string): number {
          const c = counts.get(key);
          if (c === undefined) {
            return 0;
          }
          const types = mine.get(key);
          return types === undefined ? codeOf(c) : codeOf(c.map((v, t) => v - (types.has(t) ? 1 : 0)));
        },
      };
    },
  };
}

/** A document's ORG/LOC names: lemma key → the types (0 ORG, 1 LOC) it gave that name. */
function namesOf(tagged: TaggedDocument, spans: readonly GoldSpan[]): Map<string, Set<number>> {
  const names = new Map<string, Set<number>>();
  for (const s of spans) {
    const type = TYPES.indexOf(s.type);
    if (type < 0) {
      continue;
    }
    const inside = tagged.tokens.filter((t) => t.start >= s.start && t.end <= s.end);
    const first = inside[0]?.text.charAt(0);
    if (first === undefined || first === first.toLowerCase() || inside.length > LEXICON_MAX_TOKENS) {
      continue;
    }
    const key = inside.map(clusterKey).join(' ');
    let types = names.get(key);
    if (types === undefined) {
      types = new Set();
      names.set(key, types);
    }
    types.add(type);
  }
  return names;
}
