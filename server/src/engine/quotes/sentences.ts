/**
 * Sentence limits as quotations need them: a sentence never ends inside a pair of quotation marks, so
 * «Мы готовы. Это важно», — сказал он. is one sentence with its attribution.
 */

import type { Span } from '../types';
import type { MarkPair } from './marks';

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'г', 'гг', 'т', 'е', 'д', 'им', 'акад', 'проф', 'ул', 'пр', 'руб', 'млн', 'млрд', 'тыс', 'см', 'рис', 'ст', 'чл',
  'корр', 'тов', 'гос', 'обл', 'р', 'н', 'э', 'вв', 'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gov', 'sen', 'rep',
  'gen', 'col', 'lt', 'sgt', 'prof', 'inc', 'corp', 'co', 'vs', 'no', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec',
]);

export function findSentences(text: string, pairs: readonly MarkPair[]): Span[] {
  const sentences: Span[] = [];
  let start = 0;
  let pair = 0;
  const push = (end: number): void => {
    const span = trimSpan(text, start, end);
    if (span.end > span.start) {
      sentences.push(span);
    }
    start = end;
  };
  const candidates = /[.!?…\n]/gu;
  for (let i = 0; i < text.length; i++) {
    candidates.lastIndex = i;
    const next = candidates.exec(text);
    if (next === null) {
      break;
    }
    i = next.index;
    while (pair < pairs.length && pairs[pair].close < i) {
      pair++;
    }
    if (pair < pairs.length && pairs[pair].open < i && i < pairs[pair].close) {
      // Inside a quotation: a paragraph break still ends the sentence only if the quotation does not go on.
      continue;
    }
    const c = text[i];
    if (c === '\n') {
      push(i);
      continue;
    }
    if ((c === '.' || c === '!' || c === '?' || c === '…') && endsSentence(text, i)) {
      let end = i + 1;
      while (end < text.length && /[.!?…»"”’)]/u.test(text[end]) && !isOpenMarkAt(pairs, end)) {
        end++;
      }
      push(end);
      i = end - 1;
    }
  }
  push(text.length);
  return sentences;
}

function isOpenMarkAt(pairs: readonly MarkPair[], i: number): boolean {
  return pairs.some((p) => p.open === i);
}

function endsSentence(text: string, i: number): boolean {
  let j = i + 1;
  while (j < text.length && /[.!?…»"”’)]/u.test(text[j])) {
    j++;
  }
  if (j < text.length && !/\s/u.test(text[j])) {
    return false;
  }
  while (j < text.length && /[ \t\u00a0]/u.test(text[j])) {
    j++;
  }
  const next = text[j] ?? '';
  if (next !== '' && next !== '\n' && !/[\p{Lu}\d«"„“—–\-(]/u.test(next)) {
    return false;
  }
  return text[i] !== '.' || !isAbbreviationPeriod(text, i);
}

/** The period at `i` ends an abbreviation (г., Mr.) or an initial (А. В. Петров, J. Smith), not a sentence. */
export function isAbbreviationPeriod(text: string, i: number): boolean {
  const word = /(\p{L}+)$/u.exec(text.slice(Math.max(0, i - 12), i));
  if (word === null) {
    return false;
  }
  const w = word[1];
  return ABBREVIATIONS.has(w.toLowerCase()) || (w.length === 1 && /\p{Lu}/u.test(w));
}

function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s])) {
    s++;
  }
  while (e > s && /\s/u.test(text[e - 1])) {
    e--;
  }
  return { start: s, end: e };
}
