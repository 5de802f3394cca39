/**
 * The language of a long text from its sections: letter counts add up, so each section's counts are kept by its
 * text from one call to the next, and after an edit only the edited section is counted again instead of the whole
 * text (the sections' strings are the same from one call to the next, sectionTexts.ts, so finding them costs
 * no hashing of the whole text either). The result is `detectLanguage` of the whole text (text/language.ts), exactly.
 */

import type { Language } from '../types';
import { languageOf, letterCounts, type LetterCounts } from '../text/language';

/** The language of a text from the texts of its sections, in order. */
export type SectionLanguage = (sections: readonly string[]) => Language;

export function createSectionLanguage(): SectionLanguage {
  // Only the last call's sections are kept, so the memory stays that of one text's section texts (shared with it).
  let counted = new Map<string, LetterCounts>();
  return (sections) => {
    const next = new Map<string, LetterCounts>();
    let cyrillic = 0;
    let latin = 0;
    for (const part of sections) {
      const counts = counted.get(part) ?? next.get(part) ?? letterCounts(part);
      next.set(part, counts);
      cyrillic += counts.cyrillic;
      latin += counts.latin;
    }
    counted = next;
    return languageOf({ cyrillic, latin });
  };
}
