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
  // One object literal with every field, not a spread: spread tokens end up in many hidden classes, and every
  // later read of a token field then goes through a slow polymorphic lookup (3-4x on the quotation stage).
  return segments.tokens.map((t) => ({
    start: t.start,
    end: t.end,
    text: t.text,
    kind: t.kind,
    sentence: t.sentence,
    parses: morphology !== null && t.kind === 'word' ? morphology.parse(t.text) : [],
  }));
}
