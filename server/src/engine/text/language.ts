/**
 * Language detection by script: Cyrillic letters (Kazakh ones included, so Kazakh texts count as Russian
 * for the pipeline) against Latin ones, counted with code-unit ranges in one pass. Masked Markdown is already
 * blanked to spaces, so code and URLs do not vote. A text is English when Latin letters outnumber Cyrillic
 * ones two to one; anything else, a text without letters included, is Russian.
 */

import type { Language } from '../types';

export function detectLanguage(text: string): Language {
  return languageOf(letterCounts(text));
}

/** Cyrillic and Latin letters of a text; counts of parts of a text add up to the counts of the whole. */
export interface LetterCounts {
  readonly cyrillic: number;
  readonly latin: number;
}

export function letterCounts(text: string): LetterCounts {
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      // ASCII letters: clear bit 5 to fold case, then test A–Z.
      const upper = c & 0xdf;
      if (upper >= 0x41 && upper <= 0x5a) {
        latin++;
      }
    } else if (c >= 0x400 && c <= 0x52f) {
      cyrillic++;
    } else if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) {
      latin++;
    }
  }
  return { cyrillic, latin };
}

export function languageOf({ cyrillic, latin }: LetterCounts): Language {
  // Russian press is full of Latin names and brands while English rarely holds Cyrillic, hence the 2:1 bar.
  return latin > 2 * cyrillic ? 'en' : 'ru';
}
