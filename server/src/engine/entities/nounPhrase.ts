/**
 * A noun phrase to the nominative: its head noun and the adjectives agreeing with it change, genitive
 * complements after the head stay («Сибирского отделения Российской академии наук» → «Сибирское отделение
 * Российской академии наук»). Plural heads with a singular adjective come from coordinations
 * («Томской областях» in «Новосибирской и Томской областях») and become singular.
 */

import type { Parse } from '../tokens/morphology';
import type { TaggedToken } from '../tokens/tag';
import { agrees, caseOf, genderOf, isAdjective, isAllCaps, isFunctionWord, isNoun, numberOf, respell } from './grammar';

export interface NounPhraseOptions {
  /** A grammeme that marks the head reading wanted for this type (Geox for places, Orgn for organisations). */
  readonly preferHead: string | null;
}

interface Choice {
  readonly head: Parse;
  /** One per token before the head; null for «и» between coordinated adjectives. */
  readonly modifiers: readonly (Parse | null)[];
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
  // An abbreviation is written as its owner writes it, whatever case az reads into it («МАГАТЕ»).
  if (isAllCaps(tokens[headIndex].text)) {
    return out;
  }
  // «Новосибирской и Томской областях»: coordinated singular adjectives share a plural head.
  const coordinated = choice.modifiers.includes(null);
  const singularModifier = choice.modifiers.some((m) => m !== null && numberOf(m) === 'sing');
  const number = !coordinated && (singularModifier || numberOf(choice.head) !== 'plur') ? 'sing' : 'plur';
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
    const agreement = (coordinated || number === 'sing') && gender !== null ? gender : coordinated ? 'sing' : number;
    const form = m === null ? null : adjectiveNominative(tokens[k].text, m, agreement);
    if (form !== null) {
      out.set(k, form);
    }
  });
  return out;
}

const NOMINATIVE_ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ье|ья|ьи)$/;

// Case endings of adjectives and the nominative ending that replaces them, for when az's inflection goes
// astray (participles, ordinals: «Соединённых» → «соединившие», «первого» → «перводин»).
const ADJECTIVE_ENDINGS: Readonly<Record<'plur' | 'masc' | 'femn' | 'neut', ReadonlyArray<readonly [RegExp, string]>>> = {
  plur: [[/(?:ых|ыми|ым)$/, 'ые'], [/(?:их|ими|им)$/, 'ие']],
  masc: [[/([гкхжшчщ])(?:ого|ому|им|ом)$/, '$1ий'], [/(?:его|ему|им|ем)$/, 'ий'], [/(?:ого|ому|ым|ом)$/, 'ый']],
  femn: [[/(?:ой|ую|ою)$/, 'ая'], [/(?:ей|юю|ею)$/, 'яя']],
  neut: [[/(?:его|ему|им|ем)$/, 'ее'], [/(?:ого|ому|ым|ом)$/, 'ое']],
};

export function adjectiveNominative(word: string, parse: Parse, agreement: 'plur' | 'masc' | 'femn' | 'neut' | 'sing'): string | null {
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
  while (adjectives < tokens.length - 1 && (isModifier(tokens[adjectives]) || (adjectives > 0 && isCoordinator(tokens[adjectives])))) {
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

function isModifier(token: TaggedToken): boolean {
  return token.kind === 'word' && !isFunctionWord(token.parses) && token.parses.some(isAdjective);
}

function isCoordinator(token: TaggedToken): boolean {
  return token.text === 'и';
}

function bestChoice(tokens: readonly TaggedToken[], headIndex: number, options: NounPhraseOptions): Choice | null {
  const nouns = tokens[headIndex].parses.filter(isNoun);
  // A singular adjective goes with a plural noun only in a cut coordination («Томской областях»), where the
  // noun can be nothing but plural; «сборную страны» is an adjective and a genitive, not «сборная страна».
  const onlyPlural = !nouns.some((p) => numberOf(p) === 'sing');
  const preferred = options.preferHead === null ? [] : nouns.filter((p) => p.grammemes.has(options.preferHead!));
  let best: Choice | null = null;
  const candidates: Choice[] = [];
  for (const head of preferred.length > 0 ? preferred : nouns) {
    const modifiers: (Parse | null)[] = [];
    let score = head.score;
    for (let k = 0; k < headIndex; k++) {
      if (isCoordinator(tokens[k])) {
        modifiers.push(null);
        continue;
      }
      const agreeing = tokens[k].parses.filter((p) => isAdjective(p) && agrees(p, head) && (onlyPlural || numberOf(p) === numberOf(head)));
      if (agreeing.length === 0) {
        break;
      }
      modifiers.push(agreeing[0]);
      score += agreeing[0].score;
    }
    if (modifiers.length < headIndex) {
      continue;
    }
    if (best === null || score > best.score) {
      best = { head, modifiers, score };
    }
    candidates.push({ head, modifiers, score });
  }
  // A nominative reading nearly as likely as the best wins: a name already in the nominative is left alone
  // (az guesses for an unknown «Тоттенхэм» spread over many cases).
  const nominative = candidates.filter((c) => caseOf(c.head) === 'nomn' && best !== null && c.score >= best.score / 2);
  return nominative.reduce<Choice | null>((b, c) => (b === null || c.score > b.score ? c : b), null) ?? best;
}
