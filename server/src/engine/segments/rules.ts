/**
 * The ordered, named rules that decide whether a sentence ends at a candidate point (after . ! ? … and any
 * closing quotes or brackets glued to them), as razdel does: each rule votes join, split or nothing, and the
 * first vote wins. When no rule votes, the sentence ends (`sentence-end`).
 */

import { abbreviationKind, isEnglishSentenceStarter } from './abbreviations';
import { isLowerAt, isUpperAt } from './characters';
import type { WordToken } from './words';

export type BreakDecision = 'join' | 'split';

export interface BreakContext {
  readonly text: string;
  readonly tokens: readonly WordToken[];
  /** Index of the . ! ? … token. */
  readonly delimiter: number;
  /** Index of the last token before the candidate break: the delimiter or the closing marks glued to it. */
  readonly last: number;
  /** Index of the first token of the sentence the candidate would end. */
  readonly sentenceStart: number;
  /** Whether the delimiter lies inside a quotation followed by an attribution («…», — сказал он / "…," said he). */
  readonly insideAttributedQuote: boolean;
  /** Whether a closing quotation mark is among the closing marks. */
  readonly closedByQuote: boolean;
}

export interface BreakRule {
  /** Stable kebab-case id, shown when a break is explained. */
  readonly id: string;
  decide(context: BreakContext): BreakDecision | null;
}

export const DEFAULT_BREAK_RULE = 'sentence-end';

const DASHES = new Set(['-', '--', '---', '–', '—', '―', '‒']);
const DELIMITERS_RIGHT = new Set([',', ';', ':', ')', ']', '}']);

function right(c: BreakContext): WordToken {
  return c.tokens[c.last + 1];
}

export function isDash(token: WordToken | undefined): boolean {
  return token !== undefined && token.kind === 'punct' && DASHES.has(token.text);
}

function startsLower(c: BreakContext, token: WordToken | undefined): boolean {
  return token !== undefined && token.kind === 'word' && isLowerAt(c.text, token.start);
}

/** The word right before a bare dot (nothing glued after it), or undefined. */
function wordBeforeDot(c: BreakContext): WordToken | undefined {
  const dot = c.tokens[c.delimiter];
  if (c.delimiter !== c.last || dot.text !== '.' || c.delimiter === 0) {
    return undefined;
  }
  const word = c.tokens[c.delimiter - 1];
  return word.kind === 'word' && word.end === dot.start ? word : undefined;
}

/** One code point (plus marks), which is what an initial or a one-letter abbreviation is. */
function isSingleLetter(token: WordToken): boolean {
  const first = token.text.codePointAt(0) ?? 0;
  const width = first > 0xffff ? 2 : 1;
  return !/[\p{L}\p{N}]/u.test(token.text.slice(width));
}

interface Abbreviation {
  readonly kind: 'head' | 'tail';
  readonly english: boolean;
}

const SHORT_PART = 5;
const ROMAN = /^[IVXLCDM]+$/;

/**
 * The abbreviation ending at the delimiter: dotted chains such as т. е., и.о., U.S. are looked up whole
 * first, then their last part alone.
 */
function abbreviationBefore(c: BreakContext): Abbreviation | undefined {
  const word = wordBeforeDot(c);
  if (word === undefined) {
    return undefined;
  }
  const parts = [word.text.toLowerCase()];
  let first = c.delimiter - 1;
  while (parts.length < 3 && first - 2 >= c.sentenceStart) {
    const dot = c.tokens[first - 1];
    const part = c.tokens[first - 2];
    if (dot.text !== '.' || part.kind !== 'word' || part.end !== dot.start || part.text.length > SHORT_PART) {
      break;
    }
    parts.unshift(part.text.toLowerCase());
    first -= 2;
  }
  for (let from = 0; from < parts.length; from++) {
    const partStart = first + 2 * from;
    const before = c.tokens[partStart - 1];
    const key = parts.slice(from).join('.');
    const afterNumber = before !== undefined && partStart - 1 >= c.sentenceStart && (before.kind === 'number' || ROMAN.test(before.text));
    const kind = abbreviationKind({ key, afterNumber });
    if (kind !== undefined) {
      return { kind, english: key.charCodeAt(0) < 0x250 };
    }
  }
  return undefined;
}

export const BREAK_RULES: readonly BreakRule[] = [
  {
    id: 'no-space',
    decide: (c) => {
      const r = right(c);
      return r.start === c.tokens[c.last].end && (r.kind === 'word' || r.kind === 'number') ? 'join' : null;
    },
  },
  { id: 'quote-attribution', decide: (c) => (c.insideAttributedQuote ? 'join' : null) },
  { id: 'quote-dash-attribution', decide: (c) => (c.closedByQuote && isDash(right(c)) ? 'join' : null) },
  { id: 'delimiter-right', decide: (c) => (DELIMITERS_RIGHT.has(right(c).text) ? 'join' : null) },
  { id: 'lower-right', decide: (c) => (startsLower(c, right(c)) ? 'join' : null) },
  {
    id: 'dash-right',
    decide: (c) => (isDash(right(c)) && startsLower(c, c.tokens[c.last + 2]) ? 'join' : null),
  },
  {
    id: 'abbreviation-head',
    decide: (c) => (abbreviationBefore(c)?.kind === 'head' ? 'join' : null),
  },
  {
    id: 'abbreviation-tail',
    decide: (c) => {
      const abbreviation = abbreviationBefore(c);
      if (abbreviation?.kind !== 'tail') {
        return null;
      }
      const r = right(c);
      if (r.kind === 'number') {
        return 'join';
      }
      if (abbreviation.english) {
        // A dash after an English tail is a dateline (PORTLAND, Ore. — The council…), not a new sentence.
        return isDash(r) || (r.kind === 'word' && !isEnglishSentenceStarter(r.text)) ? 'join' : 'split';
      }
      return 'split';
    },
  },
  {
    id: 'initials-left',
    decide: (c) => {
      const word = wordBeforeDot(c);
      return word !== undefined && isSingleLetter(word) && isUpperAt(c.text, word.start) ? 'join' : null;
    },
  },
  {
    id: 'single-lower-left',
    decide: (c) => {
      const word = wordBeforeDot(c);
      return word !== undefined && isSingleLetter(word) && isLowerAt(c.text, word.start) ? 'join' : null;
    },
  },
  {
    id: 'list-item',
    decide: (c) => {
      if (c.delimiter !== c.sentenceStart + 1 || c.tokens[c.delimiter].text !== '.') {
        return null;
      }
      const item = c.tokens[c.sentenceStart];
      const isMarker = (item.kind === 'number' && item.text.length <= 3) || (item.kind === 'word' && (isSingleLetter(item) || ROMAN.test(item.text)));
      return isMarker ? 'join' : null;
    },
  },
];
