/**
 * Runs of capitalised Latin words and all-caps Latin abbreviations inside Russian text name one thing
 * («KMG Engineering», «Deutsche Bank AG»): az has no parses for them, so the model sees each part with little
 * evidence and often tags only some of them. Where a space-separated run carries exactly one name type, the
 * whole run takes it as one name.
 */

import type { TaggedToken } from '../../tokens/tag';
import { beginLabel, typeOfLabel, type NameType } from './labels';

export function joinLatinRuns(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  const out = labels.slice();
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalisedLatin(tokens[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && isCapitalisedLatin(tokens[j + 1]) && tokens[j + 1].start - tokens[j].end === 1 && tokens[j + 1].sentence === tokens[i].sentence) {
      j++;
    }
    if (j > i) {
      relabelRun(out, i, j);
    }
    i = j + 1;
  }
  return out;
}

function relabelRun(labels: Uint8Array, first: number, last: number): void {
  let type: NameType | null = null;
  let untagged = false;
  for (let k = first; k <= last; k++) {
    const t = typeOfLabel(labels[k]);
    if (t === null) {
      untagged = true;
    } else if (type === null) {
      type = t;
    } else if (type !== t) {
      return;
    }
  }
  if (type === null || !untagged) {
    return;
  }
  const begin = beginLabel(type);
  // A run that continues a name begun before it (its first token already I-) stays inside that name.
  labels[first] = labels[first] === begin + 1 ? begin + 1 : begin;
  for (let k = first + 1; k <= last; k++) {
    labels[k] = begin + 1;
  }
}

function isCapitalisedLatin(token: TaggedToken): boolean {
  return token.kind === 'word' && /^[A-Z][A-Za-z&'-]*$/.test(token.text);
}
