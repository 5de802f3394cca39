/**
 * Character classes for the segmenter. Russian, Kazakh and English text is decided by table look-ups and
 * ranges; only characters outside those blocks fall back to one Unicode property regex, so the hot loop
 * stays free of per-character regex work.
 */

export enum CharClass {
  /** Spaces that do not end a line. */
  Space,
  /** Line terminators: paragraphs end here. */
  Newline,
  Letter,
  Digit,
  /** Combining marks: they stay inside the token they follow. */
  Mark,
  /** Soft hyphen, zero-width (non-)joiner, word joiner: kept inside words, ignored elsewhere. */
  Joiner,
  Punct,
  Symbol,
  /** Controls and format characters (NUL, BOM, bidi marks): belong to no token. */
  Ignored,
}

/** Marks that may end a sentence; a run of them is one token. */
export const TERMINAL_CHARS = '.!?…';

const ASCII = buildAsciiTable();

const FALLBACK = /(\p{White_Space})|(\p{L})|(\p{M})|(\p{Nd})|(\p{P})|([\u00ad\u200c\u200d\u2060])|([\p{Cc}\p{Cf}])/u;

/** Class of the code point `cp` (a lone surrogate arrives as itself and counts as a symbol). */
export function classify(cp: number): CharClass {
  if (cp < 0x80) {
    return ASCII[cp];
  }
  if (cp >= 0x400 && cp <= 0x52f) {
    if (cp === 0x482) {
      return CharClass.Symbol;
    }
    return cp >= 0x483 && cp <= 0x489 ? CharClass.Mark : CharClass.Letter;
  }
  if (cp >= 0xc0 && cp <= 0x24f) {
    return cp === 0xd7 || cp === 0xf7 ? CharClass.Symbol : CharClass.Letter;
  }
  if (cp >= 0x300 && cp <= 0x36f) {
    return CharClass.Mark;
  }
  switch (cp) {
    case 0x85:
    case 0x2028:
    case 0x2029:
      return CharClass.Newline;
    case 0xa0:
    case 0x202f:
      return CharClass.Space;
    case 0xab:
    case 0xbb:
    case 0x2026:
      return CharClass.Punct;
    case 0xad:
      return CharClass.Joiner;
    case 0xfeff:
      return CharClass.Ignored;
  }
  return classifySlow(cp);
}

function classifySlow(cp: number): CharClass {
  const m = FALLBACK.exec(String.fromCodePoint(cp));
  if (m === null) {
    return CharClass.Symbol;
  }
  const classes = [CharClass.Space, CharClass.Letter, CharClass.Mark, CharClass.Digit, CharClass.Punct, CharClass.Joiner, CharClass.Ignored];
  for (let g = 1; g <= classes.length; g++) {
    if (m[g] !== undefined) {
      return classes[g - 1];
    }
  }
  return CharClass.Symbol;
}

function buildAsciiTable(): Uint8Array {
  const table = new Uint8Array(128).fill(CharClass.Ignored);
  const set = (chars: string, cls: CharClass): void => {
    for (const ch of chars) {
      table[ch.charCodeAt(0)] = cls;
    }
  };
  for (let c = 0x21; c < 0x7f; c++) {
    table[c] = CharClass.Symbol;
  }
  set('!"#%&\'()*,-./:;?@[\\]_{}', CharClass.Punct);
  set(' \t', CharClass.Space);
  set('\n\r\v\f', CharClass.Newline);
  for (let c = 0x30; c <= 0x39; c++) {
    table[c] = CharClass.Digit;
  }
  for (let c = 0x41; c <= 0x5a; c++) {
    table[c] = CharClass.Letter;
    table[c + 0x20] = CharClass.Letter;
  }
  return table;
}

/** Whether the code unit at `i` starts a lowercase letter (used by sentence rules on a token's first char). */
export function isLowerAt(text: string, i: number): boolean {
  const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Whether the code unit at `i` starts an uppercase or titlecase letter. */
export function isUpperAt(text: string, i: number): boolean {
  const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
  return ch !== ch.toLowerCase();
}
