/**
 * Abbreviations of common nouns are no places. The model reads an all-capital word alone mostly by its shape, and
 * the all-capital words of its training text are mostly countries («США», «РФ», «КНР»), so an economic or medical
 * abbreviation in running text («влияние на ВВП», «анализ ДНК») comes out as a LOC. az tells the two apart: the
 * abbreviations in its dictionary have their own letters as their lemma («ввп», «днк», «жкх»), where the countries
 * above are guessed from their shape (lemma «США») or carry a place reading (Geox). In factRuEval's devset and NEREL
 * train such a dictionary abbreviation is a place 2 times in 138 («ХМАО»), and an organisation 34 times («РПЦ»,
 * «ОБСЕ», «ГИБДД»), so only a LOC is dropped.
 */

import type { TaggedToken } from '../../tokens/tag';
import { OUTSIDE, labelRuns } from './labels';

/** Last in the pass, after the votes, which would give a cleared abbreviation the type of its other occurrences. */
export function dropCommonAbbreviations(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  const out = labels.slice();
  for (const { start, end } of labelRuns(out, 'LOC')) {
    if (end - start === 1 && isCommonAbbreviation(tokens[start])) {
      out[start] = OUTSIDE;
    }
  }
  return out;
}

/** An all-capital word az knows as an abbreviation of its own, and never as a place, an organisation or a person. */
function isCommonAbbreviation(token: TaggedToken): boolean {
  const text = token.text;
  if (text.length < 2 || text !== text.toUpperCase() || text === text.toLowerCase()) {
    return false;
  }
  const lemma = text.toLowerCase();
  return token.parses.some((p) => p.pos === 'NOUN' && p.grammemes.has('Abbr') && p.lemma === lemma) && !token.parses.some((p) => ['Geox', 'Orgn', 'Name', 'Surn'].some((g) => p.grammemes.has(g)));
}
