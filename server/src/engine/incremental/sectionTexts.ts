/**
 * The texts of a long document's sections as strings that stay the same from one call to the next while a
 * section's text does not change. Every later step that looks a section up by its text (the section cache, the
 * language counts) then finds it by the same string, whose hash is kept, instead of hashing and comparing the
 * whole document again after each edit; and only the edited section's text is copied. A section's strings are
 * copies of their own, never slices: a slice would keep its whole version of the document alive for as long as the
 * section is unchanged, or anything cut from it (a mention's text, a word in a morphology cache) lives.
 */

import type { Span } from '../types';
import { commonPrefix, commonSuffix } from '../base/commonEnds';
import { surrogatePairStarts } from '../base/offsets';
import { splitSections, splitSectionsAfterEdit } from './sections';

export interface SectionText {
  /** The section's analysable text (masked parts blanked). */
  readonly text: string;
  /** The section's source text: the same string as `text` where nothing in it is masked. */
  readonly source: string;
  /** Where the surrogate pairs of `source` start, so that the document's code points are counted from its sections'. */
  readonly pairs: readonly number[];
}

/** A long document cut into sections: their spans and texts. */
export interface Sectioned {
  readonly spans: readonly Span[];
  readonly texts: readonly SectionText[];
}

/** The sections of `source` and its analysable `text` (of the same length). */
export type SectionTexts = (source: string, text: string) => Sectioned;

interface Last extends Sectioned {
  readonly source: string;
  readonly text: string;
}

/**
 * After an edit, the sections are found again only around it (sections.ts, `splitSectionsAfterEdit`), and the
 * sections in the unchanged start and end keep their texts.
 */
export function createSectionTexts(): SectionTexts {
  let last: Last | null = null;
  return (source, text) => {
    let spans: readonly Span[];
    let texts: readonly SectionText[];
    if (last === null) {
      spans = splitSections(text);
      texts = spans.map((span) => cut(source, text, span));
    } else {
      const { prefix, suffix } = unchangedEnds(last, source, text);
      spans = splitSectionsAfterEdit(text, { text: last.text, sections: last.spans }, prefix, suffix);
      const reused = unchangedSections(last, source.length, prefix, suffix);
      texts = spans.map((span) => reused(span) ?? cut(source, text, span));
    }
    last = { source, text, spans, texts };
    return { spans, texts };
  };
}

/** How long a start and an end the new version shares with the last, in both the source and the analysable text. */
function unchangedEnds(last: Last, source: string, text: string): { prefix: number; suffix: number } {
  const shortest = Math.min(source.length, last.source.length);
  const prefix = Math.min(commonPrefix(last.source, source), text === source && last.text === last.source ? shortest : commonPrefix(last.text, text));
  const suffixLimit = shortest - prefix;
  const suffix = Math.min(
    commonSuffix(last.source, source, suffixLimit),
    text === source && last.text === last.source ? suffixLimit : commonSuffix(last.text, text, suffixLimit),
  );
  return { prefix, suffix };
}

/** The last call's section text for a section of the same text at the same place, or shifted by the edit. */
function unchangedSections(last: Last, length: number, prefix: number, suffix: number): (span: Span) => SectionText | undefined {
  const shift = length - last.source.length;
  const byStart = new Map(last.spans.map((s, k) => [s.start, k]));
  return (span) => {
    const before = span.end <= prefix ? span.start : span.start >= length - suffix ? span.start - shift : -1;
    const k = byStart.get(before);
    return k !== undefined && last.spans[k].end - last.spans[k].start === span.end - span.start ? last.texts[k] : undefined;
  };
}

function cut(source: string, text: string, span: Span): SectionText {
  const own = ownCopy(text.slice(span.start, span.end));
  const ownSource = text === source ? own : ownCopy(source.slice(span.start, span.end));
  return { text: own, source: ownSource, pairs: surrogatePairStarts(ownSource) };
}

/** Slicing a concatenation copies its characters into a new string first, and the slice shares only that copy. */
function ownCopy(text: string): string {
  return (text + ' ').slice(0, -1);
}
