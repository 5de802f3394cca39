/**
 * Quotation marks and the kind before a quoted name, in the document pass. factRuEval names an organisation by the
 * words inside its quotes: «РИА «Новости»», «РКК „Энергия“», «ОАО «Газпром»» have an org_name «Новости», «Энергия»,
 * «Газпром» and an org_descr before them (10 of 10 such abbreviations in its devset), so an abbreviation tagged
 * ORG right before a quoted name is the kind and the quoted words are the name. A quoted name is whole. And a name
 * never holds a quotation mark of its own: «Русской службе «Голоса Америки»» is two names, the marks belong to
 * neither.
 */

import type { TaggedToken } from '../../tokens/tag';
import { OUTSIDE, beginLabel, cutBefore, typeOfLabel } from './labels';
import { CLOSE_QUOTES, OPEN_QUOTES } from './quoteMarks';

/** Longest quoted name, in tokens. */
const LONGEST = 8;

export function readQuotedKinds(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  return dropQuoteMarks(tokens, completeQuotedNames(tokens, abbreviatedKinds(tokens, labels)));
}

/** Parts of speech that make a quoted phrase a quotation rather than a name. */
const CLAUSE = new Set(['VERB', 'INFN', 'PRCL']);

function isNameWord(token: TaggedToken): boolean {
  return (token.kind === 'word' || token.kind === 'number') && !CLAUSE.has(token.parses[0]?.pos ?? '');
}

/** Opening and closing quote of every quoted phrase of words (first one capitalised or a digit), in text order. */
function quotedPhrases(tokens: readonly TaggedToken[]): [number, number][] {
  const phrases: [number, number][] = [];
  for (let q = 0; q + 2 < tokens.length; q++) {
    if (!OPEN_QUOTES.has(tokens[q].text) || !/^[\p{Lu}\d]/u.test(tokens[q + 1].text)) {
      continue;
    }
    let c = q + 1;
    while (c < tokens.length && c - q <= LONGEST && isNameWord(tokens[c]) && tokens[c].sentence === tokens[q].sentence) {
      c++;
    }
    if (c < tokens.length && CLOSE_QUOTES.has(tokens[c].text) && c - q <= LONGEST) {
      phrases.push([q, c]);
      q = c;
    }
  }
  return phrases;
}

/**
 * A quoted name is whole: an ORG the model began right after the opening quote goes on to the closing one
 * («Координационный совет» + «пострадавших соинвесторов»).
 */
function completeQuotedNames(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  const out = labels.slice();
  const phrases = quotedPhrases(tokens);
  const org = beginLabel('ORG');
  for (const [q, c] of phrases) {
    if (out[q + 1] === org) {
      out.fill(org + 1, q + 2, c);
    }
  }
  return out;
}

function abbreviatedKinds(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  const out = labels.slice();
  for (let i = 0; i + 3 < tokens.length; i++) {
    const q = i + 1;
    if (typeOfLabel(out[i]) !== 'ORG' || !/^\p{Lu}{2,5}$/u.test(tokens[i].text) || !OPEN_QUOTES.has(tokens[q].text) || tokens[q].sentence !== tokens[i].sentence || !/^[\p{Lu}\d]/u.test(tokens[q + 1].text)) {
      continue;
    }
    let c = q + 1;
    while (c < tokens.length && c - q <= LONGEST && !CLOSE_QUOTES.has(tokens[c].text) && tokens[c].sentence === tokens[q].sentence) {
      c++;
    }
    if (c >= tokens.length || !CLOSE_QUOTES.has(tokens[c].text)) {
      continue;
    }
    out[i] = OUTSIDE;
    out[q] = OUTSIDE;
    out[q + 1] = beginLabel('ORG');
    out.fill(beginLabel('ORG') + 1, q + 2, c);
    i = c - 1;
  }
  return out;
}

function dropQuoteMarks(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  const out = labels.slice();
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i].text;
    if (out[i] === OUTSIDE || !(OPEN_QUOTES.has(text) || CLOSE_QUOTES.has(text))) {
      continue;
    }
    out[i] = OUTSIDE;
    cutBefore(out, i + 1);
  }
  return out;
}
