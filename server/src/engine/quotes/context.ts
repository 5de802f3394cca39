/**
 * What every part of the quotation stage reads about one document, computed once: tokens, quotation-mark
 * pairs, sentences, paragraphs and the people.
 */

import type { Entity, Span } from '../types';
import type { Grouped } from '../clusters/group';
import type { TaggedDocument, TaggedToken } from '../tokens/tag';
import { findMarkPairs, lastPairOpeningBefore, type MarkPair } from './marks';
import { joinQuotedSentences } from './sentences';
import { indexPeople, type People } from './people';
import { cueTraits, type CueTraits } from './cues';
import { classifyWord, titleKey, type WordKind } from './titles';
import { firstIndexWhere } from '../base/sorted';

export interface QuoteContext {
  readonly document: TaggedDocument;
  readonly grouped: Grouped;
  readonly text: string;
  readonly tokens: readonly TaggedToken[];
  readonly pairs: readonly MarkPair[];
  readonly sentences: readonly Span[];
  readonly people: People;
  /** The person mention covering each token, if any. */
  personAtToken(index: number): People['mentions'][number] | undefined;
  /** The organisation tag covering each token, if any. */
  organisationAtToken(index: number): Entity | undefined;
  /** The quotation-mark pair opening at `offset`, if any. */
  pairOpeningAt(offset: number): MarkPair | undefined;
  /** The quotation-mark pair closing at `offset`, if any. */
  pairClosingAt(offset: number): MarkPair | undefined;
  /** Whether `offset` lies strictly between the marks of a pair. */
  isQuoted(offset: number): boolean;
  /** Whether token `index` is a verb of saying or opinion (computed once per token). */
  cueAt(index: number): CueTraits;
  /** What token `index` can name as a speaker (computed once per token). */
  wordKindAt(index: number): WordKind;
  /** Indices of the tokens that are titles (министр, spokesman), in text order, by their key (`titleKey`). */
  titleTokens(key: string): readonly number[];
  /** Whether the document writes this word (any case) starting with a lower-case letter somewhere. */
  writtenLowerCase(word: string): boolean;
  /** Index of the first token that ends after `offset`. */
  tokenAfter(offset: number): number;
  /** Token indices [from, to) of the tokens that end inside the span; empty where the span holds no token. */
  tokensIn(span: Span): readonly [number, number];
  /** The sentence holding `offset`, or the nearest one before it. */
  sentenceAt(offset: number): Span;
  /** The paragraph (text between line breaks) holding `offset`. */
  paragraphAt(offset: number): Span;
}

export function createContext(document: TaggedDocument, grouped: Grouped): QuoteContext {
  const text = document.text;
  const pairs = findMarkPairs(text);
  const sentences = joinQuotedSentences(text, document.segments.sentences, pairs);
  // The tagger builds every token with one object literal (tokens/tag.ts), so reads of their fields stay cheap
  // however often the stage repeats them.
  const tokens = document.tokens;
  // Token positions are asked for many times: a binary search over the ends packed in one array, no predicate
  // closure and no visit to the token objects. The people index searches the starts.
  const starts = new Int32Array(tokens.length);
  const ends = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    starts[i] = tokens[i].start;
    ends[i] = tokens[i].end;
  }
  const people = indexPeople(document, grouped, { tokens, starts });
  const tokenAfter = (offset: number): number => firstIndexWhere(ends.length, (i) => ends[i] > offset);
  const persons: (People['mentions'][number] | undefined)[] = new Array(tokens.length);
  for (const m of people.mentions) {
    for (let i = tokenAfter(m.mention.start); i < tokens.length && tokens[i].end <= m.mention.end; i++) {
      persons[i] = m;
    }
  }
  const organisations: (Entity | undefined)[] = new Array(tokens.length);
  for (const e of grouped.entities) {
    if (e.type !== 'ORG') {
      continue;
    }
    for (let i = tokenAfter(e.start); i < tokens.length && tokens[i].end <= e.end; i++) {
      organisations[i] = e;
    }
  }
  const opening = new Map(pairs.map((p) => [p.open, p]));
  const closing = new Map(pairs.map((p) => [p.close, p]));
  const cues: (CueTraits | undefined)[] = new Array(tokens.length);
  let titles: Map<string, number[]> | undefined;
  const kinds: (WordKind | undefined)[] = new Array(tokens.length);
  let lowerWords: Set<string> | undefined;
  const wordKindAt = (index: number): WordKind => (kinds[index] === undefined ? (kinds[index] = classifyWord(tokens[index])) : kinds[index]!);
  return {
    document,
    grouped,
    text,
    tokens,
    pairs,
    sentences,
    people,
    personAtToken: (index) => persons[index],
    organisationAtToken: (index) => organisations[index],
    pairOpeningAt: (offset) => opening.get(offset),
    pairClosingAt: (offset) => closing.get(offset),
    isQuoted: (offset) => offset < (lastPairOpeningBefore(pairs, offset)?.close ?? -1),
    cueAt: (index) => (cues[index] ??= cueTraits(tokens[index], document.language)),
    wordKindAt,
    titleTokens(key: string): readonly number[] {
      if (titles === undefined) {
        titles = new Map();
        for (let i = 0; i < tokens.length; i++) {
          if (wordKindAt(i) === 'title') {
            const k = titleKey(tokens[i]);
            const same = titles.get(k);
            if (same === undefined) {
              titles.set(k, [i]);
            } else {
              same.push(i);
            }
          }
        }
      }
      return titles.get(key) ?? [];
    },
    writtenLowerCase(word: string): boolean {
      if (lowerWords === undefined) {
        lowerWords = new Set();
        for (const t of tokens) {
          if (t.kind === 'word' && /^\p{Ll}/u.test(t.text)) {
            lowerWords.add(t.text);
          }
        }
      }
      return lowerWords.has(word.toLowerCase());
    },
    tokenAfter,
    tokensIn: (span) => {
      const from = tokenAfter(span.start);
      return [from, Math.max(from, Math.min(tokens.length, tokenAfter(span.end - 1) + 1))];
    },
    sentenceAt(offset: number): Span {
      const i = firstIndexWhere(sentences.length, (k) => sentences[k].end > offset);
      return sentences[Math.min(i, sentences.length - 1)] ?? { start: 0, end: text.length };
    },
    paragraphAt(offset: number): Span {
      const start = text.lastIndexOf('\n', offset - 1) + 1;
      const next = text.indexOf('\n', offset);
      return { start, end: next < 0 ? text.length : next };
    },
  };
}
