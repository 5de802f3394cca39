/**
 * Party-state tags after a politician's name: "(R-Ky.)", "(D-N.C.)", "(R-IN)" → the state is a place.
 */

import type { TypedName } from './consistency';
import type { Word } from './words';
import { COUNTRIES_AND_STATES, PLACE_ABBREVIATIONS, STATE_CODES } from './lexicon';

export interface PartyState {
  readonly name: TypedName;
  /** Indices of the words of the whole tag, which no other name rule may use. */
  readonly words: readonly number[];
}

export function findPartyStates(words: readonly Word[]): PartyState[] {
  const out: PartyState[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    const [party, dash, state] = [words[i], words[i + 1], words[i + 2]];
    if (!/^[RDI]$/.test(party.text) || dash.text !== '-' || dash.gapBefore !== '' || state.gapBefore !== '') {
      continue;
    }
    // "W.Va." comes as two glued abbreviations.
    let last = i + 2;
    while (last + 1 < words.length && words[last + 1].gapBefore === '' && words[last].text.endsWith('.') && /^\p{Lu}[\p{L}.]*\.$/u.test(words[last + 1].text)) {
      last++;
    }
    const key = words.slice(i + 2, last + 1).map((w) => w.key).join('');
    if (STATE_CODES.has(state.text) || (state.capitalised && (PLACE_ABBREVIATIONS.has(key) || COUNTRIES_AND_STATES.has(key)))) {
      const indices = Array.from({ length: last - i + 1 }, (_, k) => i + k);
      out.push({ name: { start: state.start, end: words[last].end, type: 'LOC', rule: 'en-party-state' }, words: indices });
    }
  }
  return out;
}
