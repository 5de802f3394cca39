/**
 * Tokens and sentences for the token-based formats (CoNLL, WebAnno TSV), in code points. The segmenter's
 * tokens are cut further so that every annotation starts and ends on a token boundary, no token holds
 * whitespace, and every other character lies in some token; sentences are joined where an annotation
 * crosses them. So a span written as token labels comes back with exactly its offsets.
 */

import { createOffsetMap } from '../base/offsets';
import { segment } from '../segments/segment';
import type { Span } from '../types';

export interface LayoutToken extends Span {
  readonly text: string;
}

export interface LayoutSentence extends Span {
  readonly tokens: readonly LayoutToken[];
}


/**
 * `cut` spans may start or end inside a segmenter token; `whole` spans must also stay inside one sentence.
 * All offsets are code points into `text`.
 */
export function layoutTokens(text: string, spans: { readonly cut: readonly Span[]; readonly whole: readonly Span[] }): LayoutSentence[] {
  const chars = [...text];
  const offsets = createOffsetMap(text);
  const segments = segment(text);
  // Each code point's token start marker and sentence: a token starts where the segmenter's token does,
  // after whitespace, and at every span boundary.
  const sentenceOf = new Int32Array(chars.length).fill(-1);
  const startsToken = new Uint8Array(chars.length + 1);
  for (const token of segments.tokens) {
    const start = offsets.toCodePoint(token.start);
    const end = offsets.toCodePoint(token.end);
    startsToken[start] = 1;
    startsToken[end] = 1;
    sentenceOf.fill(token.sentence, start, end);
  }
  for (const span of [...spans.cut, ...spans.whole]) {
    startsToken[span.start] = 1;
    startsToken[span.end] = 1;
  }
  const tokens: { start: number; end: number; sentence: number }[] = [];
  let lastSentence = 0;
  for (let i = 0; i < chars.length; i++) {
    if (isWhitespace(chars[i].codePointAt(0)!)) {
      continue;
    }
    const current = tokens.length > 0 ? tokens[tokens.length - 1] : undefined;
    // Characters the segmenter skipped (a stray joiner) join the sentence of the token before them.
    const sentence = sentenceOf[i] >= 0 ? sentenceOf[i] : lastSentence;
    lastSentence = sentence;
    if (current !== undefined && current.end === i && startsToken[i] === 0 && current.sentence === sentence) {
      current.end = i + 1;
    } else {
      tokens.push({ start: i, end: i + 1, sentence });
    }
  }
  const sentenceGroups = mergeCrossedSentences(tokens, spans.whole, chars.length);
  const sentences: LayoutSentence[] = [];
  for (const group of sentenceGroups) {
    const layoutTokens = group.map((t) => ({ start: t.start, end: t.end, text: chars.slice(t.start, t.end).join('') }));
    sentences.push({ start: layoutTokens[0].start, end: layoutTokens[layoutTokens.length - 1].end, tokens: layoutTokens });
  }
  return sentences;
}

/** Groups tokens by sentence, joining consecutive sentences that a span runs across. */
function mergeCrossedSentences<T extends { start: number; end: number; sentence: number }>(tokens: readonly T[], spans: readonly Span[], length: number): T[][] {
  // crossing[p] > 0 when some span has start < p < end, so a sentence starting at p is joined to the one before.
  const crossing = new Int32Array(length + 2);
  for (const span of spans) {
    if (span.end > span.start + 1) {
      crossing[span.start + 1]++;
      crossing[span.end]--;
    }
  }
  for (let p = 1; p < crossing.length; p++) {
    crossing[p] += crossing[p - 1];
  }
  const groups: T[][] = [];
  for (const token of tokens) {
    const last = groups.length > 0 ? groups[groups.length - 1] : undefined;
    if (last !== undefined && (last[last.length - 1].sentence === token.sentence || crossing[token.start] > 0)) {
      last.push(token);
    } else {
      groups.push([token]);
    }
  }
  return groups;
}

/** What JavaScript's `\s` matches, BOM included, tested by code without a regular expression per character. */
function isWhitespace(cp: number): boolean {
  return (
    (cp >= 0x09 && cp <= 0x0d) ||
    cp === 0x20 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000 ||
    cp === 0xfeff
  );
}
