/**
 * The nominative of a name that is only adjectives, its noun lying outside the name: shared with the coordinated
 * names after it («Новосибирской» of «Новосибирской и Томской областях» → «Новосибирская»), or left after it as
 * factRuEval leaves street and region words («Тверской» + «площади» → «Тверская»). The adjectives agree in gender
 * with that head, in the singular when they qualify a coordinated plural one; with no head in sight they keep
 * their own gender and number.
 */

import type { Parse } from '../tokens/morphology';
import type { TaggedToken } from '../tokens/tag';
import { agrees, caseOf, genderOf, isAdjective, isNoun, numberOf } from './grammar';
import { adjectiveNominative } from './nounPhrase';

/** How far after the name its head may lie, in tokens («Новосибирской, Омской, Курганской и Томской областях»). */
const HEAD_DISTANCE = 10;

/** Every word of the name is an adjective or participle by az's best reading. */
export function isAdjectivalName(tokens: readonly TaggedToken[]): boolean {
  return tokens.length > 0 && tokens.every((t) => t.kind !== 'word' || (t.parses.length > 0 && isAdjective(t.parses[0])));
}

/** Replacement text for the name's adjectives, by index into `tokens`; `after` are the tokens that follow the name. */
export function adjectivesNominative(tokens: readonly TaggedToken[], after: readonly TaggedToken[]): Map<number, string> {
  const head = sharedHead(tokens, after);
  const out = new Map<number, string>();
  tokens.forEach((t, k) => {
    const adjectives = t.parses.filter(isAdjective);
    const withHead = head === null ? undefined : matchHead(adjectives, head);
    const parse = withHead?.adjective ?? adjectives[0];
    if (parse === undefined) {
      return;
    }
    const gender = (withHead === undefined ? null : genderOf(withHead.noun)) ?? genderOf(parse);
    const form = adjectiveNominative(t.text, parse, numberOf(parse) === 'plur' ? 'plur' : gender ?? 'masc');
    if (form !== null && form !== t.text) {
      out.set(k, form);
    }
  });
  return out;
}

interface Head {
  readonly nouns: readonly Parse[];
  /** Whether coordinated adjectives («и», a comma) stand between the name and its head. */
  readonly coordinated: boolean;
}

/** The first noun after the name past coordinated adjectives, in the same sentence, or null. */
function sharedHead(tokens: readonly TaggedToken[], after: readonly TaggedToken[]): Head | null {
  const sentence = tokens[tokens.length - 1].sentence;
  let coordinated = false;
  for (const t of after.slice(0, HEAD_DISTANCE)) {
    if (t.sentence !== sentence) {
      return null;
    }
    if (t.text === 'и' || t.text === ',') {
      coordinated = true;
      continue;
    }
    const best = t.parses[0];
    if (best === undefined) {
      return null;
    }
    if (isNoun(best)) {
      return { nouns: t.parses.filter(isNoun), coordinated };
    }
    if (!isAdjective(best)) {
      return null;
    }
  }
  return null;
}

/** An adjective reading agreeing with a reading of the head; a singular one with a plural head when coordinated. */
function matchHead(adjectives: readonly Parse[], head: Head): { adjective: Parse; noun: Parse } | undefined {
  for (const adjective of adjectives) {
    for (const noun of head.nouns) {
      const coordinatedPlural = head.coordinated && numberOf(adjective) === 'sing' && numberOf(noun) === 'plur' && caseOf(adjective) === caseOf(noun) && (genderOf(noun) === null || genderOf(noun) === genderOf(adjective));
      if (agrees(adjective, noun) || coordinatedPlural) {
        return { adjective, noun };
      }
    }
  }
  return undefined;
}
