/**
 * Small grammatical questions the entity rules and normal forms ask of tagged tokens: which cases a word
 * can be in, whether two words agree, and how to put an inflected form back into the original spelling.
 */

import type { Parse } from '../tokens/morphology';
import { mapKazakhLetters } from '../tokens/kazakh';

export type GrammaticalCase = 'nomn' | 'gent' | 'datv' | 'accs' | 'ablt' | 'loct' | 'voct';

const CASES: Readonly<Record<string, GrammaticalCase>> = {
  nomn: 'nomn', gent: 'gent', gen2: 'gent', datv: 'datv', accs: 'accs', acc2: 'accs',
  ablt: 'ablt', loct: 'loct', loc2: 'loct', voct: 'voct',
};

export function caseOf(parse: Parse): GrammaticalCase | null {
  for (const g of parse.grammemes) {
    const c = CASES[g];
    if (c !== undefined) {
      return c;
    }
  }
  return null;
}

export function numberOf(parse: Parse): 'sing' | 'plur' | null {
  return parse.grammemes.has('plur') ? 'plur' : parse.grammemes.has('sing') ? 'sing' : null;
}

export function genderOf(parse: Parse): 'masc' | 'femn' | 'neut' | null {
  const g = parse.grammemes;
  return g.has('masc') ? 'masc' : g.has('femn') ? 'femn' : g.has('neut') ? 'neut' : null;
}

export function isAdjective(parse: Parse): boolean {
  return (parse.pos === 'ADJF' || parse.pos === 'PRTF') && !parse.grammemes.has('Apro');
}

export function isNoun(parse: Parse): boolean {
  return parse.pos === 'NOUN';
}

/**
 * Whether an adjective parse agrees with a noun parse: same case, same number, and in the singular the
 * same gender (a common-gender noun like «глава» takes either).
 */
export function agrees(adjective: Parse, noun: Parse): boolean {
  if (caseOf(adjective) !== caseOf(noun)) {
    return false;
  }
  const number = numberOf(adjective);
  if (number === 'plur' || numberOf(noun) === 'plur') {
    return true;
  }
  const gender = genderOf(adjective);
  return gender === null || noun.grammemes.has('Ms-f') || gender === genderOf(noun);
}

const FUNCTION_WORDS: ReadonlySet<string> = new Set(['PREP', 'CONJ', 'PRCL', 'NPRO', 'INTJ']);

/**
 * A preposition, conjunction, particle or pronoun by its most likely reading: such words also have rare noun
 * readings («после» as a form of «посол», «с» as a letter) that must not make them titles or complements.
 */
export function isFunctionWord(parses: readonly Parse[]): boolean {
  return parses.length > 0 && FUNCTION_WORDS.has(parses[0].pos);
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export function isAllCaps(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\d-]*$/u.test(word) && /\p{Lu}.*\p{Lu}|^\p{Lu}$/u.test(word);
}

/**
 * Puts a lower-case dictionary form back into the word's own spelling: the shared beginning keeps the original
 * letters (Kazakh letters, capitals), only the ending changes; a prefix az dropped («экс-министра» → «министр»)
 * is kept.
 */
export function respell(word: string, form: string): string {
  const lower = mapKazakhLetters(word).toLowerCase().replace(/ё/g, 'е');
  const target = form.replace(/ё/g, 'е');
  let bestStart = 0;
  let bestLength = -1;
  for (let k = 0; k < word.length; k++) {
    let n = 0;
    while (k + n < lower.length && n < target.length && lower[k + n] === target[n]) {
      n++;
    }
    if (n > bestLength) {
      bestStart = k;
      bestLength = n;
    }
  }
  const keep = word.slice(0, bestStart + bestLength);
  const tail = form.slice(bestLength);
  const result = keep + (isAllCaps(word) && word.length > 1 ? tail.toUpperCase() : tail);
  return keep.length === 0 && isCapitalised(word) ? upperFirst(result) : result;
}

export function lowerFirst(text: string): string {
  return text.length > 0 && !isAllCaps(text.split(/[\s-]/)[0]) ? text[0].toLowerCase() + text.slice(1) : text;
}

export function upperFirst(text: string): string {
  return text.length > 0 ? text[0].toUpperCase() + text.slice(1) : text;
}
