/**
 * Text → paragraphs, sentences and tokens, all as spans into the text (string indices).
 * A line break ends a paragraph (press texts put one paragraph per line; CRLF, CR, LF, NEL, LS and PS all
 * count), except a hard wrap: a line ending in a word or comma followed by a line that starts at its very
 * first column with a lowercase word. Sentences never cross paragraphs; every token belongs to one sentence.
 */

import type { Span } from '../types';
import { isLowerAt } from './characters';
import { splitParagraph, type SentenceBreak } from './sentences';
import { tokenize, type WordToken } from './words';

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: TokenKind;
  /** Index of the sentence holding the token. */
  readonly sentence: number;
}

export interface Segments {
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Span[];
  readonly tokens: readonly Token[];
}

export type { SentenceBreak } from './sentences';

export function segment(text: string): Segments {
  return segmentWithBreaks(text).segments;
}

/** Every candidate sentence break with the rule that decided it, for debugging and tests. */
export function explainBreaks(text: string): readonly SentenceBreak[] {
  return segmentWithBreaks(text).breaks;
}

function segmentWithBreaks(text: string): { segments: Segments; breaks: SentenceBreak[] } {
  const words = tokenize(text);
  const groups = paragraphTokenRanges(text, words);
  const paragraphs: Span[] = [];
  const sentences: Span[] = [];
  const breaks: SentenceBreak[] = [];
  const tokens: Token[] = new Array<Token>(words.length);
  for (const [first, last] of groups) {
    paragraphs.push({ start: words[first].start, end: words[last].end });
    const split = splitParagraph(text, words, first, last);
    breaks.push(...split.breaks);
    for (const [a, b] of split.ranges) {
      const sentence = sentences.length;
      for (let k = a; k <= b; k++) {
        const w = words[k];
        tokens[k] = { start: w.start, end: w.end, text: w.text, kind: w.kind, sentence };
      }
      sentences.push({ start: words[a].start, end: words[b].end });
    }
  }
  return { segments: { paragraphs, sentences, tokens }, breaks };
}

/** Token ranges [first, last] (inclusive) of the paragraphs; lines without tokens make none. */
function paragraphTokenRanges(text: string, words: readonly WordToken[]): [number, number][] {
  const groups: [number, number][] = [];
  let k = 0;
  let lineStart = 0;
  let previousLast = -1;
  while (k < words.length) {
    const lineEnd = nextLineBreak(text, lineStart);
    const first = k;
    while (k < words.length && words[k].start < lineEnd) {
      k++;
    }
    if (k > first) {
      if (previousLast === first - 1 && groups.length > 0 && isHardWrap(text, words, first, lineStart)) {
        groups[groups.length - 1][1] = k - 1;
      } else {
        groups.push([first, k - 1]);
      }
      previousLast = k - 1;
    } else {
      previousLast = -1;
    }
    lineStart = lineEnd + lineBreakWidth(text, lineEnd);
  }
  return groups;
}

function isHardWrap(text: string, words: readonly WordToken[], first: number, lineStart: number): boolean {
  const before = words[first - 1];
  const next = words[first];
  const endsOpen = before.kind === 'word' || before.kind === 'number' || before.text === ',';
  return endsOpen && next.start === lineStart && next.kind === 'word' && isLowerAt(text, next.start);
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** Index of the next line terminator at or after `from`, or the text's length. */
function nextLineBreak(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isLineBreak(text.charCodeAt(i))) {
    i++;
  }
  return i;
}

function lineBreakWidth(text: string, at: number): number {
  if (at >= text.length) {
    return 0;
  }
  return text.charCodeAt(at) === 0x0d && text.charCodeAt(at + 1) === 0x0a ? 2 : 1;
}
