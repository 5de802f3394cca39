/**
 * A name of several words keeps its reading through the document: where the model read «Голоса Америки» as one
 * ORG in some places and as «Голос» + LOC «Америки» in others, every occurrence of the same words (matched by
 * their lemmas, so other case forms meet) takes the type most whole occurrences got, as one name. A
 * run of words inside a longer name counts as an occurrence too («Русской службе «Голоса Америки»»).
 */

import type { TaggedToken } from '../../tokens/tag';
import { clusterKey } from './clusters';
import { NAME_TYPES, beginLabel, isInside, typeOfLabel } from './labels';

/** Token k follows token k − 1 in the same sentence after a single space. */
function joined(tokens: readonly TaggedToken[], k: number): boolean {
  return tokens[k].sentence === tokens[k - 1].sentence && tokens[k].start - tokens[k - 1].end === 1;
}

export function repeatMultiWordNames(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  const n = tokens.length;
  const votes = new Map<string, number[]>();
  const lengthsByFirst = new Map<string, Set<number>>();
  // Lemma keys only where a name's words or a capitalised word need them: the pass runs on every document.
  const keys: string[] = [];
  const keyOf = (k: number): string => (keys[k] ??= clusterKey(tokens[k]));
  const keysIn = (from: number, to: number): string => Array.from({ length: to - from }, (_, k) => keyOf(from + k)).join(' ');
  for (let i = 0; i < n; i++) {
    const type = typeOfLabel(labels[i]);
    if (type === null || (i > 0 && isInside(labels[i]) && joined(tokens, i) && isWord(tokens[i - 1]))) {
      continue;
    }
    // A run of words joined by single spaces inside one name: the whole name, or its part inside quotes.
    let j = i;
    while (j + 1 < n && isInside(labels[j + 1]) && joined(tokens, j + 1) && isWord(tokens[j + 1])) {
      j++;
    }
    if (j === i || !isCapitalised(tokens[i])) {
      continue;
    }
    const key = keysIn(i, j + 1);
    const counts = votes.get(key) ?? NAME_TYPES.map(() => 0);
    counts[NAME_TYPES.indexOf(type)]++;
    votes.set(key, counts);
    const lengths = lengthsByFirst.get(keyOf(i)) ?? new Set<number>();
    lengths.add(j - i + 1);
    lengthsByFirst.set(keyOf(i), lengths);
  }
  const out = labels.slice();
  if (votes.size === 0) {
    return out;
  }
  for (let i = 0; i < n; i++) {
    const lengths = isCapitalised(tokens[i]) && !isInside(out[i]) ? lengthsByFirst.get(keyOf(i)) : undefined;
    if (lengths === undefined) {
      continue;
    }
    for (const length of [...lengths].sort((a, b) => b - a)) {
      const end = i + length;
      if (end > n || (end < n && isInside(out[end]))) {
        continue;
      }
      let k = i + 1;
      while (k < end && joined(tokens, k)) {
        k++;
      }
      const counts = k === end ? votes.get(keysIn(i, end)) : undefined;
      if (counts === undefined) {
        continue;
      }
      const best = Math.max(...counts);
      if (counts.filter((c) => c === best).length > 1) {
        break;
      }
      const begin = beginLabel(NAME_TYPES[counts.indexOf(best)]);
      out[i] = begin;
      out.fill(begin + 1, i + 1, end);
      i = end - 1;
      break;
    }
  }
  return out;
}

function isWord(token: TaggedToken): boolean {
  return token.kind === 'word' || token.kind === 'number';
}

function isCapitalised(token: TaggedToken): boolean {
  const c = token.text.charAt(0);
  return token.kind === 'word' && c !== c.toLowerCase();
}
