/**
 * Text → word, number, punctuation and symbol tokens, as spans into the text, in one left-to-right pass.
 * A word keeps its hyphens (вице-премьер, Нур-Султан, ПМЭФ-2024), apostrophes (don't, O'Brien), combining
 * marks and Kazakh letters; English possessive 's is its own token; URLs, e-mails and domain names
 * (Asal.media) are single word tokens; numbers keep decimal, date and time separators (2,5 · 12.01.2024 · 10:30)
 * and space-separated thousands (1 500 000: a first group of one to three digits, then groups of exactly three
 * digits, so «в 2024 году 500» stays apart; «в 5 100 школах» is read as 5100, the rarer reading lost).
 * Ranges of numbers (2020-2024) stay three tokens. Every step looks ahead a bounded distance: time is linear.
 */

import { CharClass, TERMINAL_CHARS, classify } from './characters';
import type { TokenKind } from './segment';

/** A token before sentences are known. */
export interface WordToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: TokenKind;
}

interface Draft {
  start: number;
  end: number;
  kind: TokenKind;
}

const HYPHENS = '-\u2010\u2011';
const APOSTROPHES = '\'\u2019\u02bc';
const NUMBER_SEPARATORS = '.,:/';
/** Spaces that may separate groups of thousands: plain, no-break, narrow no-break and thin. */
const THOUSANDS_SPACES = ' \u00a0\u202f\u2009';
const LINK_STARTS = '.:@';

/** Looking ahead is capped (RFC lengths), so a long line of `a.a.a.a…` costs linear time, not quadratic. */
const URL = /(?:[a-z][a-z0-9+.-]{0,30}:\/\/|www\.|mailto:)[^\s\u0085<>«»"“”„]{1,2048}/iy;
const EMAIL = /[\p{L}\p{N}_%+-]{1,64}(?:\.[\p{L}\p{N}_%+-]{1,64}){0,8}@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}[\p{L}\p{N}])?\.){1,8}\p{L}{2,24}(?![\p{L}\p{N}-])/uy;
const DOMAIN = /(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}[\p{L}\p{N}])?\.){1,8}(?:[a-z]{2,24}|рф|рус|қаз|бел|укр|срб)(?![\p{L}\p{N}-])(?:\/[^\s\u0085<>«»"“”„]{0,2048})?/uy;
const LINK_TRAILERS = '.,;:!?\'"»”’)]';

export function tokenize(text: string): WordToken[] {
  const drafts: Draft[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const last = drafts.length > 0 ? drafts[drafts.length - 1] : undefined;
    const cls = classify(cp);
    switch (cls) {
      case CharClass.Letter:
      case CharClass.Digit: {
        const end = scanWord(text, i);
        drafts.push({ start: i, end, kind: cls === CharClass.Digit ? 'number' : 'word' });
        i = end;
        break;
      }
      case CharClass.Punct: {
        const end = scanPunct(text, i, last);
        drafts.push({ start: i, end, kind: isPossessive(text, i, last) ? 'word' : 'punct' });
        i = end;
        break;
      }
      case CharClass.Symbol: {
        const end = scanSymbol(text, i + width);
        drafts.push({ start: i, end, kind: 'symbol' });
        i = end;
        break;
      }
      case CharClass.Mark:
      case CharClass.Joiner:
        // A mark or joiner glued to a token belongs to it; a stray mark is a symbol of its own.
        if (last !== undefined && last.end === i) {
          last.end = i + width;
          i += width;
        } else if (cls === CharClass.Mark) {
          const end = scanSymbol(text, i + width);
          drafts.push({ start: i, end, kind: 'symbol' });
          i = end;
        } else {
          i += width;
        }
        break;
      default:
        i += width;
    }
  }
  return drafts.map((d) => ({ start: d.start, end: d.end, text: text.slice(d.start, d.end), kind: d.kind }));
}

/** Class of the code point at `i`, or Space past the end. */
function classAt(text: string, i: number): CharClass {
  return i < text.length ? classify(text.codePointAt(i) ?? 0) : CharClass.Space;
}

/** `chars.includes(ch)`, except that the empty string past the end of the text is in no set. */
function isOneOf(chars: string, ch: string): boolean {
  return ch !== '' && chars.includes(ch);
}

function isWordClass(cls: CharClass): boolean {
  return cls === CharClass.Letter || cls === CharClass.Digit;
}

function isAsciiDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

interface Core {
  readonly end: number;
  readonly letters: boolean;
}

/** A run of letters, digits, marks and joiners: the part of a word between hyphens or apostrophes. */
function scanCore(text: string, start: number): Core {
  let i = start;
  let letters = false;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    const cls = classify(cp);
    if (cls === CharClass.Letter) {
      letters = true;
    } else if (cls !== CharClass.Digit && cls !== CharClass.Mark && cls !== CharClass.Joiner) {
      break;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  return { end: i, letters };
}

function scanWord(text: string, start: number): number {
  let core = scanCore(text, start);
  if (isOneOf(LINK_STARTS, text.charAt(core.end))) {
    const link = matchLink(text, start);
    if (link > core.end) {
      return link;
    }
  }
  let end = core.end;
  if (!core.letters && isAsciiDigitAt(text, start)) {
    end = extendNumber(text, start, end);
  }
  for (;;) {
    const ch = text.charAt(end);
    if (isOneOf(HYPHENS, ch) && isWordClass(classAt(text, end + 1))) {
      const next = scanCore(text, end + 1);
      // Ranges such as 2020-2024 stay three tokens: only a part with letters joins through a hyphen.
      if (!core.letters && !next.letters) {
        return end;
      }
      core = next;
      end = next.end;
    } else if (isOneOf(APOSTROPHES, ch) && classAt(text, end + 1) === CharClass.Letter && !isPossessiveAt(text, end)) {
      core = scanCore(text, end + 1);
      end = core.end;
    } else {
      return end;
    }
  }
}

/** Thousands groups, then decimal, date and time parts. */
function extendNumber(text: string, start: number, coreEnd: number): number {
  let end = coreEnd;
  if (end - start <= 3) {
    while (isOneOf(THOUSANDS_SPACES, text.charAt(end)) && isThreeDigits(text, end + 1)) {
      end += 4;
    }
  }
  while (isOneOf(NUMBER_SEPARATORS, text.charAt(end)) && isAsciiDigitAt(text, end + 1)) {
    end++;
    while (isAsciiDigitAt(text, end)) {
      end++;
    }
  }
  return end;
}

function isThreeDigits(text: string, i: number): boolean {
  return isAsciiDigitAt(text, i) && isAsciiDigitAt(text, i + 1) && isAsciiDigitAt(text, i + 2) && !isWordClass(classAt(text, i + 3));
}

/** `'s` after a Latin word, followed by no letter: the English possessive (or the clitic of it's). */
function isPossessiveAt(text: string, apostrophe: number): boolean {
  const s = text.charAt(apostrophe + 1);
  const before = text.charCodeAt(apostrophe - 1);
  return (s === 's' || s === 'S') && before < 0x250 && !isWordClass(classAt(text, apostrophe + 2));
}

function isPossessive(text: string, i: number, last: Draft | undefined): boolean {
  return last !== undefined && last.end === i && last.kind === 'word' && isOneOf(APOSTROPHES, text.charAt(i)) && isPossessiveAt(text, i);
}

function scanPunct(text: string, start: number, last: Draft | undefined): number {
  const ch = text.charAt(start);
  if (isPossessive(text, start, last)) {
    return start + 2;
  }
  const run = TERMINAL_CHARS.includes(ch) ? TERMINAL_CHARS : ch === '-' ? '-' : '';
  let end = start + ((text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
  while (run !== '' && end < text.length && run.includes(text.charAt(end))) {
    end++;
  }
  return end;
}

/** A symbol keeps its marks, variation selectors and zero-width-joined followers (emoji sequences). */
function scanSymbol(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const cls = classAt(text, i);
    if (cls === CharClass.Mark) {
      i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    } else if (text.charCodeAt(i) === 0x200d && classAt(text, i + 1) === CharClass.Symbol) {
      i += 1 + ((text.codePointAt(i + 1) ?? 0) > 0xffff ? 2 : 1);
    } else {
      break;
    }
  }
  return i;
}

function matchLink(text: string, start: number): number {
  for (const re of [URL, EMAIL, DOMAIN]) {
    re.lastIndex = start;
    if (re.test(text)) {
      return trimLink(text, start, re.lastIndex);
    }
  }
  return start;
}

/** Sentence punctuation after a link is not part of it; a closing bracket stays only when the link opened one. */
function trimLink(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && LINK_TRAILERS.includes(text.charAt(e - 1))) {
    const ch = text.charAt(e - 1);
    if ((ch === ')' || ch === ']') && count(text, start, e, ch === ')' ? '(' : '[') >= count(text, start, e, ch)) {
      break;
    }
    e--;
  }
  return e;
}

function count(text: string, start: number, end: number, ch: string): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    if (text.charAt(i) === ch) {
      n++;
    }
  }
  return n;
}
