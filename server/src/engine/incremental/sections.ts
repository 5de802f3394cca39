/**
 * Long texts are analysed as independent sections, so an edit re-analyses one section and a cached result
 * serves every other: the unit of caching is the section's exact text. A text shorter than 24 K characters is
 * one section, so articles are analysed whole; a longer one is cut into sections of at least 3 K characters,
 * small because an edit costs the analysis of its whole section, yet long enough to hold several paragraphs
 * (in a long text of articles, sections of 3 K agree with each article analysed alone as well as those of 6 K).
 * Boundaries are content-defined (a line whose hash hits a mask, once a section is long enough): inserting
 * text moves the boundaries of the edited section only, and the ones after it stay where they were, so their
 * cached results still match. A line longer than a section (a text without line breaks) is cut at sentence
 * ends the same way, so it does not make the whole text one section.
 */

import type { Span } from '../types';
import { isLowerAt } from '../segments/characters';

/** A text shorter than this is analysed whole. */
const WHOLE_TEXT_LENGTH = 24_000;

/** Sections are at least this many UTF-16 units long, except the last. */
export const MIN_SECTION_LENGTH = 3_000;

/** A section never grows past this unless one sentence is longer. */
const MAX_SECTION_LENGTH = 10_000;

/** One line end in this many, picked by the hash of its line, closes a section once it is long enough. */
const BOUNDARY_ONE_IN = 8;

export function splitSections(text: string): readonly Span[] {
  if (text.length < WHOLE_TEXT_LENGTH) {
    return [{ start: 0, end: text.length }];
  }
  const sections: Span[] = [];
  const end = scanBoundaries(text, 0, (start, next) => {
    sections.push({ start, end: next });
    return false;
  });
  sections.push({ start: end, end: text.length });
  return sections;
}

/** An earlier version of a text and its sections. */
export interface SplitText {
  readonly text: string;
  readonly sections: readonly Span[];
}

/**
 * `splitSections(text)`, given the sections of an earlier version whose first `prefix` and last `suffix` UTF-16
 * units are those of `text`: the sections before the change are kept, and the text is scanned from the last of
 * them only until a boundary falls where one of the earlier version's did after the change, from which on
 * everything is the same, shifted. A boundary depends on the text from the start of its section to a character
 * past it, and on the distance to the end of the text; a scan restarts only at a line start, as one inside a
 * long line depends on that line's start.
 */
export function splitSectionsAfterEdit(text: string, before: SplitText, prefix: number, suffix: number): readonly Span[] {
  const margin = MIN_SECTION_LENGTH + 2;
  if (text.length < WHOLE_TEXT_LENGTH || before.text.length < WHOLE_TEXT_LENGTH || text.length - prefix < margin || before.text.length - prefix < margin) {
    return splitSections(text);
  }
  const old = before.sections;
  const shift = text.length - before.text.length;
  let kept = 0;
  while (kept < old.length - 1 && old[kept].end + 2 <= prefix) {
    kept++;
  }
  while (kept > 0 && !isLineBreak(text.charCodeAt(old[kept - 1].end - 1))) {
    kept--;
  }
  const sections = old.slice(0, kept);
  const oldStart = new Map(old.map((s, k) => [s.start, k]));
  let rest = -1;
  const end = scanBoundaries(text, kept === 0 ? 0 : old[kept - 1].end, (start, next) => {
    sections.push({ start, end: next });
    const k = next >= text.length - suffix && isLineBreak(text.charCodeAt(next - 1)) ? oldStart.get(next - shift) : undefined;
    if (k !== undefined) {
      rest = k;
    }
    return k !== undefined;
  });
  if (rest < 0) {
    sections.push({ start: end, end: text.length });
    return sections;
  }
  for (let k = rest; k < old.length; k++) {
    sections.push({ start: old[k].start + shift, end: old[k].end + shift });
  }
  return sections;
}

/**
 * Scans `text` for section boundaries from `from`, a line start that begins a section: `boundary` is called with
 * each section's start and end as it closes, and the scan stops when it returns true. Returns the start of the
 * section still open where the scan ended.
 */
function scanBoundaries(text: string, from: number, boundary: (start: number, next: number) => boolean): number {
  let start = from;
  let stopped = false;
  /** Closes a section before `next` when it is long enough and the hash of what precedes agrees. */
  const consider = (next: number, hashFrom: number): void => {
    const length = next - start;
    if (length >= MIN_SECTION_LENGTH && text.length - next >= MIN_SECTION_LENGTH) {
      if (length >= MAX_SECTION_LENGTH || hashOf(text, hashFrom, next) % BOUNDARY_ONE_IN === 0) {
        stopped = boundary(start, next);
        start = next;
      }
    }
  };
  const longLine = (lineStart: number, lineEnd: number): void => {
    if (lineEnd - lineStart <= MAX_SECTION_LENGTH) {
      return;
    }
    const ends = new RegExp(SENTENCE_END.source, 'gu');
    ends.lastIndex = lineStart;
    for (let m = ends.exec(text); m !== null && m.index < lineEnd && !stopped; m = ends.exec(text)) {
      const next = m.index + m[0].length;
      consider(next, Math.max(lineStart, next - SENTENCE_HASH_LENGTH));
    }
  };
  let lineStart = from;
  const breaks = new RegExp(LINE_BREAKS.source, 'g');
  breaks.lastIndex = from;
  for (let m = breaks.exec(text); m !== null && !stopped; m = breaks.exec(text)) {
    const lineEnd = m.index;
    const next = lineEnd + m[0].length;
    longLine(lineStart, lineEnd);
    // CRLF is one line break; two or more in a row leave a blank line, which no paragraph crosses.
    const blankBefore = m[0].replace(/\r\n/g, '\n').length > 1;
    if (!stopped && canSplitBefore(text, next, blankBefore)) {
      consider(next, lineStart);
    }
    lineStart = next;
  }
  if (!stopped) {
    longLine(lineStart, text.length);
  }
  return start;
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0x85 || c === 0x2028 || c === 0x2029;
}

const LINE_BREAKS = /[\n\r\v\f\x85\u2028\u2029]+/;

/** A sentence end inside a line: final punctuation, closing marks, spaces, then a capital letter. */
const SENTENCE_END = /[.!?…]["»”)]*[ \t]+(?=\p{Lu})/u;

/** Inside a long line, the boundary hash reads this many characters before a sentence start. */
const SENTENCE_HASH_LENGTH = 64;

/**
 * A paragraph may continue over a single line break when the next line starts with a lowercase word (a hard
 * wrap, see segments/segment.ts); a section never starts there, so no paragraph or sentence is cut.
 */
function canSplitBefore(text: string, at: number, blankBefore: boolean): boolean {
  return blankBefore || !isLowerAt(text, at);
}

/** FNV-1a of text[from, to), finalised so that its low bits are as random as its high ones. */
function hashOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  }
  return finalise(h);
}

function finalise(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return (h ^ (h >>> 16)) >>> 0;
}
