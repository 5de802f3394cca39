/**
 * Text → paragraphs, sentences and tokens, all as spans into the text.
 */

import type { Span } from '../types';

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

export function segment(text: string): Segments {
  // FIXME(issue-2): replaced by the rule-based segmenter.
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*|\d+|\S/gu)) {
    const kind: TokenKind = /^\d/.test(m[0]) ? 'number' : /^\p{L}/u.test(m[0]) ? 'word' : 'punct';
    tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind, sentence: 0 });
  }
  return { paragraphs: [{ start: 0, end: text.length }], sentences: [{ start: 0, end: text.length }], tokens };
}
