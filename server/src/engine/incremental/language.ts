/**
 * The language of a long text from its sections: letter counts add up, so each section's counts are kept by its
 * text from one call to the next, and after an edit only the edited section is counted again instead of the whole
 * text. The result is `detectLanguage` of the whole text (text/language.ts), exactly.
 */

import type { Language, Span } from '../types';
import { languageOf, letterCounts, type LetterCounts } from '../text/language';

export type SectionLanguage = (text: string, sections: readonly Span[]) => Language;

export function createSectionLanguage(): SectionLanguage {
  // Only the last call's sections are kept, so the memory stays that of one text's section texts (shared with it).
  let counted = new Map<string, LetterCounts>();
  return (text, sections) => {
    const next = new Map<string, LetterCounts>();
    let cyrillic = 0;
    let latin = 0;
    for (const { start, end } of sections) {
      const part = text.slice(start, end);
      const counts = counted.get(part) ?? next.get(part) ?? letterCounts(part);
      next.set(part, counts);
      cyrillic += counts.cyrillic;
      latin += counts.latin;
    }
    counted = next;
    return languageOf({ cyrillic, latin });
  };
}
