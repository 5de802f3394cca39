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
    if (STATE_CODES.has(state.text) || (state.capitalised && (PLACE_ABBREVIATIONS.has(state.key) || COUNTRIES_AND_STATES.has(state.key)))) {
      out.push({ name: { start: state.start, end: state.end, type: 'LOC', rule: 'en-party-state' }, words: [i, i + 1, i + 2] });
    }
  }
  return out;
}
