/**
 * Datelines: a news item or a press release opens with the place it comes from, then a comma and the date, or a
 * dash or a full stop and the story («Караганда, 14 марта …», «АСТАНА, 12 марта — …», «Караганда. …»). There the
 * place stands first in its sentence with no words around it to tell the model what it is, and the model often
 * leaves it out. Keyed on position, punctuation, the date's shape and az's place reading, never on names.
 */

import type { TaggedToken } from '../../tokens/tag';
import { OUTSIDE, beginLabel, isInside, nameEnd } from './labels';

/** Months (az lemmas), the second word of a dateline's date. */
const MONTHS = new Set([
  'январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь',
]);

/** Marks that end a dateline's place. */
const PLACE_ENDS = new Set([',', '—', '–', '.']);

/** Readings that make a capitalised word a person or an organisation («Королёв», «Газпром») unless az also knows it as a place («Владимир»). */
const NOT_PLACE_NAME = ['Name', 'Surn', 'Patr', 'Orgn'];

/** Parts of speech of the words that open a sentence before a comma and a date («Напомним, 28 марта», «Вчера, 16 августа»). */
const NOT_PLACE = new Set(['VERB', 'INFN', 'ADVB', 'CONJ', 'PRCL', 'INTJ', 'PREP', 'PRED', 'COMP', 'NPRO', 'GRND', 'ADJF', 'ADJS', 'PRTF', 'PRTS', 'NUMR']);

export function readDatelines(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  const out = labels.slice();
  const n = tokens.length;
  for (let i = 0; i + 1 < n; i++) {
    const word = tokens[i];
    const first = i === 0 || tokens[i - 1].sentence !== word.sentence;
    const alone = out[i] === OUTSIDE || (!isInside(out[i]) && nameEnd(out, i) === i + 1);
    if (!first || !alone || !PLACE_ENDS.has(tokens[i + 1].text) || !isCapitalised(word)) {
      continue;
    }
    const geox = word.parses.some((p) => p.grammemes.has('Geox'));
    const named = !geox && word.parses.some((p) => NOT_PLACE_NAME.some((g) => p.grammemes.has(g)));
    const dated = tokens[i + 1].text === ',' && isDate(tokens, i + 2) && !named;
    const placeWord = dated && (isAllCaps(word) || (word.parses.length > 0 && !NOT_PLACE.has(word.parses[0].pos)));
    // Without a date only az's place reading says what the word is, and then it must have no other («Шумиха», «Орёл»).
    const place = out[i] === OUTSIDE && geox && word.parses.every((p) => p.grammemes.has('Geox')) && word.parses.some((p) => p.grammemes.has('nomn'));
    if (placeWord || place) {
      out[i] = beginLabel('LOC');
    }
  }
  return out;
}

/** A day of the month and the month after it: «14 марта». */
function isDate(tokens: readonly TaggedToken[], k: number): boolean {
  const day = tokens[k];
  const month = tokens[k + 1];
  return day !== undefined && month !== undefined && day.kind === 'number' && /^\d{1,2}$/.test(day.text) && Number(day.text) <= 31 && month.parses.some((p) => p.pos === 'NOUN' && MONTHS.has(p.lemma));
}

function isCapitalised(token: TaggedToken): boolean {
  const c = token.text.charAt(0);
  return token.kind === 'word' && c !== c.toLowerCase();
}

/** A word of three letters or more in capitals («АСТАНА»): az's guesses for it say nothing of what it is. */
function isAllCaps(token: TaggedToken): boolean {
  return token.text.length >= 3 && token.text === token.text.toUpperCase() && token.text !== token.text.toLowerCase();
}
