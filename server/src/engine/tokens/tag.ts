/**
 * Tokens → tokens with morphology. The document handed to every later stage is built here.
 */

import type { Language } from '../types';
import type { Segments, Token } from '../segments/segment';
import type { Morphology, Parse } from './morphology';

export interface TaggedToken extends Token {
  readonly parses: readonly Parse[];
}

/** What every stage after morphology reads: the analysable text and its tagged tokens. */
export interface TaggedDocument {
  readonly text: string;
  readonly language: Language;
  readonly segments: Segments;
  readonly tokens: readonly TaggedToken[];
}

export function tagTokens(segments: Segments, morphology: Morphology | null): TaggedToken[] {
  return segments.tokens.map((t) => ({
    ...t,
    parses: morphology !== null && t.kind === 'word' ? morphology.parse(t.text) : [],
  }));
}
