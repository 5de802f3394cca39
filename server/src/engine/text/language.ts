/**
 * Language detection by script: Cyrillic letters against Latin ones.
 */

import type { Language } from '../types';

export function detectLanguage(text: string): Language {
  let cyrillic = 0;
  let latin = 0;
  for (const ch of text) {
    if (/[\u0400-\u04ff]/.test(ch)) {
      cyrillic++;
    } else if (/[A-Za-z]/.test(ch)) {
      latin++;
    }
  }
  return latin > cyrillic * 2 ? 'en' : 'ru';
}
