/**
 * A noun phrase to the nominative: its head noun and the adjectives agreeing with it change, genitive
 * complements after the head stay («Сибирского отделения Российской академии наук» → «Сибирское отделение
 * Российской академии наук»). Plural heads with a singular adjective come from coordinations
 * («Томской областях» in «Новосибирской и Томской областях») and become singular.
 */

import type { Parse } from '../tokens/morphology';
import type { TaggedToken } from '../tokens/tag';
import { agrees, caseOf, genderOf, isAdjective, isNoun, numberOf, respell } from './grammar';

export interface NounPhraseOptions {
  /** A grammeme that marks the head reading wanted for this type (Geox for places, Orgn for organisations). */
  readonly preferHead: string | null;
}

interface Choice {
  readonly head: Parse;
  readonly modifiers: readonly Parse[];
  readonly score: number;
}

/** Replacement text for the head and its adjectives, by index into `tokens`; empty when nothing changes. */
export function nounPhraseNominative(tokens: readonly TaggedToken[], options: NounPhraseOptions): Map<number, string> {
  const out = new Map<number, string>();
  const found = findHead(tokens, options);
  if (found === null) {
    return out;
  }
  const { headIndex, choice } = found;
  const number = choice.modifiers.some((m) => numberOf(m) === 'sing') || numberOf(choice.head) !== 'plur' ? 'sing' : 'plur';
  if (caseOf(choice.head) === 'nomn' && numberOf(choice.head) === number) {
    return out;
  }
  const headForm = choice.head.inflect(['nomn', number]) ?? choice.head.inflect(['nomn']);
  if (headForm === null) {
    return out;
  }
  out.set(headIndex, respell(tokens[headIndex].text, headForm));
  const gender = genderOf(choice.head);
  choice.modifiers.forEach((m, k) => {
    const form = adjectiveNominative(tokens[k].text, m, number === 'plur' || gender === null ? number : gender);
    if (form !== null) {
      out.set(k, form);
    }
  });
  return out;
}

const NOMINATIVE_ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)$/;

// Case endings of adjectives and the nominative ending that replaces them, for when az's inflection goes
// astray (participles, ordinals: «Соединённых» → «соединившие», «первого» → «перводин»).
const ADJECTIVE_ENDINGS: Readonly<Record<'plur' | 'masc' | 'femn' | 'neut', ReadonlyArray<readonly [RegExp, string]>>> = {
  plur: [[/(?:ых|ыми|ым)$/, 'ые'], [/(?:их|ими|им)$/, 'ие']],
  masc: [[/([гкхжшчщ])(?:ого|ому|им|ом)$/, '$1ий'], [/(?:его|ему|им|ем)$/, 'ий'], [/(?:ого|ому|ым|ом)$/, 'ый']],
  femn: [[/(?:ой|ую|ою)$/, 'ая'], [/(?:ей|юю|ею)$/, 'яя']],
  neut: [[/(?:его|ему|им|ем)$/, 'ее'], [/(?:ого|ому|ым|ом)$/, 'ое']],
};

function adjectiveNominative(word: string, parse: Parse, agreement: 'plur' | 'masc' | 'femn' | 'neut' | 'sing'): string | null {
  const target = agreement === 'sing' ? ['nomn', 'sing'] : agreement === 'plur' ? ['nomn', 'plur'] : ['nomn', 'sing', agreement];
  const form = parse.inflect(target);
  if (form !== null && NOMINATIVE_ADJECTIVE.test(form)) {
    const spelled = respell(word, form);
    if (spelled.length >= word.length - 1 && spelled.slice(0, word.length - 3) === word.slice(0, word.length - 3)) {
      return spelled;
    }
  }
  for (const [ending, replacement] of ADJECTIVE_ENDINGS[agreement === 'sing' ? 'masc' : agreement]) {
    if (ending.test(word)) {
      return word.replace(ending, replacement);
    }
  }
  return null;
}

/**
 * The head is the first noun after a run of adjectives that all agree with it; the longest such run wins,
 * so «Новосибирском Академгородке» takes «Новосибирском» as an adjective, not as the city.
 */
function findHead(tokens: readonly TaggedToken[], options: NounPhraseOptions): { headIndex: number; choice: Choice } | null {
  let adjectives = 0;
  while (adjectives < tokens.length - 1 && tokens[adjectives].kind === 'word' && tokens[adjectives].parses.some(isAdjective)) {
    adjectives++;
  }
  for (let k = adjectives; k >= 0; k--) {
    if (tokens[k]?.kind !== 'word') {
      continue;
    }
    const choice = bestChoice(tokens, k, options);
    if (choice !== null) {
      return { headIndex: k, choice };
    }
  }
  return null;
}

function bestChoice(tokens: readonly TaggedToken[], headIndex: number, options: NounPhraseOptions): Choice | null {
  const nouns = tokens[headIndex].parses.filter(isNoun);
  const preferred = options.preferHead === null ? [] : nouns.filter((p) => p.grammemes.has(options.preferHead!));
  let best: Choice | null = null;
  for (const head of preferred.length > 0 ? preferred : nouns) {
    const modifiers: Parse[] = [];
    let score = head.score;
    for (let k = 0; k < headIndex; k++) {
      const agreeing = tokens[k].parses.filter((p) => isAdjective(p) && agrees(p, head));
      if (agreeing.length === 0) {
        break;
      }
      modifiers.push(agreeing[0]);
      score += agreeing[0].score;
    }
    if (modifiers.length < headIndex) {
      continue;
    }
    // On a tie the nominative reading wins: a name already in the nominative is left alone.
    const better = best === null || score > best.score || (score === best.score && caseOf(head) === 'nomn' && caseOf(best.head) !== 'nomn');
    if (better) {
      best = { head, modifiers, score };
    }
  }
  return best;
}
