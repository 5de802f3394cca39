/**
 * A quoted title and its original in parentheses: the press gives a foreign title in Russian, in quotes, and then as
 * written in its own language («автомобиля «Гол» (Gol)», «девиз «Мы одна семья» (GENS UNA SUMUS)», «сериала «Побег»
 * (Prison Break)»). The Latin words say the same as the quoted ones, so when those are no name, neither are they: az
 * has no parses for Latin words, and the model, reading them by their shape alone, makes organisations and persons of
 * titles and mottoes. When the quoted words are a name, the original is left to the model: on NEREL train it read
 * the Latin words of «Биг-Бен» (Big Ben), «Кюнстхал» (Kunsthal) as the places they are where it read the Russian ones
 * as organisations.
 */

import type { TaggedToken } from '../../tokens/tag';
import { OUTSIDE } from './labels';
import { CLOSE_QUOTES, OPEN_QUOTES } from './quoteMarks';

/** Longest quoted name and longest original, in tokens. */
const LONGEST = 8;

export function readGlosses(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  const out = labels.slice();
  const n = tokens.length;
  for (let p = 3; p + 2 < n; p++) {
    if (tokens[p].text !== '(' || !CLOSE_QUOTES.has(tokens[p - 1].text) || !isLatin(tokens[p + 1]) || !/^[A-Za-z]/.test(tokens[p + 1].text)) {
      continue;
    }
    let c = p + 1;
    while (c < n && c - p <= LONGEST && isLatin(tokens[c]) && tokens[c].sentence === tokens[p].sentence) {
      c++;
    }
    let q = p - 2;
    while (q > 0 && p - q <= LONGEST && !OPEN_QUOTES.has(tokens[q].text) && tokens[q].sentence === tokens[p].sentence) {
      q--;
    }
    if (c >= n || tokens[c].text !== ')' || !OPEN_QUOTES.has(tokens[q].text) || q + 1 >= p - 1) {
      continue;
    }
    // One all-capital word is the name's abbreviation («"Движения за демократические перемены" (MDC)»), not a title.
    const abbreviation = c === p + 2 && /^[A-Z0-9-]+$/.test(tokens[p + 1].text);
    if (!abbreviation && out.subarray(q + 1, p - 1).every((l) => l === OUTSIDE)) {
      out.fill(OUTSIDE, p + 1, c);
    }
    p = c;
  }
  return out;
}

/** A word or number of the Latin-script original: Latin letters, digits and the marks inside names. */
function isLatin(token: TaggedToken): boolean {
  return (token.kind === 'word' || token.kind === 'number') && /^[A-Za-z0-9][A-Za-z0-9&.'-]*$/.test(token.text);
}
