/**
 * Sentence limits as quotations need them: the segmenter's sentences, joined where a limit falls inside a pair
 * of quotation marks, so «Мы готовы. Это важно», — сказал он. is one sentence with its attribution.
 */

import type { Span } from '../types';
import { lastPairOpeningBefore, type MarkPair } from './marks';
import { trimSpan } from '../base/span';

export function joinQuotedSentences(text: string, sentences: readonly Span[], pairs: readonly MarkPair[]): Span[] {
  const joined: Span[] = [];
  const quoted = (offset: number): boolean => offset < (lastPairOpeningBefore(pairs, offset)?.close ?? -1);
  for (const sentence of splitLines(text, sentences, quoted)) {
    const last = joined[joined.length - 1];
    if (last !== undefined && sentence.start <= (lastPairOpeningBefore(pairs, last.end)?.close ?? -1)) {
      joined[joined.length - 1] = { start: last.start, end: sentence.end };
    } else {
      joined.push(sentence);
    }
  }
  return joined;
}

/** A line break outside quotation marks ends a sentence: press texts set headlines, datelines and leads on lines of their own. */
function splitLines(text: string, sentences: readonly Span[], quoted: (offset: number) => boolean): Span[] {
  const lines: Span[] = [];
  for (const sentence of sentences) {
    let start = sentence.start;
    for (let i = text.indexOf('\n', start); i >= 0 && i < sentence.end; i = text.indexOf('\n', i + 1)) {
      if (!quoted(i)) {
        pushTrimmed(text, lines, start, i);
        start = i + 1;
      }
    }
    pushTrimmed(text, lines, start, sentence.end);
  }
  return lines;
}

function pushTrimmed(text: string, spans: Span[], start: number, end: number): void {
  const span = trimSpan(text, start, end);
  if (span.end > span.start) {
    spans.push(span);
  }
}
