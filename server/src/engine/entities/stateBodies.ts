/**
 * ORG: a state's governing body named by a capitalised generic noun and the state after it («Правительства
 * РК», «Парламент Казахстана», «Конгресса США», «Правительство Республики Казахстан»). Capitalised, the noun
 * names one particular body, and the body's name is the noun with its state, the state a LOC of its own
 * inside it: NEREL's convention (all 26 such phrases in its train and dev) and the seed article's. factRuEval
 * marks only the state (the noun is an org_descr), so the rule costs a few of its ORG tokens.
 */

import type { TaggedDocument, TaggedToken } from '../tokens/tag';
import type { RuleSpan } from './ruleSpan';
import { extendComplements } from './complements';
import { isAllCaps, isCapitalised } from './grammar';

/** Nouns for the government or legislature of a state; a ministry or a court needs its field and is the model's. */
const BODY_NOUNS: ReadonlySet<string> = new Set(['правительство', 'парламент', 'конгресс', 'сенат', 'кабмин']);

/** Generic nouns that make a state's name with the words around them («Республики Казахстан», «Российской Федерации»). */
const STATE_NOUNS: ReadonlySet<string> = new Set(['республика', 'федерация', 'королевство', 'штат', 'эмират', 'княжество', 'конфедерация']);

export function findStateBodies(document: TaggedDocument): RuleSpan[] {
  const tokens = document.tokens;
  const spans: RuleSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i].text) || !tokens[i].parses.some((p) => p.pos === 'NOUN' && BODY_NOUNS.has(p.lemma))) {
      continue;
    }
    const end = stateEnd(tokens, i, extendComplements(tokens, i, { text: document.text, withPo: false }));
    if (end !== null) {
      spans.push({ start: tokens[i].start, end: tokens[end].end, type: 'ORG', rule: 'org-state-body' });
      i = end;
    }
  }
  return spans;
}

/**
 * The last token of the state named in the capitalised complements after the body noun, or null. The state ends
 * the name, though the complements may go on («Правительства РФ Руководителя Аппарата …»); a generic state noun
 * takes the name after it («Республики Казахстан»).
 */
function stateEnd(tokens: readonly TaggedToken[], body: number, complementsEnd: number): number | null {
  for (let k = body + 1; k <= complementsEnd && isCapitalised(tokens[k].text); k++) {
    if (isStateName(tokens[k])) {
      return k;
    }
    if (isStateNoun(tokens[k])) {
      return k < complementsEnd && isStateName(tokens[k + 1]) ? k + 1 : k;
    }
  }
  return null;
}

/** A country's abbreviation («РК», «США») or a place az knows («Казахстана»). */
function isStateName(token: TaggedToken): boolean {
  return (isAllCaps(token.text) && token.text.length >= 2) || token.parses.some((p) => p.grammemes.has('Geox'));
}

function isStateNoun(token: TaggedToken): boolean {
  return token.parses.some((p) => p.pos === 'NOUN' && STATE_NOUNS.has(p.lemma));
}
