/**
 * English text → words with what the name rules need to know about each: capitalisation, whether it opens a
 * sentence or sits in a headline, and the exact gap to its neighbours. Offsets are string indices into the text.
 */

import { ABBREVIATIONS, COMMON_WORD_FIRST_NAMES, isCommonWord } from './lexicon';

export type WordKind = 'word' | 'number' | 'punct';

export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: WordKind;
  /** Lower-cased text without periods: "U.S." → "us", "Sen." → "sen". */
  readonly key: string;
  /** First letter upper case ("Trump", "McCain", "U.S."). */
  readonly capitalised: boolean;
  /** Two or more letters, all upper case ("FBI", "WALLACE"). */
  readonly upper: boolean;
  /** The first word of a sentence, where a capital says nothing about names. */
  readonly sentenceStart: boolean;
  /** In a title-case or all-caps line, where capitals say nothing either. */
  readonly headline: boolean;
  /** Text between the previous token and this one. */
  readonly gapBefore: string;
}

// Letter-dot runs (U.S., D.C., a.m.), words with inner apostrophes (O'Rourke) and a possessive split off,
// numbers with separators, and single other characters.
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\d]*(?:['’][\p{L}\p{M}]+)*|\d+(?:[.,]\d+)*|\S/gu;
const SENTENCE_END = new Set(['.', '!', '?', '…', ':']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '—', '–', '-', '*', '«']);

export function toWords(text: string): Word[] {
  const raw: { start: number; end: number }[] = [];
  const token = new RegExp(TOKEN.source, 'gu');
  for (let m = token.exec(text); m !== null; m = token.exec(text)) {
    const start = m.index;
    const word = m[0];
    let end = start + word.length;
    if (/['’]s$/i.test(word) && word.length > 2) {
      raw.push({ start, end: end - 2 });
      raw.push({ start: end - 2, end });
      continue;
    }
    if (text[end] === '.' && /^\p{L}+$/u.test(word) && (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word))) {
      end++;
      token.lastIndex = end;
    }
    raw.push({ start, end });
  }
  const headlineLines = findHeadlineLines(text);
  const words: Word[] = [];
  let previousEnd = 0;
  let line = 0;
  for (const r of raw) {
    while (line < headlineLines.length && headlineLines[line].end <= r.start) {
      line++;
    }
    const t = text.slice(r.start, r.end);
    const kind: WordKind = /^\p{L}/u.test(t) ? 'word' : /^\d/.test(t) ? 'number' : 'punct';
    const gapBefore = text.slice(previousEnd, r.start);
    previousEnd = r.end;
    words.push({
      start: r.start,
      end: r.end,
      text: t,
      kind,
      key: t.toLowerCase().replace(/\./g, '').replace(/’/g, "'"),
      capitalised: kind === 'word' && /^\p{Lu}/u.test(t),
      upper: kind === 'word' && /^[\p{Lu}.'’]+$/u.test(t) && t.replace(/[^\p{L}]/gu, '').length >= 2,
      sentenceStart: kind === 'word' && opensSentence(words, gapBefore),
      headline: line < headlineLines.length && headlineLines[line].start <= r.start,
      gapBefore,
    });
  }
  return words;
}

function opensSentence(previous: readonly Word[], gapBefore: string): boolean {
  if (gapBefore.includes('\n')) {
    return true;
  }
  for (let i = previous.length - 1; i >= 0; i--) {
    const w = previous[i];
    if (w.kind !== 'punct') {
      // A period inside an abbreviation ("Sen.", "U.S.") is taken as not ending the sentence.
      return false;
    }
    if (SENTENCE_END.has(w.text)) {
      return true;
    }
    if (!OPENERS.has(w.text) && !/^[”’"')\]]$/.test(w.text)) {
      return false;
    }
    if (w.gapBefore.includes('\n')) {
      return true;
    }
  }
  return true;
}

/** Lines written in title case or capitals: headlines, section labels. */
function findHeadlineLines(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const words = line.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
    const content = words.filter((w) => w.length > 3);
    const lower = content.filter((w) => /^\p{Ll}/u.test(w)).length;
    // Title case capitalises ordinary words too ("Trump Was ‘Mocking’ Clinton Camp"); a line of names does not.
    const commonCapitalised = content.filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && isCommonWord(w.toLowerCase()) && !COMMON_WORD_FIRST_NAMES.has(w.toLowerCase()));
    const titleCased = commonCapitalised.length >= 2;
    if ((content.length >= 3 && lower === 0 && titleCased) || (content.length >= 8 && lower <= 1)) {
      lines.push({ start, end: start + line.length });
    }
    start += line.length + 1;
  }
  return lines;
}
